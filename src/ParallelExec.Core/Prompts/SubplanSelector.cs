using System.Collections.Generic;
using System.Linq;
using ParallelExec.Plans;

namespace ParallelExec.Prompts;

/// <summary>Chooses what a SUBPLAN batch covers: the requested achievements without a written SUBPLAN that are not done or blocked.</summary>
internal static class SubplanSelector
{
    public static BatchSelection Select(ParallelPlan plan, IReadOnlyCollection<Achievement> requested)
    {
        var statuses = new PlanStatuses(plan);
        var items = new List<BatchItem>();
        var skipped = new List<SkippedAchievement>();
        foreach (var a in requested.OrderBy(x => x.Key))
        {
            var info = statuses.Of(a);
            var reason = info == null ? null : SkipReason(plan, info);
            if (reason != null) { skipped.Add(new SkippedAchievement(a, reason)); continue; }
            bool fills = info != null && SubplanState.IsScaffold(info);
            var target = fills ? info!.SubplanPath! : PlanConventions.SubplanPath(a);
            items.Add(new SubplanItem(a, target, fills, statuses.DependencyText(a), info != null && info.ReadinessValue == Readiness.Waiting));
        }
        return new BatchSelection(BatchPromptKind.Subplan, plan, requested, items, skipped.ToArray());
    }

    private static string? SkipReason(ParallelPlan plan, AchievementStatusInfo info)
    {
        if (info.StatusValue.Equals(AchievementStatus.Skipped)) return "skipped (a SKIPPED file says so)";
        if (info.StatusValue.Equals(AchievementStatus.Complete)) return "already complete";
        if (SubplanState.IsWritten(info)) return "already has a SUBPLAN (" + PromptBuilder.Relative(plan, info.SubplanPath!) + ")";
        if (info.ReadinessValue == Readiness.Blocked) return PlanStatuses.BlockedReason(info);
        return null;
    }
}
