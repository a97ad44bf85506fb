using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace ParallelExec.Graph;

/// <summary>
/// Levelling and cycle finding on a graph of n nodes where <c>deps[i]</c> lists what node i depends on.
/// Everything is iterative: a 100,000-long chain needs no deeper stack than a single node.
/// </summary>
internal static class DependencyGraph
{
    public sealed class Result
    {
        internal Result(int?[] waves, List<int[]> cycles, int waveCount)
        {
            Waves = waves;
            Cycles = cycles;
            WaveCount = waveCount;
        }

        /// <summary>1-based longest-path layer per node; null for nodes in or behind a cycle.</summary>
        public int?[] Waves { get; }

        /// <summary>One cycle per strongly connected component, as node indices with the first repeated at the end.</summary>
        public List<int[]> Cycles { get; }

        public int WaveCount { get; }
    }

    /// <summary>Kahn's algorithm over the reversed edges: each node's wave is 1 + the highest wave it depends on.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Result Level(IReadOnlyList<int[]> deps)
    {
        int n = deps.Count;
        var remaining = new int[n];
        for (int i = 0; i < n; i++) remaining[i] = deps[i].Length;
        var rev = Reverse(deps, out var offset);

        var wave = new int[n];
        var queue = new int[n];
        int head = 0, tail = 0;
        for (int i = 0; i < n; i++)
            if (remaining[i] == 0) { wave[i] = 1; queue[tail++] = i; }
        int maxWave = 0;
        while (head < tail)
        {
            int u = queue[head++];
            if (wave[u] > maxWave) maxWave = wave[u];
            for (int k = offset[u]; k < offset[u + 1]; k++)
            {
                int v = rev[k];
                if (wave[u] + 1 > wave[v]) wave[v] = wave[u] + 1;
                if (--remaining[v] == 0) queue[tail++] = v;
            }
        }

        var result = new int?[n];
        for (int i = 0; i < n; i++) result[i] = remaining[i] == 0 ? wave[i] : (int?)null;
        var cycles = tail == n ? new List<int[]>() : FindCycles(deps, remaining);
        return new Result(result, cycles, maxWave);
    }

    /// <summary>The reverse adjacency in one flat array (CSR): the dependents of d are <c>rev[offset[d] .. offset[d+1])</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] Reverse(IReadOnlyList<int[]> deps, out int[] offset)
    {
        int n = deps.Count;
        var dependentCount = new int[n];
        for (int i = 0; i < n; i++)
            foreach (var d in deps[i]) dependentCount[d]++;
        offset = new int[n + 1];
        for (int i = 0; i < n; i++) offset[i + 1] = offset[i] + dependentCount[i];
        var fill = new int[n];
        var rev = new int[offset[n]];
        for (int i = 0; i < n; i++)
            foreach (var d in deps[i]) rev[offset[d] + fill[d]++] = i;
        return rev;
    }

    /// <summary>Over the nodes Kahn's algorithm could not place: one shortest cycle per cyclic component, by first node.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<int[]> FindCycles(IReadOnlyList<int[]> deps, int[] remaining)
    {
        int n = deps.Count;
        var components = new CyclicComponents(deps, remaining).Find();
        var cycles = new List<int[]>(components.Count);
        var inComp = new int[n];
        for (int i = 0; i < n; i++) inComp[i] = -1;
        for (int c = 0; c < components.Count; c++)
            foreach (var x in components[c]) inComp[x] = c;
        var parentOf = new int[n];
        for (int c = 0; c < components.Count; c++)
        {
            var comp = components[c];
            int start = comp[0];
            foreach (var x in comp) if (x < start) start = x;
            cycles.Add(ShortestCycle(deps, start, c, inComp, parentOf));
        }
        cycles.Sort((a, b) => a[0].CompareTo(b[0]));
        return cycles;
    }

