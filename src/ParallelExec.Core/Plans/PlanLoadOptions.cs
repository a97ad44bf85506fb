using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using ParallelExec.Status;

namespace ParallelExec.Plans;

internal sealed class PlanLoadOptions
{
    public DependencyAssumption Assumption { get; set; } = DependencyAssumption.Sequential;
    public bool Recurse { get; set; }
    public long MaxFileBytes { get; set; } = PlanText.DefaultMaxBytes;

    /// <summary>Read the PLAN alone, even when a parallel.json sits beside it (to compare the two).</summary>
    public bool IgnoreRegistry { get; set; }

    /// <summary>Derive each achievement's status from the files below its plan root (default true).</summary>
    public bool ResolveStatus { get; set; } = true;

    /// <summary>Shares plan-root scans between the plans of one command; null scans each plan's root afresh.</summary>
    public StatusScanCache? StatusCache { get; set; }
}
