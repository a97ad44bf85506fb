using ParallelExec.Diagnostics;

namespace ParallelExec.Registry.Rules;

/// <summary>UnknownBlock: a blocks entry naming an id the registry does not register.</summary>
internal sealed class UnknownBlockRule : RegistryRule
{
    public override ErrorCode Code => ErrorCodes.UnknownBlock;

    public override void Check(RegistryRuleContext context, RuleRecords records)
    {
        var unique = context.Unique;
        for (int i = 0; i < unique.Count; i++)
        {
            var e = unique[i];
            if (e.BlockRefs == null) continue;
            for (int k = 0; k < e.BlockRefs.Count; k++)
            {
                var b = e.BlockRefs[k];
                if (!b.IsValid || b.Id == e.Id || context.Graph.Contains(b.Id)) continue;
                records.Add(new Discovery(CheckPass.Blocks, i, k), Record(context, DiagnosticSeverity.Error,
                    $"{e.Id} blocks {b.Text}, which the registry does not register.", b.At, e.IdText,
                    $"Register {b.Text}, or correct the id.", e.JsonPath + ".blocks"));
            }
        }
    }
}
