namespace ParallelExec.Run;

/// <summary>The outcome of integrating one branch: merged (commit), conflicting (files), or failed (message).</summary>
internal sealed record MergeOutcome(string? Commit, string[] ConflictFiles, string? Failure, string[] ScopeDrift);
