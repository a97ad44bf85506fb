using System;

namespace ParallelExec.Run;

/// <summary>An attempt under way: its action, and what its progress bar shows.</summary>
internal sealed class RunningAttempt
{
    public RunningAttempt(IRunAction action, Achievement achievement, int attempt, DateTime startedAt)
    {
        Action = action;
        Achievement = achievement;
        Attempt = attempt;
        StartedAt = startedAt;
    }

    public IRunAction Action { get; }
    public Achievement Achievement { get; }
    public int Attempt { get; }
    public DateTime StartedAt { get; }
}
