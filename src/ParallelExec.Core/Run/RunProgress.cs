using System;
using System.Globalization;

namespace ParallelExec.Run;

/// <summary>
/// One progress record of a run, as PowerShell's ProgressRecord holds it: the plan's bar (<see cref="PlanActivityId"/>)
/// and, under it, one bar per running achievement.
/// </summary>
/// <param name="ActivityId">The bar's id.</param>
/// <param name="ParentActivityId">The id of the bar it sits under; -1 for none.</param>
/// <param name="Activity">The bar's title.</param>
/// <param name="Status">The words beside it.</param>
/// <param name="PercentComplete">-1 for none.</param>
/// <param name="Completed">True for the record that removes the bar.</param>
internal sealed record RunProgress(int ActivityId, int ParentActivityId, string Activity, string Status, int PercentComplete, bool Completed)
{
    /// <summary>The activity id of a plan's bar; an achievement's bar is a child of it.</summary>
    public const int PlanActivityId = 8000;

    /// <summary>"3 of 5 finished, 2 running".</summary>
    public static RunProgress Plan(string planName, int finished, int toRun, int running) =>
        new(PlanActivityId, -1, PlanActivity(planName), $"{finished} of {toRun} finished, {running} running",
            toRun == 0 ? 100 : Math.Min(100, finished * 100 / toRun), false);

    public static RunProgress PlanDone(string planName) => new(PlanActivityId, -1, PlanActivity(planName), "Done", -1, true);

    /// <summary>"attempt 2, running 14s".</summary>
    public static RunProgress Attempt(Achievement a, int attempt, double seconds) =>
        new(ChildId(a.Key), PlanActivityId, $"{a.Key} {a.Title}",
            string.Format(CultureInfo.InvariantCulture, "attempt {0}, running {1:0}s", attempt, seconds), -1, false);

    public static RunProgress AttemptDone(Achievement a) => new(ChildId(a.Key), PlanActivityId, $"{a.Key} {a.Title}", "Done", -1, true);

    private static string PlanActivity(string planName) => "Invoke-ParallelPlan " + planName;

    /// <summary>A child bar's id from the achievement's hash (as unsigned: Math.Abs of int.MinValue, the hash of 37864951.11, overflows).</summary>
    internal static int ChildId(AchievementId id) => PlanActivityId + 1 + (int)(unchecked((uint)id.GetHashCode()) % 100000u);
}
