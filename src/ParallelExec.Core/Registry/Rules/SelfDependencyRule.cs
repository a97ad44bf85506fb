using ParallelExec.Diagnostics;

namespace ParallelExec.Registry.Rules;

/// <summary>SelfDependency: an achievement that depends on, or blocks, itself.</summary>
internal sealed class SelfDependencyRule : RegistryRule
{
    public override ErrorCode Code => ErrorCodes.SelfDependency;

    public override void Check(RegistryRuleContext context, RuleRecords records)
    {
        var unique = context.Unique;
        for (int i = 0; i < unique.Count; i++)
        {
            var e = unique[i];
            for (int k = 0; k < e.DependencyRefs.Count; k++)
            {
                var d = e.DependencyRefs[k];
                if (d.IsValid && d.Id == e.Id)
                    records.Add(new Discovery(CheckPass.Dependencies, i, k), Record(context, DiagnosticSeverity.Error, $"{e.Id} depends on itself.", d.At, e.IdText,
                        $"Remove \"{d.Text}\" from the dependencies of {e.Id}.", e.JsonPath + ".dependencies"));
            }
            if (e.BlockRefs == null) continue;
            for (int k = 0; k < e.BlockRefs.Count; k++)
            {
                var b = e.BlockRefs[k];
                if (b.IsValid && b.Id == e.Id)
                    records.Add(new Discovery(CheckPass.Blocks, i, k), Record(context, DiagnosticSeverity.Error, $"{e.Id} blocks itself.", b.At, e.IdText,
                        $"Remove \"{b.Text}\" from the blocks of {e.Id}.", e.JsonPath + ".blocks"));
            }
        }
    }
}
