using System.Linq;

namespace ParallelExec.Run;

/// <summary>The one line a run stopped by Ctrl+C leaves on the host.</summary>
internal static class RunSummary
{
    public static string Stopped(PlanRun run)
    {
        var results = run.Results.ToList();
        int Count(RunState s) => results.Count(r => r.ResultValue == s);
        return $"Run of {run.Plan.Name} stopped: {Count(RunState.Succeeded)} succeeded, {Count(RunState.Failed) + Count(RunState.MergeConflict)} failed, " +
               $"{Count(RunState.Cancelled)} cancelled, {Count(RunState.Blocked)} blocked of {results.Count}; record in {run.LogFolder}.json (continue with -Resume).";
    }
}
