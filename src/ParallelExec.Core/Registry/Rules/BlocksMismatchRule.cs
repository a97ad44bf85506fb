using System;
using ParallelExec.Diagnostics;

namespace ParallelExec.Registry.Rules;

/// <summary>
/// BlocksMismatch: blocks and dependencies disagree. A blocks B while B does not depend on A; or B depends on A while
/// A keeps a blocks list that leaves B out. Dependencies alone define the graph.
/// </summary>
internal sealed class BlocksMismatchRule : RegistryRule
{
    public override ErrorCode Code => ErrorCodes.BlocksMismatch;

    public override void Check(RegistryRuleContext context, RuleRecords records)
    {
        var graph = context.Graph;
        var unique = context.Unique;
        for (int i = 0; i < unique.Count; i++)
        {
            var e = unique[i];
            if (e.BlockRefs == null) continue;
            for (int k = 0; k < e.BlockRefs.Count; k++)
            {
                var b = e.BlockRefs[k];
                if (!b.IsValid || b.Id == e.Id || !graph.TryIndex(b.Id, out var j)) continue; // SelfDependency, UnknownBlock
                if (Array.BinarySearch(graph.Dependencies[j], i) >= 0) continue;
                records.Add(new Discovery(CheckPass.Blocks, i, k), Record(context, DiagnosticSeverity.Warning,
                    $"{e.Id} says it blocks {b.Id}, but {b.Id} does not list {e.Id} under dependencies.", b.At, e.IdText,
                    $"Add \"{e.Id}\" to the dependencies of {b.Id}, or remove \"{b.Id}\" from the blocks of {e.Id}.", e.JsonPath + ".blocks"));
            }
        }
        // The reverse: a dependency whose entry keeps a blocks list that leaves this one out.
        for (int i = 0; i < unique.Count; i++)
        {
            var e = unique[i];
            foreach (var j in graph.Dependencies[i])
            {
                var d = unique[j];
                if (d.BlockRefs == null || d.Lists(e.Id)) continue;
                int k = e.FindDependency(d.Id);
                records.Add(new Discovery(CheckPass.DependedOn, i, k), Record(context, DiagnosticSeverity.Warning,
                    $"{e.Id} depends on {d.Id}, but the blocks of {d.Id} do not list {e.Id}.", e.DependencyRefs[k].At, e.IdText,
                    $"Add \"{e.Id}\" to the blocks of {d.Id} (or drop its blocks list: dependencies alone define the graph).", e.JsonPath + ".dependencies"));
            }
        }
    }
}
