using System.Collections.Generic;
using ParallelExec.Diagnostics;

namespace ParallelExec.Registry.Rules;

/// <summary>DuplicateId: an id registered more than once (the first entry is the one the graph uses).</summary>
internal sealed class DuplicateIdRule : RegistryRule
{
    public override ErrorCode Code => ErrorCodes.DuplicateId;

    public override void Check(RegistryRuleContext context, RuleRecords records)
    {
        foreach (var e in context.Duplicates)
            records.Add(new Discovery(CheckPass.Ids), Record(context, DiagnosticSeverity.Error,
                $"Achievement {e.Id} is registered more than once (first at line {context.EntryOf(e.Id).At.Line}).", e.At, e.IdText,
                "Keep one entry per achievement and merge their dependencies.", e.JsonPath));
    }
}
