using System;
using System.Collections.Generic;
using System.Linq;

namespace ParallelExec.Run;

/// <summary>
/// The one place Measure-ParallelPlan, Invoke-ParallelPlan and Export-ParallelWorkflow get a plan's mutual exclusions
/// from: the write-set conflicts (<see cref="WriteSets.ConflictFinder.ExclusionPairs"/>: PLAN and SUBPLAN deliverables,
/// globs, the achievement's own <c>files</c>), and two achievements whose planned executions' <c>files</c>
/// (parallel.json's <c>executions</c>) name the same path (compared as repository-relative paths, <c>\</c> as <c>/</c>,
/// no leading <c>./</c>) while neither depends on the other. The schedulers take only the <see cref="ExclusionSet"/>.
/// </summary>
internal static class ExclusionSource
{
    /// <summary>The plan's exclusion pairs; empty with <paramref name="ignore"/> (-IgnoreConflicts).</summary>
    public static ExclusionSet For(ParallelPlan plan, bool ignore)
    {
        if (ignore) return ExclusionSet.Empty;
        var files = FromDeclaredFiles(plan);
        var conflicts = WriteSets.ConflictFinder.ExclusionPairs(plan);
        return conflicts.Count == 0 ? files : new ExclusionSet(files.Pairs.Concat(conflicts));
    }

    /// <summary>Pairs of achievements that could run at once (neither reaches the other) whose executions declare a shared path.</summary>
    public static ExclusionSet FromDeclaredFiles(ParallelPlan plan)
    {
        var byPath = new Dictionary<string, SortedSet<AchievementId>>(StringComparer.Ordinal);
        foreach (var a in plan.Achievements)
            foreach (var e in a.PlannedExecutions)
                foreach (var f in e.Files)
                {
                    var path = Normalise(f);
                    if (path.Length == 0) continue;
                    if (!byPath.TryGetValue(path, out var set)) byPath[path] = set = new SortedSet<AchievementId>();
                    set.Add(a.Key);
                }
        var pairs = new List<(AchievementId, AchievementId)>();
        var graph = plan.Graph;
        foreach (var ids in byPath.Values)
        {
            var list = ids.ToArray();
            for (int i = 0; i < list.Length; i++)
                for (int j = i + 1; j < list.Length; j++)
                    if (!Reaches(graph, list[i], list[j]) && !Reaches(graph, list[j], list[i])) pairs.Add((list[i], list[j]));
        }
        return new ExclusionSet(pairs);
    }

    /// <summary>A declared path as compared: forward slashes, no leading ./, no trailing slash.</summary>
    internal static string Normalise(string path)
    {
        var p = path.Trim().Replace('\\', '/');
        while (p.StartsWith("./", StringComparison.Ordinal)) p = p.Substring(2);
        return p.TrimEnd('/');
    }

    /// <summary>True when <paramref name="from"/> depends, directly or not, on <paramref name="to"/>.</summary>
    private static bool Reaches(Graph.PlanGraph graph, AchievementId from, AchievementId to)
    {
        if (!graph.TryIndex(from, out var start) || !graph.TryIndex(to, out var target)) return false;
        var seen = new HashSet<int>();
        var stack = new Stack<int>();
        stack.Push(start);
        while (stack.Count > 0)
        {
            int i = stack.Pop();
            foreach (var d in graph.Dependencies[i])
            {
                if (d == target) return true;
                if (seen.Add(d)) stack.Push(d);
            }
        }
        return false;
    }
}
