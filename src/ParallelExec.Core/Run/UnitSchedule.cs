using System;
using System.Collections.Generic;
using System.Linq;

namespace ParallelExec.Run;

/// <summary>
/// List scheduling of <see cref="WorkUnit"/>s with <see cref="RunScheduler"/>'s rules: the ready unit with the longest
/// remaining path first (ties: lower achievement id, then lower execution number), the lowest free executor, and no unit
/// started while an achievement it may not overlap (<see cref="ExclusionSet"/>) has started and not finished all its units.
/// With one unit per achievement this is the schedule <see cref="SchedulePrediction"/> gives.
/// </summary>
internal static class UnitSchedule
{
    public static (double Makespan, UnitSlot[] Slots) Of(IReadOnlyList<WorkUnit> units, int executors, ExclusionSet exclusions)
    {
        int n = units.Count;
        var dependents = new List<int>[n];
        var waiting = new int[n];
        for (int i = 0; i < n; i++) dependents[i] = new List<int>();
        for (int i = 0; i < n; i++)
            foreach (var d in units[i].DependsOn)
            {
                dependents[d].Add(i);
                waiting[i]++;
            }
        var priority = Priorities(units, dependents);
        var left = new Dictionary<AchievementId, int>(); // units not finished, per achievement
        var started = new HashSet<AchievementId>();
        foreach (var u in units) left[u.Achievement] = left.TryGetValue(u.Achievement, out var c) ? c + 1 : 1;
        var open = new HashSet<AchievementId>(); // started, not all units finished

        var ready = new List<int>();
        for (int i = 0; i < n; i++) if (waiting[i] == 0) ready.Add(i);
        var free = new SortedSet<int>(Enumerable.Range(1, executors));
        var running = new List<(double End, int Unit, int Slot)>();
        var slots = new List<UnitSlot>(n);
        double now = 0;
        while (true)
        {
            while (free.Count > 0)
            {
                int best = -1;
                foreach (var i in ready)
                    if (!Excluded(units[i].Achievement, open, exclusions) && (best < 0 || Better(units, priority, i, best))) best = i;
                if (best < 0) break;
                ready.Remove(best);
                int slot = free.Min;
                free.Remove(slot);
                var u = units[best];
                open.Add(u.Achievement);
                started.Add(u.Achievement);
                running.Add((now + u.Hours, best, slot));
                slots.Add(new UnitSlot(best, slot, now, now + u.Hours));
            }
            if (running.Count == 0) break;
            double next = running.Min(r => r.End);
            now = next;
            foreach (var r in running.Where(r => r.End <= next).OrderBy(r => units[r.Unit].Achievement).ThenBy(r => units[r.Unit].Number).ToList())
            {
                running.Remove(r);
                free.Add(r.Slot);
                var a = units[r.Unit].Achievement;
                if (--left[a] == 0) open.Remove(a);
                foreach (var k in dependents[r.Unit])
                    if (--waiting[k] == 0) ready.Add(k);
            }
        }
        return (now, slots.ToArray());
    }

    private static bool Excluded(AchievementId a, HashSet<AchievementId> open, ExclusionSet exclusions)
    {
        if (exclusions.IsEmpty) return false;
        foreach (var o in open)
            if (!o.Equals(a) && exclusions.Excludes(a, o)) return true;
        return false;
    }

    private static bool Better(IReadOnlyList<WorkUnit> units, double[] priority, int a, int b)
    {
        int c = priority[a].CompareTo(priority[b]);
        if (c != 0) return c > 0;
        c = units[a].Achievement.CompareTo(units[b].Achievement);
        if (c != 0) return c < 0;
        return units[a].Number < units[b].Number;
    }

    /// <summary>Own hours plus the longest chain of dependents, in reverse topological order.</summary>
    private static double[] Priorities(IReadOnlyList<WorkUnit> units, List<int>[] dependents)
    {
        int n = units.Count;
        var outstanding = new int[n];
        var priority = new double[n];
        for (int i = 0; i < n; i++) outstanding[i] = dependents[i].Count;
        var queue = new Queue<int>();
        for (int i = 0; i < n; i++) if (outstanding[i] == 0) queue.Enqueue(i);
        while (queue.Count > 0)
        {
            int i = queue.Dequeue();
            double best = 0;
            foreach (var k in dependents[i]) best = Math.Max(best, priority[k]);
            priority[i] = units[i].Hours + best;
            foreach (var j in units[i].DependsOn)
                if (--outstanding[j] == 0) queue.Enqueue(j);
        }
        return priority;
    }
}
