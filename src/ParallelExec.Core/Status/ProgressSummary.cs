using System.Collections.Generic;

namespace ParallelExec.Status;

/// <summary>
/// Groups statuses into progress rows (<see cref="LevelProgress"/>): per plan and level, or per plan. Plans come in the
/// order first seen, levels ascending with the unlevelled (cycle) group last.
/// </summary>
internal static class ProgressSummary
{
    public static List<LevelProgress> Summarize(IEnumerable<AchievementStatusInfo> statuses, bool byPlan)
    {
        var result = new List<LevelProgress>();
        foreach (var (plan, items) in PerPlan(statuses))
        {
            if (byPlan) result.Add(new LevelProgress(plan, null, items.ToArray(), wholePlan: true));
            else PerLevel(plan, items, result);
        }
        return result;
    }

    /// <summary>The statuses of each plan, plans in the order first seen.</summary>
    private static List<(ParallelPlan Plan, List<AchievementStatusInfo> Items)> PerPlan(IEnumerable<AchievementStatusInfo> statuses)
    {
        var plans = new List<(ParallelPlan, List<AchievementStatusInfo>)>();
        var perPlan = new Dictionary<ParallelPlan, List<AchievementStatusInfo>>();
        foreach (var s in statuses)
        {
            var plan = s.Achievement.Plan;
            if (!perPlan.TryGetValue(plan, out var list))
            {
                perPlan[plan] = list = new List<AchievementStatusInfo>();
                plans.Add((plan, list));
            }
            list.Add(s);
        }
        return plans;
    }

    /// <summary>One row per level of the plan, ascending, then one for the achievements without a level (in a cycle).</summary>
    private static void PerLevel(ParallelPlan plan, List<AchievementStatusInfo> items, List<LevelProgress> result)
    {
        var levels = new SortedDictionary<int, List<AchievementStatusInfo>>();
        List<AchievementStatusInfo>? unlevelled = null;
        foreach (var s in items)
        {
            if (s.Level is int l)
            {
                if (!levels.TryGetValue(l, out var members)) levels[l] = members = new List<AchievementStatusInfo>();
                members.Add(s);
            }
            else (unlevelled ??= new List<AchievementStatusInfo>()).Add(s);
        }
        foreach (var kv in levels) result.Add(new LevelProgress(plan, kv.Key, kv.Value.ToArray()));
        if (unlevelled != null) result.Add(new LevelProgress(plan, null, unlevelled.ToArray()));
    }
}
