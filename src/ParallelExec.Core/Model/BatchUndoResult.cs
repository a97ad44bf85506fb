namespace ParallelExec;

/// <summary>One file of an undone batch and what happened to it.</summary>
public sealed class BatchUndoResult
{
    internal BatchUndoResult(string batchId, string path, string relativePath, BatchUndoAction action, string reason)
    {
        BatchId = batchId;
        Path = path;
        RelativePath = relativePath;
        ActionValue = action;
        Reason = reason;
    }

    public string BatchId { get; }
    public string Path { get; }

    /// <summary>The path relative to the plan root, as the batch record holds it.</summary>
    public string RelativePath { get; }
    public string Action => ActionValue.ToString();

    internal BatchUndoAction ActionValue { get; }
    public string Reason { get; }

    public override string ToString() => $"{ActionValue} {Path}";
}
