using System.Collections.Generic;

namespace ParallelExec.Prompts;

/// <summary>One achievement of a batch: the files to create for it and what its dependencies say.</summary>
internal abstract class BatchItem
{
    protected BatchItem(Achievement achievement, string dependencies, bool waiting)
    {
        Achievement = achievement;
        Dependencies = dependencies;
        Waiting = waiting;
    }

    public Achievement Achievement { get; }

    /// <summary>The full paths of the files the LLM is asked to create (or to fill in, for an unfilled scaffold).</summary>
    public abstract IReadOnlyList<string> Targets { get; }

    /// <summary>Its dependencies with their statuses ("1.1 (complete), 1.2 (not_started)"), or "none".</summary>
    public string Dependencies { get; }

    /// <summary>True when its dependencies are not complete yet.</summary>
    public bool Waiting { get; }
}
