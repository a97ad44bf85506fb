using System;
using System.Collections.Generic;
using System.Linq;
using ParallelExec.Diagnostics;

namespace ParallelExec.Graph;

/// <summary>
/// One dependency graph, built once: the ids in id order, the id → index map, what each node depends on and what
/// depends on it (sorted index arrays), the waves, a topological order and the cycles. A plan's graph is built by the
/// plan builder and shared by every reader (measure, timing, registry writer, status readiness, scheduler, validator);
/// other graphs (a registry's entries, a run's nodes) are built with <see cref="Build"/>.
/// </summary>
internal sealed class PlanGraph
{
    private readonly Dictionary<AchievementId, int> _index;
    private int[]? _topological;

    private PlanGraph(AchievementId[] ids, Dictionary<AchievementId, int> index, int[][] dependencies, int[][] dependents,
        DependencyGraph.Result levelled)
    {
        Ids = ids;
        _index = index;
        Dependencies = dependencies;
        Dependents = dependents;
        Waves = levelled.Waves;
        WaveCount = levelled.WaveCount;
        CycleIndices = levelled.Cycles;
        Cycles = levelled.Cycles.Select(c => c.Select(k => ids[k]).ToArray()).ToArray();
    }

    /// <summary>An empty graph.</summary>
    public static PlanGraph Empty { get; } = Build(Array.Empty<AchievementId>(), Array.Empty<int[]>());

    /// <summary>The nodes, in id order (index i is <c>Ids[i]</c>).</summary>
    public AchievementId[] Ids { get; }

    public int Count => Ids.Length;

    /// <summary>What node i depends on, as sorted indices without repeats.</summary>
    public int[][] Dependencies { get; }

    /// <summary>What depends on node i, as sorted indices without repeats.</summary>
    public int[][] Dependents { get; }

    /// <summary>1 + the longest dependency path below each node; null in or behind a cycle.</summary>
    public int?[] Waves { get; }

    public int WaveCount { get; }

    /// <summary>Each cycle as a path of ids, the first repeated at the end (one per cyclic component, by smallest id).</summary>
    public IReadOnlyList<AchievementId[]> Cycles { get; }

    /// <summary>The same cycles as node indices.</summary>
    public IReadOnlyList<int[]> CycleIndices { get; }

    public bool IsAcyclic => Cycles.Count == 0;

    /// <summary>The levelled nodes by wave, then id: every dependency comes before its dependents. Nodes in or behind a cycle are left out.</summary>
    public int[] TopologicalOrder => _topological ??= Enumerable.Range(0, Count)
        .Where(i => Waves[i] != null).OrderBy(i => Waves[i]).ThenBy(i => Ids[i]).ToArray();

    public bool TryIndex(AchievementId id, out int index) => _index.TryGetValue(id, out index);

    public int IndexOf(AchievementId id) => _index[id];

    public bool Contains(AchievementId id) => _index.ContainsKey(id);

    /// <summary>
    /// Builds a graph over <paramref name="ids"/> (any order; sorted here) where <c>dependencies(id)</c> names what an id
    /// depends on. Names that are not nodes, and a node naming itself, are left out: callers report those.
    /// </summary>
    public static PlanGraph Build(IReadOnlyList<AchievementId> ids, Func<AchievementId, IEnumerable<AchievementId>> dependencies)
    {
        var sorted = ids.Distinct().OrderBy(i => i).ToArray();
        var index = IndexMap(sorted);
        var deps = new int[sorted.Length][];
        for (int i = 0; i < sorted.Length; i++)
        {
            var set = new SortedSet<int>();
            foreach (var d in dependencies(sorted[i]))
                if (index.TryGetValue(d, out var j) && j != i) set.Add(j);
            deps[i] = set.Count == 0 ? Array.Empty<int>() : set.ToArray();
        }
        return FromIndices(sorted, index, deps);
    }

    /// <summary>Builds a graph from ids already in id order and sorted, duplicate-free dependency indices (the plan builder's).</summary>
    public static PlanGraph Build(AchievementId[] sortedIds, int[][] dependencies) =>
        FromIndices(sortedIds, IndexMap(sortedIds), dependencies);

    /// <summary>
    /// Throws CircularDependency when the graph has a cycle: one error, the same words and the same suggested cut
    /// whichever command refuses the plan. <paramref name="refusal"/> says why a cycle stops it ("a cycle has no schedule
    /// to measure"), <paramref name="then"/> what to do after the fix ("Then measure again.").
    /// </summary>
    public void RequireAcyclic(string planName, string path, string refusal, string then)
    {
        if (IsAcyclic) return;
        var cycle = CycleText.Path(Cycles[0]);
        throw ParallelExecException.Create(ErrorCodes.CircularDependency,
            $"{planName} has a circular dependency ({cycle}); {refusal}.", path,
            CycleText.Suggestion(Cycles[0]) + " " + then, target: cycle);
    }

    private static Dictionary<AchievementId, int> IndexMap(AchievementId[] ids)
    {
        var index = new Dictionary<AchievementId, int>(ids.Length);
        for (int i = 0; i < ids.Length; i++) index[ids[i]] = i;
        return index;
    }

    private static PlanGraph FromIndices(AchievementId[] ids, Dictionary<AchievementId, int> index, int[][] deps)
    {
        int n = ids.Length;
        var count = new int[n];
        foreach (var list in deps)
            foreach (var d in list) count[d]++;
        var dependents = new int[n][];
        for (int i = 0; i < n; i++) dependents[i] = count[i] == 0 ? Array.Empty<int>() : new int[count[i]];
        Array.Clear(count, 0, n);
        for (int i = 0; i < n; i++)
            foreach (var d in deps[i]) dependents[d][count[d]++] = i; // i ascending: each list comes out sorted
        return new PlanGraph(ids, index, deps, dependents, DependencyGraph.Level(deps));
    }
}
