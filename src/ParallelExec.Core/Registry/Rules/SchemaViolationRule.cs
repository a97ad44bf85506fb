using System.Collections.Generic;
using ParallelExec.Diagnostics;

namespace ParallelExec.Registry.Rules;

/// <summary>
/// SchemaViolation: what NJsonSchema finds against the schema of the document's form, schemas/parallel.schema.json or
/// schemas/parallel.flat.schema.json. A document the fast pass read is one its schema accepts, so NJsonSchema (loaded on
/// first use) runs only on the full path.
/// </summary>
internal sealed class SchemaViolationRule : RegistryRule
{
    public override ErrorCode Code => ErrorCodes.SchemaViolation;

    public override void Check(RegistryRuleContext context, RuleRecords records)
    {
        if (context.Tree == null) return;
        var found = new List<ValidationRecord>();
        SchemaCheck.Validate(context.Tree, context.Path, context.Options.MaxSchemaRecords, found, context.IsLegacy);
        foreach (var r in found) records.Add(new Discovery(CheckPass.Document), r);
    }
}
