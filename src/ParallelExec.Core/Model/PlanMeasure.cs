using System;

namespace ParallelExec;

/// <summary>What running a plan in parallel saves, measured from its estimates and its dependency graph.</summary>
public sealed class PlanMeasure
{
    public string PlanName { get; internal set; } = "";
    public string PlanPath { get; internal set; } = "";

    /// <summary>Where the edges came from: the plan's parallel.json, or the PLAN alone.</summary>
    public string Source { get; internal set; } = "";

    /// <summary>Source, with what was assumed ("PLAN (3 assumed)"), under the name the default view shows.</summary>
    public string Edges => AssumedEdgeCount > 0 ? $"{Source} ({AssumedEdgeCount} assumed)"
        : AssumedIndependentCount > 0 ? $"{Source} ({AssumedIndependentCount} assumed independent)" : Source;

    /// <summary>The number of executors scheduled on; null for as many as the plan can use.</summary>
    public int? Executors { get; internal set; }

    public int AchievementCount { get; internal set; }
    public EstimateRange SequentialHours { get; internal set; } = new EstimateRange(0, 0);
    public EstimateRange ParallelHours { get; internal set; } = new EstimateRange(0, 0);
    public EstimateRange HoursSaved { get; internal set; } = new EstimateRange(0, 0);
    public string ReductionPercent { get; internal set; } = "0%";

    /// <summary>How many planned executions were scheduled as units inside their achievements (0: every achievement whole).</summary>
    public int ExecutionCount { get; internal set; }

    /// <summary>What running an achievement's executions at once saves (sequential against each achievement's own parallel time).</summary>
    public EstimateRange SavedWithinAchievements { get; internal set; } = new EstimateRange(0, 0);

    /// <summary>What running the achievements of a level at once saves, beyond the executions (mutual exclusions kept).</summary>
    public EstimateRange SavedWithinLevels { get; internal set; } = new EstimateRange(0, 0);

    /// <summary>What letting levels (priorities) overlap as the dependencies allow saves, beyond the levels; negative when mutual exclusions cost more than the overlap gives.</summary>
    public EstimateRange SavedAcrossLevels { get; internal set; } = new EstimateRange(0, 0);

    /// <summary>Pairs of achievements that never run at once (they write the same files), as "1.1~1.2"; empty under -IgnoreConflicts.</summary>
    public string[] Exclusions { get; internal set; } = Array.Empty<string>();

    /// <summary>The longest chain by estimate (upper bound, then lower bound), first achievement first.</summary>
    public string[] CriticalPath => IdText.Of(CriticalPathKeys);

    internal AchievementId[] CriticalPathKeys { get; set; } = Array.Empty<AchievementId>();

    /// <summary>The most achievements that can run at once: the widest level, at most <see cref="Executors"/>.</summary>
    public int MaxParallelism { get; internal set; }

    /// <summary>The number of waves the graph needs (levels computed from the edges).</summary>
    public int Waves { get; internal set; }

    /// <summary>Per wave (the level computed from the edges, so that its hours agree with ParallelHours).</summary>
    public LevelMeasure[] Levels { get; internal set; } = Array.Empty<LevelMeasure>();

    /// <summary>Achievements without an estimate: counted as 0 hours in every sum above, and named here.</summary>
    public string[] WithoutEstimate => IdText.Of(WithoutEstimateKeys);

    internal AchievementId[] WithoutEstimateKeys { get; set; } = Array.Empty<AchievementId>();

    /// <summary>Edges assumed by -Assume because the PLAN declares none; parallelism over them is not measured but assumed.</summary>
    public int AssumedEdgeCount { get; internal set; }

    /// <summary>
    /// Under -Assume Independent, the achievements taken as independent because they declare no dependencies: the
    /// parallelism they give is assumed, as much as an assumed edge's sequence is.
    /// </summary>
    public int AssumedIndependentCount { get; internal set; }

    /// <summary>True when every achievement has an estimate and nothing about the graph is assumed (no edge, no independence).</summary>
    public bool IsMeasured => WithoutEstimateKeys.Length == 0 && AssumedEdgeCount == 0 && AssumedIndependentCount == 0;

    /// <summary>Achievements whose parallel.json records actual_hours (or started_at and completed_at), with their estimates.</summary>
    public ActualMeasure[] Actuals { get; internal set; } = Array.Empty<ActualMeasure>();

    /// <summary>The recorded actual hours added up; null when none are recorded.</summary>
    public double? ActualHours { get; internal set; }

    /// <summary>The estimates of the same achievements added up (those without an estimate count 0); null when no actuals.</summary>
    public EstimateRange? EstimatedHoursOfActuals { get; internal set; }

    /// <summary>Each achievement's scheduled start and finish (upper-bound estimates), in start order.</summary>
    public PlacedAchievement[] Schedule { get; internal set; } = Array.Empty<PlacedAchievement>();

    /// <summary>
    /// What the newest run of Invoke-ParallelPlan (its record in .parallel/runs) really saved: the time its achievements
    /// worked, added up, against the wall-clock time from the first start to the last completion. Null without a run.
    /// </summary>
    public RunMeasure? LastRun { get; internal set; }
}
