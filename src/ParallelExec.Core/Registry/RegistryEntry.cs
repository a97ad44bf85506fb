using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ParallelExec.Registry;

/// <summary>One achievement as a parallel.json registers it.</summary>
public sealed class RegistryEntry
{
    public AchievementId Id { get; internal set; }
    public string? Title { get; internal set; }
    public int? Level { get; internal set; }
    public string? Status { get; internal set; }
    public EstimateRange? EstimatedHours { get; internal set; }
    public List<AchievementId> Dependencies { get; } = new List<AchievementId>();
    public List<AchievementId> Blocks { get; } = new List<AchievementId>();
    public int Line { get; internal set; }

    /// <summary>The registry's <c>actual_hours</c>, when it records one.</summary>
    public double? ActualHours { get; internal set; }

    /// <summary>The registry's <c>started_at</c> and <c>completed_at</c>, as written, when it records them.</summary>
    public string? StartedAt { get; internal set; }
    public string? CompletedAt { get; internal set; }
}
