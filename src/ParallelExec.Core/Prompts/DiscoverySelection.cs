using System.Collections.Generic;

namespace ParallelExec.Prompts;

/// <summary>What a discovery prompt shows of a plan: its achievements, its edges by where they come from, and its levels.</summary>
internal sealed class DiscoverySelection
{
    public DiscoverySelection(ParallelPlan plan, DependencyEdge[] stated, DependencyEdge[] assumed, LevelGroup[] waves, LevelGroup[] registryLevels)
    {
        Plan = plan;
        Stated = stated;
        Assumed = assumed;
        Waves = waves;
        RegistryLevels = registryLevels;
    }

    public ParallelPlan Plan { get; }
    public IReadOnlyList<Achievement> Achievements => Plan.Achievements;

    /// <summary>The edges the PLAN or the registry states, ordered by from, then to.</summary>
    public DependencyEdge[] Stated { get; }

    /// <summary>The edges that were only assumed, ordered by from, then to.</summary>
    public DependencyEdge[] Assumed { get; }

    /// <summary>The levels the edges give (each achievement's Wave).</summary>
    public LevelGroup[] Waves { get; }

    /// <summary>The levels the existing registry states; empty when the plan has no registry.</summary>
    public LevelGroup[] RegistryLevels { get; }
}
