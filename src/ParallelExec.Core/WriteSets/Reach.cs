using System.Collections;
using System.Collections.Generic;

namespace ParallelExec.WriteSets;

/// <summary>
/// Whether two achievements of a plan (by their index in <c>plan.Achievements</c>) are ordered by its dependencies,
/// walked from those asked about only and memoised per node, so that a large plan asked about few costs little.
/// The conflict finder and the executions' exclusions both ask it.
/// </summary>
internal sealed class Reach
{
    private readonly int[][]? _deps;
    private readonly Dictionary<int, BitArray> _below = new();
    private readonly int _n;

    public Reach(ParallelPlan plan)
    {
        _n = plan.Achievements.Count;
        _deps = plan.Graph.Count == _n ? plan.Graph.Dependencies : null;
    }

    /// <summary>Neither depends on the other, directly or not (true when the graph does not cover the plan).</summary>
    public bool Concurrent(int i, int j) => _deps == null || !Below(i)[j] && !Below(j)[i];

    private BitArray Below(int i)
    {
        if (_below.TryGetValue(i, out var set)) return set;
        set = new BitArray(_n);
        var stack = new Stack<int>();
        stack.Push(i);
        while (stack.Count > 0)
            foreach (var d in _deps![stack.Pop()])
                if (!set[d]) { set[d] = true; stack.Push(d); }
        return _below[i] = set;
    }
}
