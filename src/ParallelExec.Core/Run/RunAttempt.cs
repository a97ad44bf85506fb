namespace ParallelExec.Run;

/// <summary>One attempt to start: the achievement, its prompt, and where it runs and logs.</summary>
internal sealed class RunAttempt
{
    public RunAttempt(ParallelPlan plan, Achievement achievement, int attempt, string? prompt, string logPath, string workingDirectory,
        string planRoot)
    {
        Plan = plan;
        Achievement = achievement;
        Attempt = attempt;
        Prompt = prompt;
        LogPath = logPath;
        WorkingDirectory = workingDirectory;
        PlanRoot = planRoot;
    }

    public ParallelPlan Plan { get; }
    public Achievement Achievement { get; }

    /// <summary>1 for the first attempt, 2 for the first retry …</summary>
    public int Attempt { get; }

    /// <summary>The achievement's execution prompt; null when it has none (no SUBPLAN yet).</summary>
    public string? Prompt { get; }

    /// <summary>The attempt's log, <c>&lt;plan root&gt;/.parallel/runs/&lt;run&gt;/&lt;id&gt;.log</c> (appended to by each attempt).</summary>
    public string LogPath { get; }

    /// <summary>The caller's location, or the achievement's worktree.</summary>
    public string WorkingDirectory { get; }

    /// <summary>The plan root as the action sees it (inside the worktree with -Worktree).</summary>
    public string PlanRoot { get; }
}
