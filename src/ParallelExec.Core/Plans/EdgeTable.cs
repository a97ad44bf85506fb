using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace ParallelExec.Plans;

/// <summary>
/// The edges of one plan being built, keyed by (from, to) over the plan's id order: an edge stated twice is one edge
/// carrying both provenances.
/// </summary>
internal sealed class EdgeTable
{
    private readonly AchievementId[] _ids;
    private readonly Dictionary<long, DependencyEdge> _edges = new Dictionary<long, DependencyEdge>(EdgeKeyComparer.Instance);

    /// <param name="ids">The plan's ids in index order.</param>
    /// <param name="stated">How many edges the definitions and the registry state (duplicates included): the table is
    /// made that size at once instead of growing by doubling, which for 100,000 achievements copied it five times.</param>
    public EdgeTable(AchievementId[] ids, int stated = 0)
    {
        _ids = ids;
        if (stated > 0) _edges.EnsureCapacity(stated);
    }

    public int Count => _edges.Count;

    /// <summary>Node <paramref name="from"/> depends on node <paramref name="to"/>.</summary>
    public void Add(int from, int to, EdgeProvenance provenance)
    {
        long key = ((long)from << 32) | (uint)to;
        if (_edges.TryGetValue(key, out var existing)) existing.ProvenanceValue |= provenance;
        else _edges[key] = new DependencyEdge(_ids[from], _ids[to], provenance);
    }

    /// <summary>
    /// As exact-size arrays per node (no per-node lists): what each depends on, as sorted indices, and its incoming
    /// edges in the same order.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int[][] Adjacency(out DependencyEdge[][] inEdges)
    {
        int n = _ids.Length;
        var count = new int[n];
        foreach (var key in _edges.Keys) count[(int)(key >> 32)]++;
        var deps = new int[n][];
        inEdges = new DependencyEdge[n][];
        for (int i = 0; i < n; i++)
        {
            deps[i] = count[i] == 0 ? Array.Empty<int>() : new int[count[i]];
            inEdges[i] = count[i] == 0 ? Array.Empty<DependencyEdge>() : new DependencyEdge[count[i]];
            count[i] = 0;
        }
        foreach (var kv in _edges)
        {
            int from = (int)(kv.Key >> 32), to = (int)(kv.Key & 0xFFFFFFFF);
            inEdges[from][count[from]] = kv.Value;
            deps[from][count[from]++] = to;
        }
        for (int i = 0; i < n; i++)
            if (deps[i].Length > 1) Array.Sort(deps[i], inEdges[i]);
        return deps;
    }
}
