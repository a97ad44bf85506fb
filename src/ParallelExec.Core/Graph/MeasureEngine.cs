using System;
using System.Collections.Generic;
using System.Linq;
using ParallelExec.Diagnostics;
using ParallelExec.Plans;
using ParallelExec.Run;

namespace ParallelExec.Graph;

/// <summary>
/// Measures a plan over its graph: sequential against parallel time, the critical path, and, with a number of
/// executors, a list schedule that starts the ready achievement with the longest remaining path first. Iterative
/// throughout. What the plan's records say (actual hours, the last run) comes from <see cref="ActualsReader"/> and
/// <see cref="RunRecordReader"/>.
/// </summary>
internal static class MeasureEngine
{
    public static PlanMeasure Measure(ParallelPlan plan, int? executors = null, ExclusionSet? exclusions = null)
    {
        exclusions ??= ExclusionSet.Empty;
        if (executors.HasValue && executors.Value < 1)
            throw ParallelExecException.Create(ErrorCodes.InvalidExecutorCount,
                $"{executors} executors cannot run anything.", plan.PlanPath, "Give -Executors 1 or more, or leave it out for as many as the plan can use.");
        plan.Graph.RequireAcyclic(plan.Name, plan.PlanPath, "a cycle has no schedule to measure", "Then measure again.");
        int n = plan.Achievements.Count;
        var units = ExecutionUnits.Of(plan);
        bool byUnits = units.ExecutionCount > 0 || !exclusions.IsEmpty;
        PlacedAchievement[] schedule;
        var timing = byUnits ? UnitTiming(plan, units, executors, exclusions, out schedule) : Timing(plan, executors, out schedule);
        var (saveMin, saveMax) = (Stages(plan, units.Lower, exclusions, byUnits ? null : timing.Parallel.Min), Stages(plan, units.Upper, exclusions, byUnits ? null : timing.Parallel.Max));
        var critical = CriticalPath.Of(plan);
        var levels = Levels(plan, byUnits ? units : null);
        int widest = 0;
        foreach (var l in levels) widest = Math.Max(widest, l.Count);
        if (byUnits) widest = Concurrency(schedule); // executions count: the most units the schedule runs at once
        var actuals = ActualsReader.Of(plan);

        return new PlanMeasure
        {
            PlanName = plan.Name,
            PlanPath = plan.PlanPath,
            Source = plan.RegistryPath != null ? PlanConventions.RegistryFileName : "PLAN",
            Executors = executors,
            AchievementCount = n,
            SequentialHours = timing.Sequential,
            ParallelHours = timing.Parallel,
            HoursSaved = timing.Saved,
            ReductionPercent = timing.ReductionPercent,
            ExecutionCount = units.ExecutionCount,
            SavedWithinAchievements = Range(saveMin.Achievements, saveMax.Achievements),
            SavedWithinLevels = Range(saveMin.Levels, saveMax.Levels),
            SavedAcrossLevels = Range(saveMin.Across, saveMax.Across),
            Exclusions = exclusions.Pairs.Select(p => p.A + "~" + p.B).ToArray(),
            CriticalPathKeys = critical,
            MaxParallelism = executors.HasValue ? Math.Min(executors.Value, widest) : widest,
            Waves = plan.WaveCount,
            Levels = levels,
            WithoutEstimateKeys = timing.WithoutEstimate,
            AssumedEdgeCount = plan.AssumedEdgeCount,
            AssumedIndependentCount = plan.AssumedIndependentCount,
            Schedule = schedule,
            Actuals = actuals,
            ActualHours = ActualHoursOf(actuals),
            EstimatedHoursOfActuals = EstimatesOf(actuals),
            LastRun = RunRecordReader.LastRunOf(plan),
        };
    }

