using System.Collections.Generic;
using ParallelExec.Diagnostics;

namespace ParallelExec.Registry.Rules;

/// <summary>UnknownDependency: a dependency on an id the registry does not register.</summary>
internal sealed class UnknownDependencyRule : RegistryRule
{
    public override ErrorCode Code => ErrorCodes.UnknownDependency;

    public override void Check(RegistryRuleContext context, List<ValidationRecord> records)
    {
        string? registered = null;
        foreach (var e in context.Unique)
            foreach (var d in e.DependencyRefs)
            {
                if (!d.IsValid || d.Id == e.Id || context.Graph.Contains(d.Id)) continue; // not an id: the schema check names it
                registered ??= RegistryText.Sample(context.Graph.Ids);
                records.Add(Record(context, DiagnosticSeverity.Error,
                    $"{e.Id} depends on {d.Text}, which the registry does not register.", d.At, e.IdText,
                    $"Register {d.Text}, or correct the id (registered ids: {registered}).", e.JsonPath + ".dependencies"));
            }
    }
}
