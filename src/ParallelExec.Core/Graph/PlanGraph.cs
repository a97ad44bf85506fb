using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
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
    private int[]? _waveStarts;
    private int[]? _unlevelled;

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
    public int[] TopologicalOrder
    {
        get
        {
            if (_topological != null) return _topological;
            var order = ByWave(out var starts);
            _waveStarts = starts; // complete before either is published
            return _topological = order;
        }
    }

    /// <summary>
    /// Where each wave starts in <see cref="TopologicalOrder"/>: wave w (1-based) is <c>TopologicalOrder[WaveStarts[w - 1] ..
    /// WaveStarts[w])</c>, its nodes in id order.
    /// </summary>
    public int[] WaveStarts
    {
        get
        {
            _ = TopologicalOrder; // computed with it
            return _waveStarts!;
        }
    }

    /// <summary>The nodes in or behind a cycle (no wave), in id order.</summary>
    public int[] Unlevelled
    {
        get
        {
            if (_unlevelled != null) return _unlevelled;
            int count = Count - TopologicalOrder.Length;
            var result = count == 0 ? Array.Empty<int>() : new int[count];
            for (int i = 0, k = 0; k < count; i++)
                if (Waves[i] == null) result[k++] = i;
            return _unlevelled = result;
        }
    }

    /// <summary>The ids of the given nodes, in their order.</summary>
    public AchievementId[] IdsOf(int[] nodes)
    {
        if (nodes.Length == 0) return Array.Empty<AchievementId>();
        var result = new AchievementId[nodes.Length];
        for (int k = 0; k < nodes.Length; k++) result[k] = Ids[nodes[k]];
        return result;
    }

    public bool TryIndex(AchievementId id, out int index) => _index.TryGetValue(id, out index);

    public int IndexOf(AchievementId id) => _index[id];

    public bool Contains(AchievementId id) => _index.ContainsKey(id);

    /// <summary>
    /// Builds a graph over <paramref name="ids"/> (any order; sorted here) where <c>dependencies(id)</c> names what an id
    /// depends on. Names that are not nodes, and a node naming itself, are left out: callers report those.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PlanGraph Build(IReadOnlyList<AchievementId> ids, Func<AchievementId, IEnumerable<AchievementId>> dependencies)
    {
        var sorted = SortedDistinct(ids);
        var index = IndexMap(sorted);
        var deps = new int[sorted.Length][];
        var buffer = new List<int>();
        for (int i = 0; i < sorted.Length; i++)
        {
            buffer.Clear();
            var named = dependencies(sorted[i]);
            if (named is List<AchievementId> list)
            {
                for (int k = 0; k < list.Count; k++)
                    if (index.TryGetValue(list[k], out var j) && j != i) buffer.Add(j);
            }
            else
            {
                foreach (var d in named)
                    if (index.TryGetValue(d, out var j) && j != i) buffer.Add(j);
            }
            deps[i] = SortedDistinct(buffer);
        }
        return FromIndices(sorted, index, deps);
    }

    /// <summary>The ids sorted, each once.</summary>
    private static AchievementId[] SortedDistinct(IReadOnlyList<AchievementId> ids)
    {
        var all = new AchievementId[ids.Count];
        for (int i = 0; i < all.Length; i++) all[i] = ids[i];
        Array.Sort(all);
        int n = 0;
        for (int i = 0; i < all.Length; i++)
            if (n == 0 || all[i] != all[n - 1]) all[n++] = all[i];
        return n == all.Length ? all : all.AsSpan(0, n).ToArray();
    }

    /// <summary>The indices sorted, each once (a node's dependencies are a handful: sorted in place).</summary>
    private static int[] SortedDistinct(List<int> indices)
    {
        if (indices.Count == 0) return Array.Empty<int>();
        indices.Sort();
        int n = 1;
        for (int k = 1; k < indices.Count; k++)
            if (indices[k] != indices[n - 1]) indices[n++] = indices[k];
        var result = new int[n];
        indices.CopyTo(0, result, 0, n);
        return result;
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

    /// <summary>
    /// The same, with the id → index map the caller already holds (the plan builder needs one before it has edges):
    /// <paramref name="index"/> must map each of <paramref name="sortedIds"/> to its position.
    /// </summary>
    public static PlanGraph Build(AchievementId[] sortedIds, Dictionary<AchievementId, int> index, int[][] dependencies) =>
        FromIndices(sortedIds, index, dependencies);

    /// <summary>A counting sort of the levelled nodes by wave; nodes ascending within a wave, so in id order.</summary>
    private int[] ByWave(out int[] starts)
    {
        starts = new int[WaveCount + 1];
        int levelled = 0;
        foreach (var w in Waves)
            if (w is int wave) { starts[wave]++; levelled++; }
        for (int w = 1; w <= WaveCount; w++) starts[w] += starts[w - 1];
        var order = levelled == 0 ? Array.Empty<int>() : new int[levelled];
        var fill = new int[WaveCount + 1];
        for (int i = 0; i < Waves.Length; i++)
            if (Waves[i] is int wave) order[starts[wave - 1] + fill[wave]++] = i;
        return order;
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
