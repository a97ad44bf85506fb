using System;
using System.Collections.Generic;
using System.Linq;

namespace ParallelExec;

/// <summary>Where one achievement of a run stands.</summary>
public enum RunState
{
    /// <summary>Waiting for a dependency.</summary>
    Pending,
    /// <summary>Every dependency is done; waits for a free executor.</summary>
    Ready,
    Running,
    /// <summary>Its action succeeded in this run.</summary>
    Succeeded,
    /// <summary>Its action failed on every attempt.</summary>
    Failed,
    /// <summary>Not started: a dependency failed, sits in a cycle or is outside the run and not complete.</summary>
    Blocked,
    /// <summary>Already complete on disk: not run again.</summary>
    AlreadyComplete,
    /// <summary>Skipped on disk (<c>SKIPPED_NN.md</c>): not run.</summary>
    Skipped,
    /// <summary>Not started because the run was stopped.</summary>
    Cancelled,
    /// <summary>Its action succeeded, but -Merge found a textual conflict: the current branch is untouched, its branch and worktree kept.</summary>
    MergeConflict,
}
