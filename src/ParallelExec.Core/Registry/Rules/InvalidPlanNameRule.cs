using ParallelExec.Diagnostics;

namespace ParallelExec.Registry.Rules;

/// <summary>
/// InvalidPlanName: the registry's plan name (<c>plan</c>, or <c>plan_name</c> in the flat form) cannot be part of a file
/// name — it holds a NUL or another control character, or a path separator. The readers ignore it and name the plan after
/// its folder.
/// </summary>
internal sealed class InvalidPlanNameRule : RegistryRule
{
    public override ErrorCode Code => ErrorCodes.InvalidPlanName;

    public override void Check(RegistryRuleContext context, RuleRecords records)
    {
        if (context.Document.UnusablePlanName is not { } name) return;
        records.Add(new Discovery(CheckPass.Document, 2), Record(context, DiagnosticSeverity.Error,
            $"The plan name {RegistryText.Quote(name.Text)} cannot be part of a file name (PLAN_<NAME>.md): it holds a control character or a path separator.",
            name.At, null, "Write the plan name as in PLAN_<NAME>.md: letters, digits, '-' and '_'.", context.IsLegacy ? "plan_name" : "plan"));
    }
}
