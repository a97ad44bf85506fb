using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace ParallelExec.WriteSets;

/// <summary>
/// The achievements of one plan that may run at the same time (neither depends on the other, transitively) and declare
/// a shared path (Conflict), and those that declare nothing while others may run with them (Unknown, one record each).
/// The schedulers take <see cref="ExclusionPairs"/>: the Conflict pairs, never to be run at once.
/// </summary>
internal static class ConflictFinder
{
    /// <summary>
    /// Every conflict of the plan, in id order, and with <paramref name="unknown"/> one Unknown per achievement without a
    /// write-set that has a concurrent one. Pairs are looked for among the achievements with a write-set only, and
    /// reachability is walked from those alone, so a large plan that declares few paths costs little.
    /// </summary>
    public static List<ConflictInfo> Find(ParallelPlan plan, bool unknown = true)
    {
        var result = new List<ConflictInfo>();
        var sets = WriteSetReader.For(plan);
        int n = plan.Achievements.Count;
        var declared = Enumerable.Range(0, n).Where(i => !sets[i].IsEmpty).ToArray();
        var reach = new Reach(plan);
        for (int x = 0; x < declared.Length; x++)
            for (int y = x + 1; y < declared.Length; y++)
            {
                int i = declared[x], j = declared[y];
                if (Shared(sets[i], sets[j]) is { Count: > 0 } shared && reach.Concurrent(i, j)) result.Add(Conflict(plan, i, j, shared));
            }
        if (unknown && declared.Length < n && n > ExactUnknownUpTo)
            AddUnknownByLevel(plan, sets, result);
        else if (unknown && declared.Length < n)
        {
            var concurrent = Concurrency(plan);
            for (int i = 0; i < n; i++)
                if (sets[i].IsEmpty && Enumerable.Range(0, n).Where(j => concurrent[i][j]).ToArray() is { Length: > 0 } others)
                    result.Add(Unknown(plan, i, others));
        }
        result.Sort();
        return result;
    }

    /// <summary>
    /// Up to this many achievements, each Unknown lists every achievement that may run with it (an n×n table: 5,000
    /// achievements take 3 MB). A larger plan lists the achievements of its level instead, which surely may (two
    /// achievements of one level never depend on each other); an achievement alone in its level is then not reported.
    /// </summary>
    internal const int ExactUnknownUpTo = 5000;

    private static void AddUnknownByLevel(ParallelPlan plan, WriteSet[] sets, List<ConflictInfo> result)
    {
        var byLevel = new Dictionary<int, List<int>>();
        for (int i = 0; i < plan.Achievements.Count; i++)
            if (plan.Achievements[i].Level is int level)
            {
                if (!byLevel.TryGetValue(level, out var list)) byLevel[level] = list = new List<int>();
                list.Add(i);
            }
        foreach (var members in byLevel.Values)
        {
            if (members.Count < 2) continue;
            foreach (var i in members)
                if (sets[i].IsEmpty) result.Add(Unknown(plan, i, members.Where(j => j != i).ToArray()));
        }
    }

    /// <summary>
    /// The pairs of achievements that must not run at the same time because both declare a shared path (Conflict kind
    /// only; an achievement without a write-set is not excluded). Each pair once, the lower id first.
    /// </summary>
    public static IReadOnlyList<(AchievementId First, AchievementId Second)> ExclusionPairs(ParallelPlan plan) =>
        ExclusionConflicts(plan).Select(c => (c.Key, c.OtherKey!.Value)).ToList();

    /// <summary>The Conflict records of <see cref="Find"/> (no Unknown), in id order.</summary>
    public static List<ConflictInfo> ExclusionConflicts(ParallelPlan plan) => Find(plan, unknown: false);

    /// <summary>concurrent[i][j]: neither of the two depends on the other, transitively.</summary>
    internal static BitArray[] Concurrency(ParallelPlan plan)
    {
        var graph = plan.Graph;
        int n = plan.Achievements.Count;
        var below = new BitArray[n]; // below[i][j]: i depends on j, transitively
        for (int i = 0; i < n; i++) below[i] = new BitArray(n);
        if (graph.Count == n)
        {
            var state = new byte[n];
            for (int i = 0; i < n; i++) Close(graph.Dependencies, below, state, i);
        }
        var concurrent = new BitArray[n];
        for (int i = 0; i < n; i++)
        {
            concurrent[i] = new BitArray(n, true);
            concurrent[i][i] = false;
        }
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                if (below[i][j]) { concurrent[i][j] = false; concurrent[j][i] = false; }
        return concurrent;
    }

    /// <summary>Fills below[i] from its dependencies' (iteratively; a node in a cycle takes what was closed so far).</summary>
    private static void Close(int[][] deps, BitArray[] below, byte[] state, int start)
    {
        if (state[start] == 2) return;
        var stack = new Stack<(int Node, int Next)>();
        stack.Push((start, 0));
        state[start] = 1;
        while (stack.Count > 0)
        {
            var (node, next) = stack.Pop();
            if (next < deps[node].Length)
            {
                stack.Push((node, next + 1));
                int d = deps[node][next];
                if (state[d] == 0) { state[d] = 1; stack.Push((d, 0)); }
                continue;
            }
            foreach (var d in deps[node])
            {
                below[node][d] = true;
                below[node].Or(below[d]);
            }
            state[node] = 2;
        }
    }

    /// <summary>Each overlapping pair of declarations (a's, b's), a's first declaration of a path once.</summary>
    internal static List<(DeclaredPath A, DeclaredPath B)> Shared(WriteSet a, WriteSet b)
    {
        var shared = new List<(DeclaredPath, DeclaredPath)>();
        foreach (var pa in a.ByPath.Values)
        {
            if (b.ByPath.TryGetValue(pa.Path, out var same)) { shared.Add((pa, same)); continue; }
            foreach (var pb in b.ByPath.Values)
                if (GlobMatch.Overlap(pa, pb)) { shared.Add((pa, pb)); break; }
        }
        return shared;
    }

    private static ConflictInfo Conflict(ParallelPlan plan, int i, int j, List<(DeclaredPath A, DeclaredPath B)> shared)
    {
        var a = plan.Achievements[i];
        var b = plan.Achievements[j];
        var paths = shared.Select(s => s.A.Path == s.B.Path ? s.A.Path : $"{s.A.Path} ~ {s.B.Path}").ToArray();
        return new ConflictInfo(plan, ConflictKind.Conflict, a.Key, b.Key)
        {
            SharedPaths = paths,
            DeclaredAt = shared.Select(s => s.A.ToString()).ToArray(),
            OtherDeclaredAt = shared.Select(s => s.B.ToString()).ToArray(),
            Suggestion = $"Add {a.Key} to the Dependencies of {b.Key} (it then runs after {a.Key}), or leave them independent: "
                + "the scheduler runs a conflicting pair one after the other unless -IgnoreConflicts.",
        };
    }

    private static ConflictInfo Unknown(ParallelPlan plan, int i, int[] others)
    {
        var a = plan.Achievements[i];
        return new ConflictInfo(plan, ConflictKind.Unknown, a.Key, null)
        {
            ConcurrentIds = others.Select(j => plan.Achievements[j].Id).ToArray(),
            Suggestion = $"Declare what {a.Key} writes: backticked paths in its Deliverables (PLAN or SUBPLAN), or a \"files\" array on its parallel.json entry.",
        };
    }
}