    /// <summary>Breadth-first search inside one component for the shortest path from start back to start.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] ShortestCycle(IReadOnlyList<int[]> deps, int start, int comp, int[] inComp, int[] parentOf)
    {
        if (Array.IndexOf(deps[start], start) >= 0) return new[] { start, start };
        var seen = new HashSet<int> { start };
        var queue = new Queue<int>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            int u = queue.Dequeue();
            foreach (var v in deps[u])
            {
                if (inComp[v] != comp) continue;
                if (v == start) return CyclePath(start, u, parentOf);
                if (seen.Add(v))
                {
                    parentOf[v] = u;
                    queue.Enqueue(v);
                }
            }
        }
        return new[] { start, start };
    }

    /// <summary>start, then the search's path from start to <paramref name="last"/> (which depends on start), then start again.</summary>
    private static int[] CyclePath(int start, int last, int[] parentOf)
    {
        int length = 2;
        for (int x = last; x != start; x = parentOf[x]) length++;
        // Walking parents from last gives the path backwards: fill it from the end.
        var result = new int[length];
        result[0] = start;
        result[length - 1] = start;
        int k = length - 2;
        for (int x = last; x != start; x = parentOf[x]) result[k--] = x;
        return result;
    }

    /// <summary>
    /// Iterative Tarjan over the unplaced nodes: the strongly connected components that hold a cycle (more than one
    /// node, or a node depending on itself). Levelled nodes cannot be on a cycle and are never entered.
    /// </summary>
    private sealed class CyclicComponents
    {
        private readonly IReadOnlyList<int[]> _deps;
        private readonly int[] _remaining;
        private readonly int[] _index;
        private readonly int[] _low;
        private readonly bool[] _onStack;
        private readonly Stack<int> _stack = new Stack<int>();
        private readonly Stack<(int Node, int Next)> _call = new Stack<(int Node, int Next)>();
        private readonly List<List<int>> _components = new List<List<int>>();
        private int _counter;

        public CyclicComponents(IReadOnlyList<int[]> deps, int[] remaining)
        {
            _deps = deps;
            _remaining = remaining;
            int n = deps.Count;
            _index = new int[n];
            _low = new int[n];
            _onStack = new bool[n];
            for (int i = 0; i < n; i++) _index[i] = -1;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public List<List<int>> Find()
        {
            for (int root = 0; root < _deps.Count; root++)
            {
                if (_remaining[root] != 0 && _index[root] < 0) Visit(root);
            }
            return _components;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Visit(int root)
        {
            _call.Push((root, 0));
            Enter(root);
            while (_call.Count > 0)
            {
                var (u, next) = _call.Pop();
                if (Descend(u, next)) continue;
                if (_low[u] == _index[u]) PopComponent(u);
                if (_call.Count > 0)
                {
                    var parent = _call.Peek().Node;
                    if (_low[u] < _low[parent]) _low[parent] = _low[u];
                }
            }
        }

        /// <summary>Goes on with u's dependencies from <paramref name="next"/>; true when it stepped down into one.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private bool Descend(int u, int next)
        {
            var du = _deps[u];
            while (next < du.Length)
            {
                int v = du[next++];
                if (_remaining[v] == 0) continue;
                if (_index[v] < 0)
                {
                    _call.Push((u, next));
                    Enter(v);
                    _call.Push((v, 0));
                    return true;
                }
                if (_onStack[v] && _index[v] < _low[u]) _low[u] = _index[v];
            }
            return false;
        }

        private void Enter(int v)
        {
            _index[v] = _low[v] = _counter++;
            _stack.Push(v);
            _onStack[v] = true;
        }

        private void PopComponent(int u)
        {
            var comp = new List<int>();
            int w;
            do
            {
                w = _stack.Pop();
                _onStack[w] = false;
                comp.Add(w);
            } while (w != u);
            if (comp.Count > 1 || Array.IndexOf(_deps[u], u) >= 0) _components.Add(comp);
        }
    }
}
