using System;
using System.Collections.Generic;
using System.Globalization;

namespace ParallelExec;

/// <summary>
/// Progress of one level of a plan (or of the whole plan). Every achievement counts in exactly one of
/// Complete, Skipped, Failed, InProgress, Blocked, Ready and Waiting: InProgress holds the running ones (in progress
/// or execution created), the last three only achievements not yet under way (not_started, subplan_created). The rows are made by the status layer's
/// progress summary (per plan and level, or per plan).
/// </summary>
public sealed class LevelProgress
{
    internal LevelProgress(ParallelPlan plan, int? level, AchievementStatusInfo[] achievements, bool wholePlan = false)
    {
        WholePlan = wholePlan;
        PlanName = plan.Name;
        PlanPath = plan.PlanPath;
        PlanLabel = plan.Label;
        Level = level;
        Achievements = achievements;
        var ready = new List<AchievementId>();
        foreach (var a in achievements)
        {
            var s = a.StatusValue;
            if (a.Drift != null) Drift++;
            if (s.Equals(AchievementStatus.Complete)) Complete++;
            else if (s.Equals(AchievementStatus.Skipped)) Skipped++;
            else if (s.Equals(AchievementStatus.Failed)) Failed++;
            else if (s.Equals(AchievementStatus.InProgress) || a.ReadinessValue == Readiness.Running) InProgress++;
            else if (a.ReadinessValue == Readiness.Blocked) Blocked++;
            else if (a.ReadinessValue == Readiness.Ready) { Ready++; ready.Add(a.Key); }
            else Waiting++;
        }
        ReadyKeys = ready.ToArray();
        ReadyIds = IdText.Of(ReadyKeys);
    }

    public string PlanName { get; }
    public string PlanPath { get; }

    /// <summary>The plan's name, with its folder when another plan read with it has the same name.</summary>
    public string PlanLabel { get; }

    /// <summary>How many of the row's achievements have a <see cref="AchievementStatusInfo.Drift"/>: a PLAN mark or stored status the files contradict.</summary>
    public int Drift { get; }

    /// <summary>The level; null for a whole-plan row (-ByPlan) or for achievements inside a cycle.</summary>
    public int? Level { get; }

    /// <summary>True for a row that sums the whole plan (-ByPlan) rather than one level.</summary>
    public bool WholePlan { get; }

    public int Total => Achievements.Length;
    public int Complete { get; }
    public int Skipped { get; }
    public int Failed { get; }
    public int InProgress { get; }
    public int Blocked { get; }
    public int Ready { get; }
    public int Waiting { get; }

    /// <summary>Complete plus skipped: what needs no more work.</summary>
    public int Done => Complete + Skipped;

    /// <summary>Done as a percentage of Total, rounded to a whole number (0 for an empty level).</summary>
    /// <summary>What the default view's Progress column shows: done of total and the percentage, such as <c>3/5 60%</c>.</summary>
    public string Progress => string.Format(CultureInfo.InvariantCulture, "{0}/{1} {2}%", Done, Total, Percent);

    public int Percent => Total == 0 ? 0 : (int)Math.Round(100.0 * Done / Total, MidpointRounding.AwayFromZero);

    /// <summary>The achievements that can start now (dependencies complete, not yet under way).</summary>
    public string[] ReadyIds { get; }

    internal AchievementId[] ReadyKeys { get; }

    public AchievementStatusInfo[] Achievements { get; }

    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} {1}: {2}/{3} done ({4}%)", PlanName,
            WholePlan ? "all levels" : Level.HasValue ? "level " + Level.Value.ToString(CultureInfo.InvariantCulture) : "no level (cycle)", Done, Total, Percent);
}
