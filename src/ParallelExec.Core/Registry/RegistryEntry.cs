using System.Collections.Generic;

namespace ParallelExec.Registry;

/// <summary>One achievement as a parallel.json registers it, with where each of its parts stands in the text.</summary>
internal sealed class RegistryEntry
{
    public AchievementId Id { get; internal set; }
    public string? Title { get; internal set; }
    public int? Level { get; internal set; }
    public string? Status { get; internal set; }
    public EstimateRange? EstimatedHours { get; internal set; }

    /// <summary>The ids under <c>dependencies</c> that read as ids, in the order written.</summary>
    public List<AchievementId> Dependencies { get; } = new List<AchievementId>();

    /// <summary>The ids under <c>blocks</c> that read as ids, in the order written.</summary>
    public List<AchievementId> Blocks { get; } = new List<AchievementId>();

    /// <summary>The line of the entry's object.</summary>
    public int Line { get; internal set; }

    /// <summary>The registry's <c>actual_hours</c>, when it records one.</summary>
    public double? ActualHours { get; internal set; }

    /// <summary>The registry's <c>started_at</c> and <c>completed_at</c>, as written, when it records them.</summary>
    public string? StartedAt { get; internal set; }
    public string? CompletedAt { get; internal set; }

    /// <summary>The entry names <c>dependencies</c> (an entry without it is independent: MissingDependencies in the flat form).</summary>
    internal bool HasDependencies { get; set; }

    /// <summary>The flat form's <c>sub_executions</c>, as the plan model holds planned executions; empty when it has none.</summary>
    public PlannedExecution[] PlannedExecutions { get; internal set; } = System.Array.Empty<PlannedExecution>();

    /// <summary>The id as written: the string, the JSON of a value that is not a string, or "" when there is none.</summary>
    internal string IdText { get; set; } = "";

    /// <summary>The id is a string that reads as an id: <see cref="Id"/> holds it.</summary>
    internal bool HasId { get; set; }

    /// <summary>Where findings about the entry point: its id, or its object when the id is not a string.</summary>
    internal JsonPosition At { get; set; }

    /// <summary>Where the entry is, as a JSON path: <c>levels[0].achievements[2]</c> or <c>achievements[2]</c>.</summary>
    internal string JsonPath { get; set; } = "";

    /// <summary>Every string under <c>dependencies</c>, id or not, with its position.</summary>
    internal List<IdReference> DependencyRefs { get; } = new List<IdReference>();

    /// <summary>Every string under <c>blocks</c>; null when the entry has no <c>blocks</c> array.</summary>
    internal List<IdReference>? BlockRefs { get; set; }

    /// <summary><c>subplan_path</c>, then the <c>execution_paths</c>, as written.</summary>
    internal List<PathReference> Paths { get; } = new List<PathReference>();

    /// <summary>The entry's <c>files</c> (its write-set: paths and globs), or null when it has none.</summary>
    internal List<PathReference>? Files { get; set; }

    internal void AddDependency(IdReference reference)
    {
        DependencyRefs.Add(reference);
        if (reference.IsValid) Dependencies.Add(reference.Id);
    }

    internal void AddBlock(IdReference reference)
    {
        (BlockRefs ??= new List<IdReference>()).Add(reference);
        if (reference.IsValid) Blocks.Add(reference.Id);
    }

    /// <summary>The index in <see cref="DependencyRefs"/> of the first dependency written as <paramref name="id"/>; -1 when there is none.</summary>
    internal int FindDependency(AchievementId id)
    {
        for (int k = 0; k < DependencyRefs.Count; k++)
            if (DependencyRefs[k].IsValid && DependencyRefs[k].Id == id) return k;
        return -1;
    }

    /// <summary>The entry's blocks list names <paramref name="id"/>.</summary>
    internal bool Lists(AchievementId id)
    {
        if (BlockRefs == null) return false;
        foreach (var b in BlockRefs)
            if (b.IsValid && b.Id == id) return true;
        return false;
    }
}
