using System.Collections.Generic;
using ParallelExec.Diagnostics;
using ParallelExec.Graph;

namespace ParallelExec.Registry.Rules;

/// <summary>CircularDependency: the dependencies form a cycle. One record per cycle, at the dependency most likely wrong.</summary>
internal sealed class CircularDependencyRule : RegistryRule
{
    public override ErrorCode Code => ErrorCodes.CircularDependency;

    public override void Check(RegistryRuleContext context, RuleRecords records)
    {
        var cycles = context.Graph.Cycles;
        for (int c = 0; c < cycles.Count; c++)
        {
            var cycle = cycles[c];
            var (fromId, to) = CycleText.Cut(cycle);
            var from = context.EntryOf(fromId);
            int k = from.FindDependency(to);
            var at = k >= 0 ? from.DependencyRefs[k].At : default;
            records.Add(new Discovery(CheckPass.Cycles, 0, c), Record(context, DiagnosticSeverity.Error,
                $"Circular dependency ({cycle.Length - 1} achievement{(cycle.Length == 2 ? "" : "s")}): {CycleText.Path(cycle)} (each depends on the next).",
                at.Line > 0 ? at : from.At, from.IdText,
                $"Remove the dependency {from.Id} -> {to} (remove \"{to}\" from the dependencies of {from.Id}), or restructure so that one of them no longer needs the other.",
                from.JsonPath + ".dependencies"));
        }
    }
}
