namespace ParallelExec.Prompts;

/// <summary>Options of a batch SUBPLAN or EXECUTION prompt.</summary>
internal sealed class PromptOptions
{
    /// <summary>Split the batch into several prompts of at most this many characters; null for one prompt.</summary>
    public int? MaxCharacters { get; set; }

    /// <summary>EXECUTION prompts: include achievements whose dependencies are not complete yet.</summary>
    public bool IgnoreDependencies { get; set; }

    /// <summary>EXECUTION prompts: an achievement without a SUBPLAN is an error rather than a skip.</summary>
    public bool Strict { get; set; }
}
