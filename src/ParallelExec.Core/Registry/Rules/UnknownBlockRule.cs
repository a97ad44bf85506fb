using System.Collections.Generic;
using ParallelExec.Diagnostics;

namespace ParallelExec.Registry.Rules;

/// <summary>UnknownBlock: a blocks entry naming an id the registry does not register.</summary>
internal sealed class UnknownBlockRule : RegistryRule
{
    public override ErrorCode Code => ErrorCodes.UnknownBlock;

    public override void Check(RegistryRuleContext context, List<ValidationRecord> records)
    {
        foreach (var e in context.Unique)
        {
            if (e.BlockRefs == null) continue;
            foreach (var b in e.BlockRefs)
            {
                if (!b.IsValid || b.Id == e.Id || context.Graph.Contains(b.Id)) continue;
                records.Add(Record(context, DiagnosticSeverity.Error,
                    $"{e.Id} blocks {b.Text}, which the registry does not register.", b.At, e.IdText,
                    $"Register {b.Text}, or correct the id.", e.JsonPath + ".blocks"));
            }
        }
    }
}
