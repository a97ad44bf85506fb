using System;
using System.Collections.Generic;
using System.Linq;

namespace ParallelExec;

/// <summary>One level of a plan, measured: how many achievements, their summed and their longest estimate.</summary>
public sealed class LevelMeasure
{
    public string PlanName { get; internal set; } = "";
    public int Level { get; internal set; }
    public int Count { get; internal set; }
    public string[] Ids => IdText.Of(IdKeys);

    internal AchievementId[] IdKeys { get; set; } = Array.Empty<AchievementId>();

    /// <summary>The level's estimates added up (one executor).</summary>
    public EstimateRange SequentialHours { get; internal set; } = new EstimateRange(0, 0);

    /// <summary>The level's longest estimate (as many executors as achievements).</summary>
    public EstimateRange ParallelHours { get; internal set; } = new EstimateRange(0, 0);

    public string[] WithoutEstimate => IdText.Of(WithoutEstimateKeys);

    internal AchievementId[] WithoutEstimateKeys { get; set; } = Array.Empty<AchievementId>();

    /// <summary>As the PlanMeasure view shows a level: "L2: 1.2, 2.1 (5h / 3h)" (summed / longest estimate).</summary>
    public override string ToString() =>
        $"L{Level}: {string.Join(", ", IdKeys)} ({SequentialHours} / {ParallelHours})";
}
