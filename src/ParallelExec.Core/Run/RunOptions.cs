namespace ParallelExec.Run;

/// <summary>How a run goes: Invoke-ParallelPlan's -ThrottleLimit, -MaxAttempts, -Worktree and -Cleanup.</summary>
/// <param name="ThrottleLimit">How many actions run at once, at most.</param>
/// <param name="MaxAttempts">How many times a failing achievement is tried.</param>
/// <param name="CallerLocation">Where each action runs without worktrees: the caller's current folder.</param>
/// <param name="Git">The git program with -Worktree (one worktree per achievement); null without.</param>
/// <param name="Cleanup">Remove the clean worktrees at the end (-Cleanup).</param>
/// <param name="Merge">Merge each successful branch into the current branch (-Merge, <see cref="MergeQueue"/>).</param>
/// <param name="Resume">Count the successes of the latest run (-Resume, <see cref="RunResume"/>).</param>
internal sealed record RunOptions(int ThrottleLimit, int MaxAttempts, string CallerLocation, string? Git = null, bool Cleanup = false,
    bool Merge = false, bool Resume = false)
{
    /// <summary>-IgnoreConflicts: achievements that write the same files may overlap (<see cref="ExclusionSource"/>).</summary>
    public bool IgnoreConflicts { get; init; }
}
