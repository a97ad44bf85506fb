namespace ParallelExec;

/// <summary>What a batch prompt asks an LLM to produce.</summary>
public enum BatchPromptKind
{
    /// <summary>A parallel.json for a whole plan (the seed's --parallel-upgrade).</summary>
    Discovery,
    /// <summary>The missing SUBPLANs of a batch of achievements.</summary>
    Subplan,
    /// <summary>The missing EXECUTION_TASKs of a batch of achievements.</summary>
    Execution,
}
