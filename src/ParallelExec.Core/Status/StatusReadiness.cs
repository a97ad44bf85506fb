using System;
using System.Collections.Generic;
using ParallelExec.Graph;

namespace ParallelExec.Status;

/// <summary>
/// Readiness over the plan's graph, one meaning everywhere (docs/reference/status.md, "Readiness"): <c>Done</c>
/// (complete or skipped), <c>Running</c> (in progress or execution created), <c>Blocked</c> (it failed, or something it
/// depends on, directly or through others, failed: BlockedBy names those root failures, above a failed one itself), <c>Ready</c> (not started or
/// only a SUBPLAN, every dependency done), else <c>Waiting</c>. A skipped dependency counts as done (the skip is what
/// unblocks its dependents).
/// </summary>
internal static class StatusReadiness
{
    /// <summary>Complete or skipped: needs no more work, and counts as done for its dependents.</summary>
    public static bool IsDone(AchievementStatus s) => s.Equals(AchievementStatus.Complete) || s.Equals(AchievementStatus.Skipped);

    /// <summary>Work on it has begun: in progress, or an EXECUTION_TASK written.</summary>
    public static bool IsRunning(AchievementStatus s) => s.Equals(AchievementStatus.InProgress) || s.Equals(AchievementStatus.ExecutionCreated);

    /// <summary>Sets <see cref="AchievementStatusInfo.Readiness"/> and BlockedBy; <paramref name="infos"/>[i] is the graph's node i.</summary>
    public static void Apply(PlanGraph graph, AchievementStatusInfo[] infos)
    {
        var roots = new AchievementId[]?[infos.Length];
        var order = graph.TopologicalOrder;
        var placed = new bool[infos.Length];
        foreach (var i in order)
        {
            Decide(graph, infos, roots, i);
            placed[i] = true;
        }
        // Achievements inside a cycle have no place in the order: judged from their direct dependencies.
        for (int i = 0; i < infos.Length; i++)
            if (!placed[i]) Decide(graph, infos, roots, i);
    }

    private static void Decide(PlanGraph graph, AchievementStatusInfo[] infos, AchievementId[]?[] roots, int i)
    {
        var info = infos[i];
        var status = info.StatusValue;
        info.BlockedByKeys = Array.Empty<AchievementId>();
        if (IsDone(status))
        {
            info.ReadinessValue = Readiness.Done;
            return;
        }
        var inherited = Inherited(graph, infos, roots, i, out bool allDone);
        var blockedBy = status.Equals(AchievementStatus.Failed) ? new[] { graph.Ids[i] } : inherited;
        roots[i] = blockedBy;
        if (IsRunning(status)) info.ReadinessValue = Readiness.Running;
        else if (blockedBy != null)
        {
            info.ReadinessValue = Readiness.Blocked;
            info.BlockedByKeys = inherited ?? Array.Empty<AchievementId>(); // a failed achievement is its own root: it names only failures above it
        }
        else info.ReadinessValue = allDone ? Readiness.Ready : Readiness.Waiting;
    }

    /// <summary>The root failures behind the dependencies of node <paramref name="i"/> (null: none), and whether every dependency is done.</summary>
    private static AchievementId[]? Inherited(PlanGraph graph, AchievementStatusInfo[] infos, AchievementId[]?[] roots, int i, out bool allDone)
    {
        allDone = true;
        List<AchievementId>? found = null;
        foreach (var j in graph.Dependencies[i])
        {
            var s = infos[j].StatusValue;
            if (!IsDone(s)) allDone = false;
            var r = roots[j] ?? (s.Equals(AchievementStatus.Failed) ? new[] { graph.Ids[j] } : null);
            if (r == null) continue;
            found ??= new List<AchievementId>();
            foreach (var id in r)
                if (!found.Contains(id)) found.Add(id);
        }
        if (found == null) return null;
        found.Sort();
        return found.ToArray();
    }
}
