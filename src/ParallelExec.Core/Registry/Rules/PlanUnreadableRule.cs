using System.Collections.Generic;
using ParallelExec.Diagnostics;

namespace ParallelExec.Registry.Rules;

/// <summary>PlanUnreadable: the PLAN to compare with could not be read, so PlanDrift and StatusDrift were not checked.</summary>
internal sealed class PlanUnreadableRule : RegistryRule
{
    public override ErrorCode Code => ErrorCodes.PlanUnreadable;

    public override void Check(RegistryRuleContext context, RuleRecords records)
    {
        if (context.Plan.Error is not { } e) return;
        records.Add(new Discovery(CheckPass.Plan), Record(context, DiagnosticSeverity.Warning, $"The PLAN to compare with could not be read: {e.Message}", null, null, null,
            e.Diagnostic.Suggestion));
    }
}
