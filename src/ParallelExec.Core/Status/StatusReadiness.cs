using System.Collections.Generic;
using ParallelExec.Graph;

namespace ParallelExec.Status;

/// <summary>
/// Readiness from the dependencies' statuses, over the plan's graph: complete or skipped is done; a failed dependency
/// blocks; a skipped one counts as done (the skip is what unblocks its dependents); otherwise ready once every
/// dependency is done, else waiting.
/// </summary>
internal static class StatusReadiness
{
    /// <summary>Complete or skipped: needs no more work, and counts as done for its dependents.</summary>
    public static bool IsDone(AchievementStatus s) => s.Equals(AchievementStatus.Complete) || s.Equals(AchievementStatus.Skipped);

    /// <summary>Sets <see cref="AchievementStatusInfo.Readiness"/> and BlockedBy; <paramref name="infos"/>[i] is the graph's node i.</summary>
    public static void Apply(PlanGraph graph, AchievementStatusInfo[] infos)
    {
        for (int i = 0; i < infos.Length; i++)
        {
            var info = infos[i];
            if (IsDone(info.Status))
            {
                info.Readiness = Readiness.Done;
                continue;
            }
            List<AchievementId>? blocked = null;
            bool allDone = true;
            foreach (var j in graph.Dependencies[i])
            {
                var s = infos[j].Status;
                if (s.Equals(AchievementStatus.Failed)) (blocked ??= new List<AchievementId>()).Add(graph.Ids[j]);
                if (!IsDone(s)) allDone = false;
            }
            if (blocked != null)
            {
                info.Readiness = Readiness.Blocked;
                info.BlockedBy = blocked.ToArray();
            }
            else info.Readiness = allDone ? Readiness.Ready : Readiness.Waiting;
        }
    }
}
