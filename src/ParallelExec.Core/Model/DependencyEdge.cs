using System;
using System.Collections.Generic;

namespace ParallelExec;

/// <summary>One edge of the graph: <see cref="From"/> depends on <see cref="To"/>.</summary>
public sealed class DependencyEdge
{
    public DependencyEdge(AchievementId from, AchievementId to, EdgeProvenance provenance)
    {
        FromKey = from;
        ToKey = to;
        ProvenanceValue = provenance;
    }

    /// <summary>The dependent achievement.</summary>
    public string From => FromKey.ToString();

    internal AchievementId FromKey { get; }

    /// <summary>The achievement it depends on.</summary>
    public string To => ToKey.ToString();

    internal AchievementId ToKey { get; }

    public string Provenance => ProvenanceValue.ToString();

    internal EdgeProvenance ProvenanceValue { get; }

    public override string ToString() => $"{FromKey} -> {ToKey} ({ProvenanceValue})";
}