    /// <summary>
    /// The plan's timing, and the schedule: without a number of executors the longest path and as many executors as
    /// achievements; with one, the parallel time is the list schedule's makespan by lower and by upper estimates.
    /// </summary>
    private static PlanTiming Timing(ParallelPlan plan, int? executors, out PlacedAchievement[] schedule)
    {
        var timing = PlanTiming.Of(plan);
        if (!executors.HasValue)
        {
            schedule = ListSchedule(plan, Math.Max(1, plan.Achievements.Count), upper: true).Placed;
            return timing;
        }
        var (minSpan, _) = ListSchedule(plan, executors.Value, upper: false);
        var (maxSpan, placed) = ListSchedule(plan, executors.Value, upper: true);
        schedule = placed;
        return new PlanTiming
        {
            Sequential = timing.Sequential,
            Parallel = new EstimateRange(Math.Round(minSpan, 2), Math.Round(Math.Max(minSpan, maxSpan), 2)),
            WithoutEstimate = timing.WithoutEstimate,
        };
    }

    /// <summary>
    /// The timing and schedule over <see cref="ExecutionUnits"/> (executions as units, mutual exclusions kept): the
    /// sequential time is every unit's hours, the parallel time the list schedule's makespan on the executors (as many as
    /// units without -Executors), by lower and by upper estimates.
    /// </summary>
    private static PlanTiming UnitTiming(ParallelPlan plan, ExecutionUnits units, int? executors, ExclusionSet exclusions, out PlacedAchievement[] schedule)
    {
        int width = executors ?? Math.Max(1, units.Upper.Length);
        var (minSpan, _) = UnitSchedule.Of(units.Lower, width, exclusions);
        var (maxSpan, slots) = UnitSchedule.Of(units.Upper, width, exclusions);
        schedule = slots.OrderBy(s => s.Start).ThenBy(s => units.Upper[s.Unit].Achievement).ThenBy(s => units.Upper[s.Unit].Number)
            .Select(s => new PlacedAchievement { Key = units.Upper[s.Unit].Achievement, ExecutionId = units.Upper[s.Unit].Execution, Executor = s.Executor,
                Start = Math.Round(s.Start, 4), Finish = Math.Round(s.End, 4) }).ToArray();
        double seqMin = ExecutionUnits.Sum(units.Lower), seqMax = ExecutionUnits.Sum(units.Upper);
        return new PlanTiming
        {
            Sequential = new EstimateRange(Math.Round(seqMin, 2), Math.Round(Math.Max(seqMin, seqMax), 2)),
            Parallel = new EstimateRange(Math.Round(minSpan, 2), Math.Round(Math.Max(minSpan, maxSpan), 2)),
            WithoutEstimate = PlanTiming.WithoutEstimateOf(plan.Achievements).Where(id => !units.EstimatedByExecutions.Contains(id)).ToArray(),
        };
    }

    /// <summary>The most placements of a schedule that overlap in time.</summary>
    private static int Concurrency(PlacedAchievement[] schedule)
    {
        var events = schedule.SelectMany(p => new[] { (T: p.Start, D: 1), (T: p.Finish, D: -1) }).OrderBy(e => e.T).ThenBy(e => e.D);
        int now = 0, most = 0;
        foreach (var e in events) most = Math.Max(most, now += e.D);
        return Math.Max(most, schedule.Length > 0 ? 1 : 0);
    }

    /// <summary>The saving of each kind of parallelism with as many executors as units (<see cref="ExecutionUnits.Stages"/>).</summary>
    private static (double Achievements, double Levels, double Across) Stages(ParallelPlan plan, WorkUnit[] units, ExclusionSet exclusions, double? whole)
    {
        var s = ExecutionUnits.Stages(plan, units, exclusions, whole);
        return (s.Sequential - s.Achievements, s.Achievements - s.Levels, s.Levels - s.Plan);
    }

    /// <summary>A saving as a range, never below 0 (mutual exclusions can make a stage cost rather than save; that shows as 0).</summary>
    private static EstimateRange Range(double a, double b)
    {
        a = Math.Max(0, Math.Round(a, 2));
        b = Math.Max(0, Math.Round(b, 2));
        return new EstimateRange(Math.Min(a, b), Math.Max(a, b));
    }

