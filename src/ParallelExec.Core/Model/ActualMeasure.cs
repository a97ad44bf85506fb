using System;
using System.Collections.Generic;
using System.Linq;

namespace ParallelExec;

/// <summary>An achievement whose parallel.json records how long it really took, with its estimate.</summary>
public sealed class ActualMeasure
{
    public string Id => Key.ToString();

    internal AchievementId Key { get; set; }
    public EstimateRange? EstimatedHours { get; internal set; }
    public double ActualHours { get; internal set; }

    /// <summary>"actual_hours", or "completed_at - started_at" when only the times are recorded.</summary>
    public string Source { get; internal set; } = "";
    public override string ToString() => $"{Key}: {ActualHours.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}h (estimated {EstimatedHours?.ToString() ?? "none"})";
}
