using System;
using System.Collections.Generic;

namespace ParallelExec;

/// <summary>One edge of the graph: <see cref="From"/> depends on <see cref="To"/>.</summary>
public sealed class DependencyEdge
{
    public DependencyEdge(AchievementId from, AchievementId to, EdgeProvenance provenance)
    {
        From = from;
        To = to;
        Provenance = provenance;
    }

    /// <summary>The dependent achievement.</summary>
    public AchievementId From { get; }

    /// <summary>The achievement it depends on.</summary>
    public AchievementId To { get; }

    public EdgeProvenance Provenance { get; internal set; }

    public override string ToString() => $"{From} -> {To} ({Provenance})";
}
