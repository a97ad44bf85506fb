using System;
using System.Collections.Generic;
using ParallelExec.Diagnostics;
using ParallelExec.Graph;
using ParallelExec.Registry;

namespace ParallelExec.Plans;

/// <summary>The words of what the plan builder finds: each finding's code, message and suggestion, in one place.</summary>
internal static class BuildFindings
{
    public static PlanDiagnostic DuplicateRegistryEntry(RegistryDocument registry, RegistryEntry e) =>
        new(DiagnosticSeverity.Warning, ErrorCodes.RegistryDuplicateId,
            $"parallel.json registers {e.Id} more than once; the first entry is used.", registry.Path, e.Line, null,
            "Keep one entry per achievement.", e.Id.ToString());

    /// <summary>An achievement naming itself under <paramref name="what"/> (Dependencies, Blocks, or the registry's fields).</summary>
    public static PlanDiagnostic SelfReference(AchievementId owner, string what, string path, int line) =>
        new(DiagnosticSeverity.Warning, ErrorCodes.SelfDependency,
            $"{owner} lists itself under {what}; that entry was ignored.", path, line, null,
            $"Remove {owner} from its own {what} line.", owner.ToString());

    /// <summary>An achievement naming an id the plan does not define.</summary>
    public static PlanDiagnostic UnknownTarget(AchievementId owner, AchievementId target, string what, string path, int line) =>
        new(DiagnosticSeverity.Warning,
            string.Equals(what, "Blocks", StringComparison.OrdinalIgnoreCase) ? ErrorCodes.UnknownBlock : ErrorCodes.UnknownDependency,
            $"{owner} names {target} under {what}, but the plan has no achievement {target}; that entry was ignored.",
            path, line, null, $"Correct the id, or define Achievement {target} in the PLAN.", owner.ToString());

    /// <summary>What the assumption made of the achievements that declare no dependencies; null when nothing to say.</summary>
    public static PlanDiagnostic? Assumed(string name, string planPath, int count, int undeclared, int assumed, DependencyAssumption assumption)
    {
        if (count == 0 || undeclared == 0) return null;
        if (assumption == DependencyAssumption.Independent)
            return new PlanDiagnostic(DiagnosticSeverity.Warning, ErrorCodes.DependenciesAssumed,
                $"{name}: {undeclared} of {count} achievements declare no dependencies; they are treated as independent (-Assume Independent), 0 edges assumed.",
                planPath, null, null, "Add **Dependencies**: lines to the PLAN or register a parallel.json.", name);
        if (assumed == 0) return null;
        return new PlanDiagnostic(DiagnosticSeverity.Warning, ErrorCodes.DependenciesAssumed,
            $"{name}: {undeclared} of {count} achievements declare no dependencies; {assumed} edge{(assumed == 1 ? " was" : "s were")} assumed ({assumption}).",
            planPath, null, null,
            "Add **Dependencies**: lines to the PLAN or register a parallel.json; -Assume " +
            (assumption == DependencyAssumption.PriorityTier ? "Sequential" : "PriorityTier") + " or Independent changes the assumption.", name);
    }

    /// <summary>A cycle, and (up to 20) achievements left without a wave because they depend on one.</summary>
    public static PlanDiagnostic Cycle(string name, string path, AchievementId[] cycle, IReadOnlyList<string> behind) =>
        new(DiagnosticSeverity.Error, ErrorCodes.CircularDependency,
            $"{name}: circular dependency {CycleText.Shortened(cycle)} (each depends on the next); these achievements get no Wave." +
            (behind.Count > 0 ? $" Also unlevelled because they depend on a cycle: {string.Join(", ", behind)}." : ""),
            path, null, null, CycleText.Suggestion(cycle), CycleText.Path(cycle));

    /// <summary>
    /// One warning per plan when parallel.json's levels contradict its dependencies; <paramref name="first"/> words the
    /// first contradiction.
    /// </summary>
    public static PlanDiagnostic LevelConflict(string name, string registryPath, int count, string first) =>
        new(DiagnosticSeverity.Warning, ErrorCodes.RegistryLevelConflict,
            $"{name}: parallel.json puts {count} achievement{(count == 1 ? "" : "s")} in the level of, or before, one it depends on ({first}); " +
            "Level shows the registry's level, Wave the level its dependencies allow.",
            registryPath, null, null,
            "Run Test-ParallelJson -Detailed for each finding, or Export-ParallelJson -Force to recompute the levels from the dependencies.", name);
}
