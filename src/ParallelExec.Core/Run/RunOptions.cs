namespace ParallelExec.Run;

/// <summary>How a run goes: Invoke-ParallelPlan's -ThrottleLimit, -MaxAttempts, -Worktree and -Cleanup.</summary>
internal sealed class RunOptions
{
    public RunOptions(int throttleLimit, int maxAttempts, string callerLocation, string? git = null, bool cleanup = false)
    {
        ThrottleLimit = throttleLimit;
        MaxAttempts = maxAttempts;
        CallerLocation = callerLocation;
        Git = git;
        Cleanup = cleanup;
    }

    public int ThrottleLimit { get; }
    public int MaxAttempts { get; }

    /// <summary>Where each action runs without worktrees: the caller's current folder.</summary>
    public string CallerLocation { get; }

    /// <summary>The git program with -Worktree (one worktree per achievement); null without.</summary>
    public string? Git { get; }

    /// <summary>Remove the clean worktrees at the end (-Cleanup).</summary>
    public bool Cleanup { get; }
}
