using System;
using System.Collections.Generic;

namespace ParallelExec.Graph;

/// <summary>The longest chain of a plan by estimate, over its graph.</summary>
internal static class CriticalPath
{
    /// <summary>
    /// The longest path by upper-bound estimate (ties: lower bound, then the smaller id), in dependency order; empty for
    /// a plan without achievements. The plan must be acyclic.
    /// </summary>
    public static AchievementId[] Of(ParallelPlan plan)
    {
        var graph = plan.Graph;
        int n = graph.Count;
        if (n == 0) return Array.Empty<AchievementId>();
        var fMax = new double[n];
        var fMin = new double[n];
        var prev = new int[n];
        var list = plan.Achievements;
        var topo = graph.TopologicalOrder;
        foreach (var i in topo)
        {
            prev[i] = -1;
            double bMax = 0, bMin = 0;
            foreach (var j in graph.Dependencies[i])
                if (Better(fMax[j], fMin[j], j, bMax, bMin, prev[i]))
                {
                    prev[i] = j; bMax = fMax[j]; bMin = fMin[j];
                }
            fMax[i] = bMax + (list[i].EstimatedHours?.Max ?? 0);
            fMin[i] = bMin + (list[i].EstimatedHours?.Min ?? 0);
        }
        int end = -1;
        // The end of the longest chain; on a tie the later achievement, so that a trailing one without an estimate stays on the path.
        foreach (var i in topo)
            if (end < 0 || fMax[i] > fMax[end] || fMax[i].Equals(fMax[end]) && fMin[i] >= fMin[end]) end = i;
        var path = new List<AchievementId>();
        for (int i = end; i >= 0; i = prev[i]) path.Add(graph.Ids[i]);
        path.Reverse();
        return path.ToArray();
    }

    /// <summary>Does the chain ending at a beat the one ending at b? Nodes are in id order, so the smaller index is the smaller id.</summary>
    private static bool Better(double aMax, double aMin, int a, double bMax, double bMin, int b)
    {
        if (b < 0) return true;
        if (aMax != bMax) return aMax > bMax;
        if (aMin != bMin) return aMin > bMin;
        return a < b;
    }
}
