using System;
using System.Collections.Generic;
using System.Linq;
using ParallelExec.Graph;

namespace ParallelExec;

/// <summary>A plan: its PLAN file, its optional parallel.json and its achievements in id order.</summary>
public sealed class ParallelPlan
{
    internal ParallelPlan(string name, string planPath, string planRoot)
    {
        Name = name;
        PlanPath = planPath;
        PlanRoot = planRoot;
        Label = name;
    }

    public string Name { get; }

    /// <summary>
    /// What views show the plan as: its name, or, when plans read by one command share a name (a working copy and an
    /// archived one), the name and the plan root's folder relative to the path read ("SAME (archive/old)").
    /// </summary>
    public string Label { get; internal set; }
    public string PlanPath { get; }

    /// <summary>The folder the methodology's files live under (the PLAN's folder, or its parent for <c>planning/</c>).</summary>
    public string PlanRoot { get; }

    public string? RegistryPath { get; internal set; }
    public string Assumption => AssumptionValue.ToString();

    internal DependencyAssumption AssumptionValue { get; set; }
    public IReadOnlyList<Achievement> Achievements { get; internal set; } = Array.Empty<Achievement>();
    /// <summary>Every edge, achievement by achievement in id order, each sorted by dependency (the achievements' own edge objects).</summary>
    public IReadOnlyList<DependencyEdge> Edges => _allEdges ??= AllEdges();
    private DependencyEdge[]? _allEdges;

    /// <summary>The provenance of each edge of <see cref="Graph"/>, node by node in the order of its Dependencies; node i's from <see cref="EdgeStarts"/>[i].</summary>
    internal EdgeProvenance[] EdgeProvenances { get; set; } = Array.Empty<EdgeProvenance>();
    internal int[] EdgeStarts { get; set; } = new[] { 0 };

    /// <summary>Node <paramref name="i"/>'s incoming edges (what it depends on), sorted by dependency.</summary>
    internal DependencyEdge[] EdgesOf(int i)
    {
        var deps = Graph.Dependencies[i];
        if (deps.Length == 0) return Array.Empty<DependencyEdge>();
        var from = Graph.Ids[i];
        var edges = new DependencyEdge[deps.Length];
        int start = EdgeStarts[i];
        for (int k = 0; k < deps.Length; k++) edges[k] = new DependencyEdge(from, Graph.Ids[deps[k]], EdgeProvenances[start + k]);
        return edges;
    }

    /// <summary>True when node <paramref name="i"/> has an assumed (Inferred) dependency.</summary>
    internal bool HasInferredEdge(int i)
    {
        for (int k = EdgeStarts[i]; k < EdgeStarts[i + 1]; k++)
            if (EdgeProvenances[k] == EdgeProvenance.Inferred) return true;
        return false;
    }

    private DependencyEdge[] AllEdges()
    {
        var all = new List<DependencyEdge>(EdgeProvenances.Length);
        foreach (var a in Achievements) all.AddRange(a.DependencyEdges);
        return all.ToArray();
    }

    /// <summary>Each cycle as a path of ids, the first id repeated at the end.</summary>
    public IReadOnlyList<string[]> Cycles => _cycles ??= CycleKeys.Select(IdText.Of).ToArray();
    private IReadOnlyList<string[]>? _cycles;
    internal IReadOnlyList<AchievementId[]> CycleKeys { get => _cycleKeys; set { _cycleKeys = value; _cycles = null; } }
    private IReadOnlyList<AchievementId[]> _cycleKeys = Array.Empty<AchievementId[]>();

    public int AssumedEdgeCount { get; internal set; }

    /// <summary>The dependency graph, built once by the plan builder and shared by every reader of the plan.</summary>
    internal PlanGraph Graph { get; set; } = PlanGraph.Empty;

    /// <summary>
    /// Under -Assume Independent, the achievements that declare no dependencies and were taken as independent (the first
    /// in the document excepted, which has nothing before it): their independence is assumed, not declared. 0 otherwise.
    /// </summary>
    public int AssumedIndependentCount { get; internal set; }

    public int WaveCount { get; internal set; }
    public IReadOnlyList<PlanDiagnostic> Diagnostics { get; internal set; } = Array.Empty<PlanDiagnostic>();

    /// <summary>Each achievement's status with its evidence, in id order, as derived from the files when the plan was read.</summary>
    public IReadOnlyList<AchievementStatusInfo> Statuses { get; internal set; } = Array.Empty<AchievementStatusInfo>();

    /// <summary>The findings of that derivation (ambiguous or orphan files), so that a later one reports only new ones.</summary>
    internal IReadOnlyList<PlanDiagnostic> StatusDiagnostics { get; set; } = Array.Empty<PlanDiagnostic>();

    /// <summary>The achievement with this id, or null; through the graph's index (index i is <c>Achievements[i]</c>).</summary>
    public Achievement? Find(AchievementId id) => Graph.TryIndex(id, out var i) ? Achievements[i] : null;

    public override string ToString() => $"{Name} ({Achievements.Count} achievements)";
}
