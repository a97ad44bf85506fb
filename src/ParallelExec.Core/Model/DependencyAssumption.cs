using System;
using System.Collections.Generic;

namespace ParallelExec;

/// <summary>How to fill in dependencies that a plan does not declare.</summary>
public enum DependencyAssumption
{
    /// <summary>Each undeclared achievement depends on the one before it in document order.</summary>
    Sequential,
    /// <summary>Each undeclared achievement depends on every achievement of the previous priority.</summary>
    PriorityTier,
    /// <summary>Undeclared achievements depend on nothing.</summary>
    Independent,
}
