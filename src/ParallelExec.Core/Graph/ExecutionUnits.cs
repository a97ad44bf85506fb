using System;
using System.Collections.Generic;
using System.Linq;
using ParallelExec.Plans;
using ParallelExec.Prompts;
using ParallelExec.Run;

namespace ParallelExec.Graph;

/// <summary>
/// A plan as the units Measure-ParallelPlan schedules: each achievement with planned executions (its SUBPLAN's
/// Active EXECUTION_TASKs table, a flat registry's sub_executions, the schema form's executions) as one unit per
/// execution, every other achievement whole. An execution's hours are its own estimate; when none of an achievement's
/// executions has one, the achievement's estimate is shared out evenly. Also the saving of each kind of parallelism.
/// </summary>
internal sealed class ExecutionUnits
{
    private ExecutionUnits(WorkUnit[] lower, WorkUnit[] upper, int executions)
    {
        Lower = lower;
        Upper = upper;
        ExecutionCount = executions;
    }

    /// <summary>The units with lower and with upper estimates (the same units, in the same order).</summary>
    public WorkUnit[] Lower { get; }
    public WorkUnit[] Upper { get; }

    /// <summary>How many units are planned executions (0: every achievement is scheduled whole).</summary>
    public int ExecutionCount { get; }

    public static ExecutionUnits Of(ParallelPlan plan)
    {
        var list = plan.Achievements;
        var graph = plan.Graph;
        var lower = new List<WorkUnit>();
        var upper = new List<WorkUnit>();
        var unitsOf = new List<int>[list.Count];
        int executions = 0;
        var estimatedBy = new HashSet<AchievementId>();
        var plannedOf = new Dictionary<Achievement, PlannedExecution[]>(ReferenceEqualityComparer.Instance);
        foreach (var info in plan.Statuses) plannedOf[info.Achievement] = PlannedExecutionReader.For(info);
        foreach (var i in graph.TopologicalOrder)
        {
            var a = list[i];
            var deps = new List<int>();
            foreach (var d in graph.Dependencies[i]) deps.AddRange(unitsOf[d]);
            var planned = plannedOf.TryGetValue(a, out var read) ? read : a.PlannedExecutions;
            unitsOf[i] = new List<int>();
            if (planned.Length == 0)
            {
                unitsOf[i].Add(lower.Count);
                lower.Add(new WorkUnit(a.Key, null, 0, a.EstimatedHours?.Min ?? 0, deps.ToArray()));
                upper.Add(new WorkUnit(a.Key, null, 0, a.EstimatedHours?.Max ?? 0, deps.ToArray()));
                continue;
            }
            var estimates = planned.Select(p => EstimateParser.FromRegistry(p.Estimate)).ToArray();
            bool none = estimates.All(e => e == null);
            if (!none) estimatedBy.Add(a.Key);
            var byNumber = new Dictionary<int, int>();
            for (int k = 0; k < planned.Length; k++) byNumber[planned[k].Number] = lower.Count + k;
            for (int k = 0; k < planned.Length; k++)
            {
                var p = planned[k];
                int self = lower.Count;
                var own = new List<int>(deps);
                foreach (var n in p.DependsOn)
                    if (byNumber.TryGetValue(n, out var u) && u != self) own.Add(u);
                double min = none ? (a.EstimatedHours?.Min ?? 0) / planned.Length : estimates[k]?.Min ?? 0;
                double max = none ? (a.EstimatedHours?.Max ?? 0) / planned.Length : estimates[k]?.Max ?? 0;
                unitsOf[i].Add(lower.Count);
                lower.Add(new WorkUnit(a.Key, p.Label, p.Number, min, own.ToArray()));
                upper.Add(new WorkUnit(a.Key, p.Label, p.Number, max, own.ToArray()));
                executions++;
            }
        }
        var result = new ExecutionUnits(lower.ToArray(), upper.ToArray(), executions);
        result.EstimatedByExecutions.UnionWith(estimatedBy);
        return result;
    }

