using System.Collections.Generic;

namespace ParallelExec.Prompts;

/// <summary>
/// What a SUBPLAN or EXECUTION batch covers, chosen from the plan's statuses before any text is written: the
/// achievements it asks for (each with what to create), and the ones left out with why.
/// </summary>
internal sealed class BatchSelection
{
    public BatchSelection(BatchPromptKind kind, ParallelPlan plan, IReadOnlyCollection<Achievement> requested,
        IReadOnlyList<BatchItem> items, SkippedAchievement[] skipped)
    {
        Kind = kind;
        Plan = plan;
        Requested = requested;
        Items = items;
        Skipped = skipped;
    }

    public BatchPromptKind Kind { get; }
    public ParallelPlan Plan { get; }

    /// <summary>The achievements asked about, in the order they were asked for (the prompt's title names them).</summary>
    public IReadOnlyCollection<Achievement> Requested { get; }

    /// <summary>The achievements the batch asks for, in id order.</summary>
    public IReadOnlyList<BatchItem> Items { get; }

    public SkippedAchievement[] Skipped { get; }
}
