using System;
using System.Collections.Generic;
using System.Globalization;

namespace ParallelExec.Graph;

/// <summary>Estimated sequential and parallel time of a plan, from its estimates and its graph.</summary>
internal sealed class PlanTiming
{
    public EstimateRange Sequential { get; internal set; } = new EstimateRange(0, 0);

    /// <summary>The longest estimated path: the time with unlimited executors.</summary>
    public EstimateRange Parallel { get; internal set; } = new EstimateRange(0, 0);

    public AchievementId[] WithoutEstimate { get; internal set; } = Array.Empty<AchievementId>();

    /// <summary>Sequential minus parallel, per bound, never negative.</summary>
    public EstimateRange Saved
    {
        get
        {
            double a = Math.Max(0, Sequential.Min - Parallel.Min), b = Math.Max(0, Sequential.Max - Parallel.Max);
            return new EstimateRange(Math.Min(a, b), Math.Max(a, b));
        }
    }

    /// <summary>The saving as a percentage of the sequential time, per bound, rounded: "20%" or "20-30%".</summary>
    public string ReductionPercent
    {
        get
        {
            double Pct(double seq, double par) => seq <= 0 ? 0 : Math.Round(100 * (seq - par) / seq);
            double a = Pct(Sequential.Min, Parallel.Min), b = Pct(Sequential.Max, Parallel.Max);
            double lo = Math.Min(a, b), hi = Math.Max(a, b);
            return lo.Equals(hi) ? $"{lo.ToString(CultureInfo.InvariantCulture)}%" : $"{lo.ToString(CultureInfo.InvariantCulture)}-{hi.ToString(CultureInfo.InvariantCulture)}%";
        }
    }

    /// <summary>The plan's timing: every estimate added up, and the longest path through its graph (levelled nodes only).</summary>
    public static PlanTiming Of(ParallelPlan plan)
    {
        var list = plan.Achievements;
        var graph = plan.Graph;
        double seqMin = 0, seqMax = 0;
        foreach (var a in list)
        {
            seqMin += a.EstimatedHours?.Min ?? 0;
            seqMax += a.EstimatedHours?.Max ?? 0;
        }
        var (parMin, parMax) = LongestPath(list, graph);
        return new PlanTiming
        {
            Sequential = new EstimateRange(Math.Round(seqMin, 2), Math.Round(seqMax, 2)),
            Parallel = new EstimateRange(Math.Round(parMin, 2), Math.Round(Math.Max(parMin, parMax), 2)),
            WithoutEstimate = WithoutEstimateOf(list),
        };
    }

    /// <summary>The ids of the achievements without an estimate, in id order.</summary>
    internal static AchievementId[] WithoutEstimateOf(IReadOnlyList<Achievement> list)
    {
        var result = new List<AchievementId>();
        foreach (var a in list)
            if (a.EstimatedHours == null) result.Add(a.Key);
        return result.ToArray();
    }

    /// <summary>The latest finish by lower and by upper bounds: one pass in topological order suffices.</summary>
    private static (double Min, double Max) LongestPath(IReadOnlyList<Achievement> list, PlanGraph graph)
    {
        var finishMin = new double[list.Count];
        var finishMax = new double[list.Count];
        double parMin = 0, parMax = 0;
        foreach (var i in graph.TopologicalOrder)
        {
            double startMin = 0, startMax = 0;
            foreach (var j in graph.Dependencies[i])
            {
                startMin = Math.Max(startMin, finishMin[j]);
                startMax = Math.Max(startMax, finishMax[j]);
            }
            finishMin[i] = startMin + (list[i].EstimatedHours?.Min ?? 0);
            finishMax[i] = startMax + (list[i].EstimatedHours?.Max ?? 0);
            parMin = Math.Max(parMin, finishMin[i]);
            parMax = Math.Max(parMax, finishMax[i]);
        }
        return (parMin, parMax);
    }
}
