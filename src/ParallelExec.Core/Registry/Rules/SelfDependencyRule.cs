using System.Collections.Generic;
using ParallelExec.Diagnostics;

namespace ParallelExec.Registry.Rules;

/// <summary>SelfDependency: an achievement that depends on, or blocks, itself.</summary>
internal sealed class SelfDependencyRule : RegistryRule
{
    public override ErrorCode Code => ErrorCodes.SelfDependency;

    public override void Check(RegistryRuleContext context, List<ValidationRecord> records)
    {
        foreach (var e in context.Unique)
            foreach (var d in e.DependencyRefs)
                if (d.IsValid && d.Id == e.Id)
                    records.Add(Record(context, DiagnosticSeverity.Error, $"{e.Id} depends on itself.", d.At, e.IdText,
                        $"Remove \"{d.Text}\" from the dependencies of {e.Id}.", e.JsonPath + ".dependencies"));
        foreach (var e in context.Unique)
        {
            if (e.BlockRefs == null) continue;
            foreach (var b in e.BlockRefs)
                if (b.IsValid && b.Id == e.Id)
                    records.Add(Record(context, DiagnosticSeverity.Error, $"{e.Id} blocks itself.", b.At, e.IdText,
                        $"Remove \"{b.Text}\" from the blocks of {e.Id}.", e.JsonPath + ".blocks"));
        }
    }
}
