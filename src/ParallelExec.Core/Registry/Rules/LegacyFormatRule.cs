using System.Collections.Generic;
using ParallelExec.Diagnostics;

namespace ParallelExec.Registry.Rules;

/// <summary>LegacyFormat: the registry is in the older flat form (plan_name, achievements[] with achievement_id).</summary>
internal sealed class LegacyFormatRule : RegistryRule
{
    public override ErrorCode Code => ErrorCodes.LegacyFormat;

    public override void Check(RegistryRuleContext context, RuleRecords records)
    {
        if (!context.IsLegacy) return;
        var root = context.Document.RootAt;
        records.Add(new Discovery(CheckPass.Document), Record(context, DiagnosticSeverity.Warning,
            "This registry uses the older flat form (plan_name, achievements[] with achievement_id); it was read and checked against schemas/parallel.flat.schema.json, but it is not the schema's form.",
            root.IsKnown ? root.Line : null, 1, null,
            $"Convert it: Export-ParallelJson -Path '{context.Path}' -Force writes the schema's form (levels computed from its dependencies)."));
    }
}
