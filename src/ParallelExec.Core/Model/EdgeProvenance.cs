using System;
using System.Collections.Generic;

namespace ParallelExec;

/// <summary>Where a dependency edge comes from. An edge stated twice carries both flags.</summary>
[Flags]
public enum EdgeProvenance
{
    None = 0,
    /// <summary>A <c>**Dependencies**:</c> line of the PLAN.</summary>
    Declared = 1,
    /// <summary>A <c>**Blocks**:</c> line of the PLAN, read in reverse.</summary>
    Blocks = 2,
    /// <summary>The plan's <c>parallel.json</c>.</summary>
    Registry = 4,
    /// <summary>Assumed by <c>-Assume</c> because nothing was declared.</summary>
    Inferred = 8,
}
