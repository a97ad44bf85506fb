using System;
using System.Collections.Generic;
using System.Linq;

namespace ParallelExec;

/// <summary>One achievement placed on an executor by the scheduler (upper-bound estimates).</summary>
public sealed class PlacedAchievement
{
    public string Id => Key.ToString();

    internal AchievementId Key { get; set; }

    /// <summary>The planned execution placed (01_02), when the achievement's executions are scheduled as units; null for the whole achievement.</summary>
    public string? ExecutionId { get; internal set; }
    public int Executor { get; internal set; }
    public double Start { get; internal set; }
    public double Finish { get; internal set; }
    public override string ToString() => $"{Key}{(ExecutionId != null ? "/" + ExecutionId : "")}@{Executor}:{Start}-{Finish}";
}
