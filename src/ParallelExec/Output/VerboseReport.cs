using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using ParallelExec;

namespace ParallelExec.Output;

/// <summary>
/// What -Verbose says a cmdlet read and decided: the PLAN and registry of each plan, the dependencies assumed and the
/// cycles found, and for each status the files that decided it and why. Built only when verbose output is wanted.
/// </summary>
internal static class VerboseReport
{
    /// <summary>True when -Verbose (or $VerbosePreference) asks for verbose output.</summary>
    public static bool On(PSCmdlet cmdlet)
    {
        if (cmdlet.MyInvocation.BoundParameters.TryGetValue("Verbose", out var v))
            return v is SwitchParameter s ? s.IsPresent : LanguagePrimitives.IsTrue(v);
        var preference = cmdlet.GetVariableValue("VerbosePreference");
        return preference is ActionPreference p && p != ActionPreference.SilentlyContinue && p != ActionPreference.Ignore;
    }

    /// <summary>The plan as read: its files, its size, where its edges came from.</summary>
    public static void Plan(PSCmdlet cmdlet, ParallelPlan plan)
    {
        if (!On(cmdlet)) return;
        cmdlet.WriteVerbose($"{plan.Label}: read {plan.PlanPath} ({plan.Achievements.Count} achievements, {plan.WaveCount} levels, plan root {plan.PlanRoot}).");
        cmdlet.WriteVerbose(plan.RegistryPath != null
            ? $"{plan.Label}: registry {plan.RegistryPath} used (its levels and dependencies, checked against the PLAN)."
            : $"{plan.Label}: no parallel.json used; levels computed from the PLAN's dependencies.");
        var assumed = plan.Achievements.Where(a => a.HasAssumedDependencies)
            .Select(a => $"{a.Key} <- {string.Join(", ", a.DependencyEdges.Where(e => e.ProvenanceValue == EdgeProvenance.Inferred).Select(e => e.ToKey))}").ToList();
        if (assumed.Count > 0)
            cmdlet.WriteVerbose($"{plan.Label}: assumed ({plan.AssumptionValue}) {plan.AssumedEdgeCount} {(plan.AssumedEdgeCount == 1 ? "dependency" : "dependencies")} the PLAN does not state: {string.Join("; ", assumed)}.");
        else if (plan.AssumedIndependentCount > 0)
            cmdlet.WriteVerbose($"{plan.Label}: took {plan.AssumedIndependentCount} achievements without a Dependencies line as independent (-Assume Independent).");
        foreach (var cycle in plan.CycleKeys)
            cmdlet.WriteVerbose($"{plan.Label}: cycle {string.Join(" -> ", cycle)}; those achievements have no level.");
    }

    /// <summary>One status: what it is, why, and the files that decided it.</summary>
    public static void Status(PSCmdlet cmdlet, AchievementStatusInfo s)
    {
        if (!On(cmdlet)) return;
        var files = new List<string>();
        if (s.SubplanPath != null) files.Add(Path.GetFileName(s.SubplanPath));
        files.AddRange(s.ExecutionPaths.Select(Path.GetFileName)!);
        files.AddRange(s.FeedbackPaths.Select(Path.GetFileName)!);
        var decided = s.Evidence.Length > 0 ? $"decided by {string.Join(", ", s.Evidence.Select(Path.GetFileName))}" : "no file decides it";
        var mapped = files.Count > 0 ? $"; files mapped to it: {string.Join(", ", files)}" : "; no file maps to it";
        var blocked = s.BlockedByKeys.Length > 0 ? $"; blocked by {string.Join(", ", s.BlockedByKeys)}" : "";
        var drift = s.Drift != null ? $"; {s.Drift}" : "";
        cmdlet.WriteVerbose($"{s.PlanLabel} {s.Key}: {s.StatusValue} ({s.Detail}), {s.ReadinessValue}: {decided}{mapped}{blocked}{drift}.");
    }

    /// <summary>What a filter left out, in one line per plan (nothing when it left nothing out).</summary>
    public static void Filtered(PSCmdlet cmdlet, ParallelPlan plan, int kept, int total)
    {
        if (kept == total || !On(cmdlet)) return;
        cmdlet.WriteVerbose($"{plan.Label}: {total - kept} of {total} achievements left out by -Id/-Level/-Status/-Readiness.");
    }
}
