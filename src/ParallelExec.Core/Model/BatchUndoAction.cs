namespace ParallelExec;

/// <summary>What Undo-ParallelBatch did with one file of a batch.</summary>
public enum BatchUndoAction
{
    /// <summary>Unchanged since the batch wrote it: removed.</summary>
    Removed,
    /// <summary>Edited since the batch wrote it: kept.</summary>
    Kept,
    /// <summary>No longer there.</summary>
    AlreadyGone,
    /// <summary>Declined at -Confirm, or only shown with -WhatIf.</summary>
    NotRemoved,
}
