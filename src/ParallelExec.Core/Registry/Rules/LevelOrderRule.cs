using System.Collections.Generic;
using ParallelExec.Diagnostics;

namespace ParallelExec.Registry.Rules;

/// <summary>LevelOrder: an achievement registered in a level before the level of one it depends on.</summary>
internal sealed class LevelOrderRule : RegistryRule
{
    public override ErrorCode Code => ErrorCodes.LevelOrder;

    public override void Check(RegistryRuleContext context, RuleRecords records)
    {
        if (context.IsLegacy) return; // the flat form has no levels
        var unique = context.Unique;
        for (int i = 0; i < unique.Count; i++)
        {
            var e = unique[i];
            if (e.Level == null) continue;
            foreach (var j in context.Graph.Dependencies[i])
            {
                var d = unique[j];
                if (d.Level == null || d.Level <= e.Level) continue;
                var at = e.DependencyRefs[e.FindDependency(d.Id)];
                records.Add(new Discovery(CheckPass.LevelOrder, i, j), Record(context, DiagnosticSeverity.Error,
                    $"{e.Id} is in level {e.Level} but depends on {d.Id}, which is in the later level {d.Level}.", at.At, e.IdText,
                    $"Move {e.Id} to a level after {d.Level}, or let Export-ParallelJson recompute the levels.", e.JsonPath));
            }
        }
    }
}
