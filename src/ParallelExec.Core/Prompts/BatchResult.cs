namespace ParallelExec.Prompts;

/// <summary>What a batch request came to: the prompts (none when nothing is left to create) and what was left out.</summary>
internal sealed class BatchResult
{
    internal BatchResult(BatchPrompt[] prompts, SkippedAchievement[] skipped)
    {
        Prompts = prompts;
        Skipped = skipped;
    }

    public BatchPrompt[] Prompts { get; }
    public SkippedAchievement[] Skipped { get; }
}
