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
        var byPath = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        for (int i = 0; i < plan.Achievements.Count; i++)
            foreach (var e in plan.Achievements[i].PlannedExecutions)
                foreach (var f in e.Files)
                {
                    var path = Normalise(f);
                    if (path.Length == 0) continue;
                    if (!byPath.TryGetValue(path, out var set)) byPath[path] = set = new SortedSet<int>();
                    set.Add(i);
                }
        var pairs = new List<(AchievementId, AchievementId)>();
        var reach = new WriteSets.Reach(plan);
        foreach (var indices in byPath.Values)
        {
            var list = indices.ToArray();
            for (int x = 0; x < list.Length; x++)
                for (int y = x + 1; y < list.Length; y++)
                    if (reach.Concurrent(list[x], list[y])) pairs.Add((plan.Achievements[list[x]].Key, plan.Achievements[list[y]].Key));
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
}