    /// <summary>The achievements whose executions carry estimates of their own (they have hours even without an estimate of the achievement).</summary>
    public HashSet<AchievementId> EstimatedByExecutions { get; } = new HashSet<AchievementId>();

    private Dictionary<AchievementId, List<int>>? _byAchievement;

    /// <summary>An achievement's own hours by lower or upper estimates: its units added up, and their span with as many executors as units.</summary>
    public (double Sum, double Span) Own(AchievementId id, bool upper)
    {
        var units = upper ? Upper : Lower;
        if (_byAchievement == null)
        {
            _byAchievement = new Dictionary<AchievementId, List<int>>();
            for (int k = 0; k < Upper.Length; k++)
            {
                if (!_byAchievement.TryGetValue(Upper[k].Achievement, out var list)) _byAchievement[Upper[k].Achievement] = list = new List<int>();
                list.Add(k);
            }
        }
        var mine = _byAchievement.TryGetValue(id, out var found) ? found.ToArray() : Array.Empty<int>();
        return (mine.Sum(k => units[k].Hours), Span(units, mine, ExclusionSet.Empty));
    }

    /// <summary>Every unit's hours added up.</summary>
    public static double Sum(WorkUnit[] units) => units.Sum(u => u.Hours);

    /// <summary>
    /// With as many executors as units: the sequential time, each achievement's own parallel time added up (executions
    /// in parallel), each level's time added up (achievements of a level in parallel, mutual exclusions kept), and the
    /// whole plan's time (levels overlapping as far as the dependencies let them).
    /// </summary>
    public static (double Sequential, double Achievements, double Levels, double Plan) Stages(ParallelPlan plan, WorkUnit[] units, ExclusionSet exclusions, double? whole = null)
    {
        double sequential = Sum(units);
        double achievements = 0;
        foreach (var group in units.Select((u, k) => (u, k)).GroupBy(x => x.u.Achievement))
            achievements += Span(units, group.Select(x => x.k).ToArray(), ExclusionSet.Empty);
        double levels = 0;
        var graph = plan.Graph;
        var wave = new Dictionary<AchievementId, int>();
        for (int w = 1; w <= graph.WaveCount; w++)
            for (int k = graph.WaveStarts[w - 1]; k < graph.WaveStarts[w]; k++) wave[graph.Ids[graph.TopologicalOrder[k]]] = w;
        foreach (var group in units.Select((u, k) => (u, k)).GroupBy(x => wave.TryGetValue(x.u.Achievement, out var w) ? w : 0))
        {
            var ids = new HashSet<AchievementId>(group.Select(x => x.u.Achievement));
            levels += Span(units, group.Select(x => x.k).ToArray(), exclusions.Within(ids));
        }
        whole ??= UnitSchedule.Of(units, Math.Max(1, units.Length), exclusions).Makespan;
        return (sequential, achievements, levels, whole.Value);
    }

    /// <summary>The makespan of some units with as many executors as units: the longest when they neither wait nor exclude.</summary>
    private static double Span(WorkUnit[] units, int[] indexes, ExclusionSet exclusions)
    {
        if (exclusions.IsEmpty && indexes.All(i => units[i].Execution == null)) return indexes.Length == 0 ? 0 : indexes.Max(i => units[i].Hours);
        return UnitSchedule.Of(Subset(units, indexes), Math.Max(1, indexes.Length), exclusions).Makespan;
    }

    /// <summary>The units at <paramref name="indexes"/>, their dependencies among them renumbered (others dropped).</summary>
    private static WorkUnit[] Subset(WorkUnit[] units, int[] indexes)
    {
        var at = new Dictionary<int, int>();
        for (int k = 0; k < indexes.Length; k++) at[indexes[k]] = k;
        return indexes.Select(i => new WorkUnit(units[i].Achievement, units[i].Execution, units[i].Number, units[i].Hours,
            units[i].DependsOn.Where(at.ContainsKey).Select(d => at[d]).ToArray())).ToArray();
    }
}
