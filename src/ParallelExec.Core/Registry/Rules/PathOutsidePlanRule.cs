using System.Collections.Generic;
using ParallelExec.Diagnostics;

namespace ParallelExec.Registry.Rules;

/// <summary>PathOutsidePlan: a subplan_path or execution_paths entry that leads outside the plan folder, or is no valid path.</summary>
internal sealed class PathOutsidePlanRule : RegistryRule
{
    public override ErrorCode Code => ErrorCodes.PathOutsidePlan;

    public override void Check(RegistryRuleContext context, RuleRecords records)
    {
        var paths = context.Paths;
        for (int k = 0; k < paths.Count; k++)
        {
            var (e, p, resolved, problem) = paths[k];
            if (resolved != null) continue;
            records.Add(new Discovery(CheckPass.Paths, 0, k), Record(context, DiagnosticSeverity.Error,
                $"{p.Field} of {e.IdText} is \"{RegistryText.Shorten(p.Value)}\": {problem}", p.At, e.IdText,
                "Give the path relative to the plan folder (for example subplans/SUBPLAN_<NAME>_11.md).", e.JsonPath + "." + p.Field));
        }
    }
}
