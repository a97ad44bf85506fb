using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace ParallelExec.Graph;

/// <summary>
/// Levelling and cycle finding on a graph of n nodes where <c>deps[i]</c> lists what node i depends on.
/// Everything is iterative: a 100,000-long chain needs no deeper stack than a single node.
/// </summary>
public static class DependencyGraph
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Result Level(IReadOnlyList<int[]> deps)
    {
        int n = deps.Count;
        var remaining = new int[n];
        var dependentCount = new int[n];
        for (int i = 0; i < n; i++)
        {
            remaining[i] = deps[i].Length;
            foreach (var d in deps[i]) dependentCount[d]++;
        }
        // Reverse adjacency in one flat array (CSR): dependents of d are rev[offset[d] .. offset[d+1]).
        var offset = new int[n + 1];
        for (int i = 0; i < n; i++) offset[i + 1] = offset[i] + dependentCount[i];
        var fill = new int[n];
        var rev = new int[offset[n]];
        for (int i = 0; i < n; i++)
            foreach (var d in deps[i]) rev[offset[d] + fill[d]++] = i;

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

    /// <summary>Iterative Tarjan over the nodes Kahn's algorithm could not place; one cycle per cyclic component.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<int[]> FindCycles(IReadOnlyList<int[]> deps, int[] remaining)
    {
        int n = deps.Count;
        var index = new int[n];
        var low = new int[n];
        var onStack = new bool[n];
        for (int i = 0; i < n; i++) index[i] = -1;
        var stack = new Stack<int>();
        var call = new Stack<(int Node, int Next)>();
        var components = new List<List<int>>();
        int counter = 0;

        for (int root = 0; root < n; root++)
        {
            if (remaining[root] == 0 || index[root] >= 0) continue;
            call.Push((root, 0));
            index[root] = low[root] = counter++;
            stack.Push(root);
            onStack[root] = true;
            while (call.Count > 0)
            {
                var (u, next) = call.Pop();
                var du = deps[u];
                bool descended = false;
                while (next < du.Length)
                {
                    int v = du[next++];
                    if (remaining[v] == 0) continue; // levelled nodes cannot be on a cycle
                    if (index[v] < 0)
                    {
                        call.Push((u, next));
                        index[v] = low[v] = counter++;
                        stack.Push(v);
                        onStack[v] = true;
                        call.Push((v, 0));
                        descended = true;
                        break;
                    }
                    if (onStack[v] && index[v] < low[u]) low[u] = index[v];
                }
                if (descended) continue;
                if (low[u] == index[u])
                {
                    var comp = new List<int>();
                    int w;
                    do
                    {
                        w = stack.Pop();
                        onStack[w] = false;
                        comp.Add(w);
                    } while (w != u);
                    if (comp.Count > 1 || Array.IndexOf(deps[u], u) >= 0) components.Add(comp);
                }
                if (call.Count > 0)
                {
                    var parent = call.Peek().Node;
                    if (low[u] < low[parent]) low[parent] = low[u];
                }
            }
        }

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
                if (v == start)
                {
                    var path = new List<int> { start };
                    for (int x = u; x != start; x = parentOf[x]) path.Add(x);
                    path.Add(start);
                    // path holds start, u, parent(u) … reversed: put it in dependency order.
                    var result = new int[path.Count];
                    result[0] = start;
                    for (int k = 1; k < path.Count - 1; k++) result[k] = path[path.Count - 1 - k];
                    result[path.Count - 1] = start;
                    return result;
                }
                if (seen.Add(v))
                {
                    parentOf[v] = u;
                    queue.Enqueue(v);
                }
            }
        }
        return new[] { start, start };
    }
}
