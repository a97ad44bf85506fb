namespace ParallelExec.WriteSets;

/// <summary>Where an achievement's write-set came from.</summary>
internal enum WriteSetSource
{
    /// <summary>Nothing declares what it writes.</summary>
    None,

    /// <summary>Backticked paths in its PLAN entry and its SUBPLAN.</summary>
    Documents,

    /// <summary>The <c>files</c> array of its parallel.json entry (authoritative).</summary>
    Registry,
}
