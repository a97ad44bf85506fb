using System;
using System.Linq;
using ParallelExec.Diagnostics;

namespace ParallelExec.Run;

/// <summary>What the engine does when an attempt succeeded under -Merge, and the error a failed achievement reports.</summary>
internal static class MergeSteps
{
    /// <summary>Merges the achievement's branch; returns the error that fails it (final: a conflict is not retried), or null.</summary>
    public static (string? Error, bool Final) Integrate(MergeQueue queue, Achievement a, RunResult r, IRunHost host)
    {
        var outcome = queue.Merge(a);
        if (outcome.ConflictFiles.Length > 0)
        {
            r.ConflictFiles = outcome.ConflictFiles;
            return ($"MergeConflict: merging {r.Branch} into the current branch conflicts in {string.Join(", ", outcome.ConflictFiles)}; " +
                    "the current branch is unchanged, the branch and its worktree are kept.", true);
        }
        if (outcome.Failure != null) return (outcome.Failure, true);
        r.MergeCommit = outcome.Commit;
        r.ScopeDrift = outcome.ScopeDrift;
        host.Verbose($"{r.PlanName} {r.Key}: merged {r.Branch} into the current branch ({outcome.Commit}).");
        if (outcome.ScopeDrift.Length > 0)
            host.Warning(new PlanDiagnostic(DiagnosticSeverity.Warning, ErrorCodes.ScopeDrift,
                $"{r.PlanName} {r.Key} changed files outside its declared write-set: {string.Join(", ", outcome.ScopeDrift)}.", target: r.Branch));
        return (null, false);
    }

    /// <summary>The non-terminating error of a failed achievement (so $? is false), with its id and what to do.</summary>
    public static ParallelExecException Failure(RunResult r)
    {
        if (r.ConflictFiles.Length > 0)
            return ParallelExecException.Create(ErrorCodes.MergeConflict, $"{r.PlanName} {r.Key}: {r.Error}", r.Branch ?? r.Id,
                $"Merge {r.Branch} by hand (git merge {r.Branch}), resolve {string.Join(", ", r.ConflictFiles)}, commit, then rerun with -Resume.");
        return ParallelExecException.Create(ErrorCodes.AchievementFailed,
            $"{r.PlanName} {r.Key} failed after {r.Attempts} attempt{(r.Attempts == 1 ? "" : "s")}: {r.Error}", r.LogPath ?? r.Id,
            $"Read its log ({r.LogPath}), fix the cause, then rerun with -Resume to run only it and its dependents.");
    }
}
