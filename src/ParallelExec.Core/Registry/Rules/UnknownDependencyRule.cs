using ParallelExec.Diagnostics;

namespace ParallelExec.Registry.Rules;

/// <summary>UnknownDependency: a dependency on an id the registry does not register.</summary>
internal sealed class UnknownDependencyRule : RegistryRule
{
    public override ErrorCode Code => ErrorCodes.UnknownDependency;

    public override void Check(RegistryRuleContext context, RuleRecords records)
    {
        string? registered = null;
        var unique = context.Unique;
        for (int i = 0; i < unique.Count; i++)
        {
            var e = unique[i];
            for (int k = 0; k < e.DependencyRefs.Count; k++)
            {
                var d = e.DependencyRefs[k];
                if (!d.IsValid || d.Id == e.Id || context.Graph.Contains(d.Id)) continue; // not an id: the schema check names it
                registered ??= RegistryText.Sample(context.Graph.Ids);
                records.Add(new Discovery(CheckPass.Dependencies, i, k), Record(context, DiagnosticSeverity.Error,
                    $"{e.Id} depends on {d.Text}, which the registry does not register.", d.At, e.IdText,
                    $"Register {d.Text}, or correct the id (registered ids: {registered}).", e.JsonPath + ".dependencies"));
            }
        }
    }
}
