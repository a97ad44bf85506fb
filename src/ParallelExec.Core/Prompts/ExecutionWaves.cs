using System;
using System.Collections.Generic;
using System.Linq;

namespace ParallelExec.Prompts;

/// <summary>Groups the executions still to create by wave of their SUBPLAN's table: each group may run at the same time.</summary>
internal static class ExecutionWaves
{
    public static ExecutionToCreate[][] Group(PlannedExecution[] planned, ExecutionToCreate[] missing)
    {
        var byNumber = planned.ToDictionary(p => p.Number);
        var wave = new Dictionary<int, int>();
        int WaveOf(int n, int depth)
        {
            if (wave.TryGetValue(n, out var w)) return w;
            if (depth > planned.Length || !byNumber.TryGetValue(n, out var p)) return 0;
            int best = 0;
            foreach (var d in p.DependsOn) best = Math.Max(best, WaveOf(d, depth + 1));
            wave[n] = best + 1;
            return best + 1;
        }
        return missing.GroupBy(p => WaveOf(p.Number, 0)).OrderBy(g => g.Key).Select(g => g.ToArray()).ToArray();
    }
}
