namespace ParallelExec.Run;

/// <summary>One attempt to start: the achievement, its prompt, and where it runs and logs.</summary>
/// <param name="Plan">The plan of the run.</param>
/// <param name="Achievement">The achievement to run.</param>
/// <param name="Attempt">1 for the first attempt, 2 for the first retry …</param>
/// <param name="Prompt">The achievement's execution prompt; null when it has none (no SUBPLAN yet).</param>
/// <param name="LogPath">The log, <c>&lt;plan root&gt;/.parallel/runs/&lt;run&gt;/&lt;id&gt;.log</c> (each attempt appends to it).</param>
/// <param name="WorkingDirectory">The caller's location, or the achievement's worktree.</param>
/// <param name="PlanRoot">The plan root as the action sees it (inside the worktree with -Worktree).</param>
/// <param name="Execution">The planned execution this attempt runs (<see cref="ExecutionsAction"/>); null for the whole achievement.</param>
internal sealed record RunAttempt(ParallelPlan Plan, Achievement Achievement, int Attempt, string? Prompt, string LogPath,
    string WorkingDirectory, string PlanRoot, PlannedExecution? Execution = null);
