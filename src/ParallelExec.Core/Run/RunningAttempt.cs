using System;

namespace ParallelExec.Run;

/// <summary>An attempt under way: its action, and what its progress bar shows.</summary>
/// <param name="Action">The running action.</param>
/// <param name="Achievement">The achievement it runs.</param>
/// <param name="Attempt">1 for the first attempt, 2 for the first retry …</param>
/// <param name="StartedAt">When the action was started (UTC).</param>
internal sealed record RunningAttempt(IRunAction Action, Achievement Achievement, int Attempt, DateTime StartedAt);