    /// <summary>Each wave of the graph, measured: its achievements by id, their summed and their longest estimate.</summary>
    private static LevelMeasure[] Levels(ParallelPlan plan, ExecutionUnits? units)
    {
        var graph = plan.Graph;
        var list = plan.Achievements;
        var topo = graph.TopologicalOrder;
        var starts = graph.WaveStarts;
        var levels = new List<LevelMeasure>(graph.WaveCount);
        for (int w = 1; w <= graph.WaveCount; w++)
        {
            int from = starts[w - 1], to = starts[w];
            if (from == to) continue;
            double sumMin = 0, sumMax = 0, maxMin = double.MinValue, maxMax = double.MinValue;
            var ids = new AchievementId[to - from];
            var without = new List<AchievementId>();
            for (int k = from; k < to; k++)
            {
                var a = list[topo[k]];
                ids[k - from] = a.Key;
                double min = a.EstimatedHours?.Min ?? 0, max = a.EstimatedHours?.Max ?? 0, spanMin = min, spanMax = max;
                if (units != null) // executions as units: an achievement's hours are its executions', its time their span
                {
                    (min, spanMin) = units.Own(a.Key, upper: false);
                    (max, spanMax) = units.Own(a.Key, upper: true);
                }
                sumMin += min;
                sumMax += max;
                maxMin = Math.Max(maxMin, spanMin);
                maxMax = Math.Max(maxMax, spanMax);
                if (a.EstimatedHours == null && units?.EstimatedByExecutions.Contains(a.Key) != true) without.Add(a.Key);
            }
            levels.Add(new LevelMeasure
            {
                PlanName = plan.Name,
                Level = w,
                Count = ids.Length,
                IdKeys = ids,
                SequentialHours = new EstimateRange(Math.Round(sumMin, 2), Math.Round(sumMax, 2)),
                ParallelHours = new EstimateRange(maxMin, maxMax),
                WithoutEstimateKeys = without.ToArray(),
            });
        }
        return levels.ToArray();
    }

    /// <summary>The recorded actual hours added up; null when none are recorded.</summary>
    private static double? ActualHoursOf(ActualMeasure[] actuals)
    {
        if (actuals.Length == 0) return null;
        double sum = 0;
        foreach (var a in actuals) sum += a.ActualHours;
        return Math.Round(sum, 2);
    }

    /// <summary>The estimates of the achievements with actuals added up (those without an estimate count 0); null when none.</summary>
    private static EstimateRange? EstimatesOf(ActualMeasure[] actuals)
    {
        if (actuals.Length == 0) return null;
        double min = 0, max = 0;
        foreach (var a in actuals)
        {
            min += a.EstimatedHours?.Min ?? 0;
            max += a.EstimatedHours?.Max ?? 0;
        }
        return new EstimateRange(Math.Round(min, 2), Math.Round(max, 2));
    }

    /// <summary>
    /// List scheduling with the run scheduler's own rules (longest remaining path first, ties by id, the lowest free
    /// executor), simulated with every achievement taking its lower or upper estimate: Measure predicts what
    /// Invoke-ParallelPlan does. Returns the makespan and the placements.
    /// </summary>
    private static (double Span, PlacedAchievement[] Placed) ListSchedule(ParallelPlan plan, int executors, bool upper)
    {
        var list = plan.Achievements;
        var graph = plan.Graph;
        var nodes = new List<RunNode>(list.Count);
        for (int i = 0; i < list.Count; i++)
        {
            var e = list[i].EstimatedHours;
            nodes.Add(new RunNode(list[i].Key, graph.IdsOf(graph.Dependencies[i]), (upper ? e?.Max : e?.Min) ?? 0));
        }
        var prediction = SchedulePrediction.Of(nodes, executors);
        var placed = new List<PlacedAchievement>(prediction.Rows.Length);
        foreach (var r in prediction.Rows)
            if (r.StateValue == RunState.Succeeded)
                placed.Add(new PlacedAchievement { Key = r.Key, Executor = r.Executor, Start = Math.Round(r.StartHours, 4), Finish = Math.Round(r.EndHours, 4) });
        return (prediction.MakespanHours, placed.ToArray());
    }
}
