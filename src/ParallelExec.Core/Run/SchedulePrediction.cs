using System;
using System.Collections.Generic;
using System.Linq;

namespace ParallelExec.Run;

/// <summary>The schedule the scheduler would follow if every action took its estimate: the list-scheduling prediction.</summary>
internal sealed class SchedulePrediction
{
    internal SchedulePrediction(ScheduledAchievement[] rows, double makespan, double sequential, int throttle)
    {
        Rows = rows;
        MakespanHours = makespan;
        SequentialHours = sequential;
        ThrottleLimit = throttle;
    }

    /// <summary>In start order (then id); nodes that would not run come last.</summary>
    public ScheduledAchievement[] Rows { get; }
    public double MakespanHours { get; }

    /// <summary>The sum of the estimates of the nodes that would run.</summary>
    public double SequentialHours { get; }
    public int ThrottleLimit { get; }

    /// <summary>The most actions that run at once (the highest executor slot used); 0 when nothing would run.</summary>
    public int Width
    {
        get
        {
            int width = 0;
            foreach (var row in Rows) width = Math.Max(width, row.Executor);
            return width;
        }
    }

    /// <summary>Simulates the run with every action taking its estimate and succeeding.</summary>
    public static SchedulePrediction Of(IReadOnlyList<RunNode> nodes, int throttleLimit, ExclusionSet? exclusions = null)
    {
        var s = new RunScheduler(nodes, throttleLimit, exclusions: exclusions);
        var byId = nodes.ToDictionary(n => n.Id);
        var rows = new List<ScheduledAchievement>();
        var running = new List<(double end, AchievementId id, int slot)>();
        var free = new SortedSet<int>(Enumerable.Range(1, throttleLimit));
        double now = 0, sequential = 0;
        while (true)
        {
            foreach (var id in s.Next())
            {
                int slot = free.Min;
                free.Remove(slot);
                double end = now + byId[id].Hours;
                running.Add((end, id, slot));
                rows.Add(new ScheduledAchievement(id, RunState.Succeeded, now, end, slot, null));
                sequential += byId[id].Hours;
            }
            if (running.Count == 0) break;
            // Finish everything that ends first (same instant together, lower id first).
            double next = running.Min(r => r.end);
            now = next;
            foreach (var r in running.Where(r => r.end <= next).OrderBy(r => r.id).ToList())
            {
                running.Remove(r);
                free.Add(r.slot);
                s.Complete(r.id, true);
            }
        }
        foreach (var n in nodes)
        {
            var state = s.StateOf(n.Id);
            if (state != RunState.Succeeded) rows.Add(new ScheduledAchievement(n.Id, state, 0, 0, 0, s.ReasonOf(n.Id)));
        }
        return new SchedulePrediction(rows.ToArray(), now, sequential, throttleLimit);
    }
}
