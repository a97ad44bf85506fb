using System;
using System.Collections.Generic;
using System.Linq;

namespace ParallelExec.Run;

/// <summary>One node handed to the scheduler: an achievement, its dependencies within the plan, its estimate.</summary>
internal sealed class RunNode
{
    public RunNode(AchievementId id, IEnumerable<AchievementId> dependencies, double hours, RunState initial = RunState.Pending)
    {
        if (initial != RunState.Pending && initial != RunState.AlreadyComplete && initial != RunState.Skipped && initial != RunState.Blocked)
            throw new ArgumentOutOfRangeException(nameof(initial), "A node starts Pending, AlreadyComplete, Skipped or Blocked.");
        Id = id;
        Dependencies = dependencies.Distinct().ToArray();
        Hours = hours < 0 || double.IsNaN(hours) ? 0 : hours;
        Initial = initial;
    }

    public AchievementId Id { get; }
    public AchievementId[] Dependencies { get; }

    /// <summary>The estimate used for priority and prediction (the middle of the range; 0 without one).</summary>
    public double Hours { get; }
    public RunState Initial { get; }

    /// <summary>Why a node that starts Blocked is blocked.</summary>
    public string? BlockReason { get; set; }

    /// <summary>The nodes of an achievement selection: complete ones are done, skipped ones are skipped, and a dependency outside
    /// the selection counts as done only when it is complete on disk.</summary>
    public static List<RunNode> From(IEnumerable<Achievement> selected)
    {
        var chosen = selected.Distinct().ToList();
        var ids = new HashSet<AchievementId>(chosen.Select(a => a.Key));
        var nodes = new List<RunNode>(chosen.Count);
        foreach (var a in chosen)
        {
            var inside = new List<AchievementId>();
            string? reason = null;
            foreach (var d in a.DependencyKeys)
            {
                if (ids.Contains(d)) { inside.Add(d); continue; }
                var dep = a.Plan.Find(d);
                // Skipped counts as done for scheduling (Skip-Achievement exists to unblock); only a failure blocks.
                if (dep == null || dep.StatusValue == AchievementStatus.Complete || dep.StatusValue == AchievementStatus.Skipped) continue;
                reason ??= dep.StatusValue == AchievementStatus.Failed
                    ? $"dependency {d} is failed"
                    : $"dependency {d} is not complete and not part of this run";
            }
            var initial = a.StatusValue == AchievementStatus.Complete ? RunState.AlreadyComplete
                : a.StatusValue == AchievementStatus.Skipped ? RunState.Skipped
                : reason != null ? RunState.Blocked : RunState.Pending;
            nodes.Add(new RunNode(a.Key, inside, Middle(a.EstimatedHours), initial) { BlockReason = initial == RunState.Blocked ? reason : null });
        }
        return nodes;
    }

    public static double Middle(EstimateRange? e) => e == null ? 0 : (e.Min + e.Max) / 2;

}
