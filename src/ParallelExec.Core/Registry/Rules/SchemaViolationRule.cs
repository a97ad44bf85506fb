using System.Collections.Generic;
using ParallelExec.Diagnostics;

namespace ParallelExec.Registry.Rules;

/// <summary>
/// SchemaViolation: what NJsonSchema finds against schemas/parallel.schema.json. A document the fast pass read is
/// one the schema accepts, so NJsonSchema (loaded on first use) runs only on the full path.
/// </summary>
internal sealed class SchemaViolationRule : RegistryRule
{
    public override ErrorCode Code => ErrorCodes.SchemaViolation;

    public override void Check(RegistryRuleContext context, RuleRecords records)
    {
        if (context.Tree == null || context.IsLegacy) return;
        var found = new List<ValidationRecord>();
        SchemaCheck.Validate(context.Tree, context.Path, context.Options.MaxSchemaRecords, found);
        foreach (var r in found) records.Add(new Discovery(CheckPass.Document), r);
    }
}
