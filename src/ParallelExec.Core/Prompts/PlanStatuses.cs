using System.Collections.Generic;
using System.Linq;

namespace ParallelExec.Prompts;

/// <summary>The statuses derived when the plan was read, by achievement, as a batch selection looks them up.</summary>
internal sealed class PlanStatuses
{
    private readonly ParallelPlan _plan;
    private readonly Dictionary<Achievement, AchievementStatusInfo> _byAchievement = new();

    public PlanStatuses(ParallelPlan plan)
    {
        _plan = plan;
        foreach (var s in plan.Statuses) _byAchievement[s.Achievement] = s;
    }

    public AchievementStatusInfo? Of(Achievement a) => _byAchievement.TryGetValue(a, out var info) ? info : null;

    /// <summary>"1.1 (complete), 1.2 (not_started)": each dependency with its status ("unknown" when none was derived), or "none".</summary>
    public string DependencyText(Achievement a)
    {
        if (a.DependencyKeys.Length == 0) return "none";
        return string.Join(", ", a.DependencyKeys.Select(d =>
        {
            var dep = _plan.Find(d);
            var s = dep != null && _byAchievement.TryGetValue(dep, out var info) ? info.StatusValue.Value : "unknown";
            return $"{d} ({s})";
        }));
    }

    /// <summary>"blocked by a failed dependency (1.1, 1.2)".</summary>
    public static string BlockedReason(AchievementStatusInfo info) =>
        "blocked by a failed dependency (" + string.Join(", ", info.BlockedByKeys.Select(b => b.ToString())) + ")";
}
