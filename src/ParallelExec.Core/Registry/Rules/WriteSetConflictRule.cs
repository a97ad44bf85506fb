using System.Collections.Generic;
using System.Linq;
using ParallelExec.Diagnostics;
using ParallelExec.Plans;
using ParallelExec.WriteSets;

namespace ParallelExec.Registry.Rules;

/// <summary>
/// WriteSetConflict: two registered achievements may run at the same time (neither depends on the other, by the
/// registry's dependencies) and declare a shared path — their <c>files</c>, or the backticked paths of their PLAN
/// entries and SUBPLANs (<see cref="ConflictFinder"/>). Checked when there is a PLAN to read beside the registry.
/// </summary>
internal sealed class WriteSetConflictRule : RegistryRule
{
    public override ErrorCode Code => ErrorCodes.WriteSetConflict;

    public override void Check(RegistryRuleContext context, RuleRecords records)
    {
        if (context.Plan.Plan is not { } compared || context.Registered.Count == 0) return;
        ParallelPlan plan;
        try
        {
            plan = PlanLoader.LoadPlan(compared.PlanPath, context.Path, new PlanLoadOptions(), new List<PlanDiagnostic>());
        }
        catch (ParallelExecException)
        {
            return; // PlanUnreadable says why
        }
        int k = 0;
        foreach (var c in ConflictFinder.ExclusionConflicts(plan))
        {
            if (!context.TryGetEntry(c.Key, out var e) || c.OtherKey is not { } other) continue;
            var shared = string.Join(", ", c.SharedPaths);
            var where = string.Join("; ", c.DeclaredAt.Concat(c.OtherDeclaredAt).Distinct());
            records.Add(new Discovery(CheckPass.WriteSets, k++), Record(context, DiagnosticSeverity.Warning,
                $"{c.Key} and {other} may run at the same time and both write {shared} (declared at {where}).", e.At, e.IdText,
                $"Add \"{c.Key}\" to the dependencies of {other} (and move {other} to a later level), or leave them to the scheduler, "
                + "which runs a conflicting pair one after the other.", e.JsonPath));
        }
    }
}
