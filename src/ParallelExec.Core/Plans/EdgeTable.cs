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
    private readonly int _nodes;
    private readonly Dictionary<long, EdgeProvenance> _edges = new Dictionary<long, EdgeProvenance>(EdgeKeyComparer.Instance);

    /// <param name="nodes">How many achievements the plan has (edges are between their indices).</param>
    /// <param name="stated">How many edges the definitions and the registry state (duplicates included): the table is
    /// made that size at once instead of growing by doubling, which for 100,000 achievements copied it five times.</param>
    public EdgeTable(int nodes, int stated = 0)
    {
        _nodes = nodes;
        if (stated > 0) _edges.EnsureCapacity(stated);
    }

    /// <summary>Node <paramref name="from"/> depends on node <paramref name="to"/>.</summary>
    public void Add(int from, int to, EdgeProvenance provenance)
    {
        long key = ((long)from << 32) | (uint)to;
        _edges[key] = _edges.TryGetValue(key, out var existing) ? existing | provenance : provenance;
    }

    /// <summary>
    /// What each node depends on, as sorted indices in exact-size arrays (no per-node lists); with the provenance of
    /// each of those edges, flat and in the same order (node <c>i</c>'s run from <paramref name="starts"/>[i]).
    /// No DependencyEdge is made here: an achievement makes its own when they are asked for.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int[][] Adjacency(out EdgeProvenance[] provenances, out int[] starts)
    {
        int n = _nodes;
        starts = new int[n + 1];
        foreach (var key in _edges.Keys) starts[(int)(key >> 32) + 1]++;
        for (int i = 0; i < n; i++) starts[i + 1] += starts[i];
        var to = new int[_edges.Count];
        provenances = _edges.Count == 0 ? Array.Empty<EdgeProvenance>() : new EdgeProvenance[_edges.Count];
        var fill = new int[n];
        foreach (var kv in _edges)
        {
            int from = (int)(kv.Key >> 32), at = starts[from] + fill[from]++;
            to[at] = (int)(kv.Key & 0xFFFFFFFF);
            provenances[at] = kv.Value;
        }
        var deps = new int[n][];
        for (int i = 0; i < n; i++)
        {
            int length = starts[i + 1] - starts[i];
            if (length > 1) Array.Sort(to, provenances, starts[i], length);
            deps[i] = length == 0 ? Array.Empty<int>() : to.AsSpan(starts[i], length).ToArray();
        }
        return deps;
    }
}
