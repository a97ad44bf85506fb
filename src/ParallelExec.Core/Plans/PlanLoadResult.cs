using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace ParallelExec.Plans;

/// <summary>What one input path yielded: plans, and findings about them (warnings and non-fatal errors).</summary>
internal sealed class PlanLoadResult
{
    public List<ParallelPlan> Plans { get; } = new List<ParallelPlan>();
    public List<PlanDiagnostic> Diagnostics { get; } = new List<PlanDiagnostic>();
}
