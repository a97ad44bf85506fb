using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ParallelExec.Plans;

namespace ParallelExec.Prompts;

/// <summary>
/// Builds the prompts that let an LLM create a plan's registry, or the SUBPLANs or EXECUTION_TASKs of a whole batch at
/// once. Deterministic (no clock, paths relative to the plan root) so that a change to a prompt shows as a diff.
/// Each prompt is chosen first (<see cref="DiscoverySelector"/>, <see cref="SubplanSelector"/>,
/// <see cref="ExecutionSelector"/>: which achievements, what exists, what to create, what is left out and why, from
/// the statuses derived when the plan was read), then written from its template in <c>Prompts/Templates/</c>.
/// </summary>
internal static class PromptBuilder
{
    /// <summary>True when the status info's SUBPLAN is an unfilled scaffold (the status rules count it as not created).</summary>
    public static bool IsScaffold(AchievementStatusInfo info) => SubplanState.IsScaffold(info);

    /// <summary>The file name of an achievement's SUBPLAN by the conventions of DESIGN §1.</summary>
    public static string SubplanFileName(Achievement a) => PlanConventions.SubplanFileName(a);

    /// <summary>The file name of an achievement's execution number <paramref name="number"/>.</summary>
    public static string ExecutionFileName(Achievement a, int number) => PlanConventions.ExecutionFileName(a, number);

    /// <summary>A path relative to the plan root, with forward slashes (unchanged when it lies outside).</summary>
    public static string Relative(ParallelPlan plan, string full)
    {
        var root = Path.GetFullPath(plan.PlanRoot).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var path = Path.GetFullPath(full);
        var rel = path.StartsWith(root, StringComparison.Ordinal) ? path.Substring(root.Length) : path;
        return rel.Replace('\\', '/');
    }

    internal static void CheckCycles(ParallelPlan plan) =>
        plan.Graph.RequireAcyclic(plan.Name, plan.PlanPath, "no batch can be ordered while it stands", "Then ask again.");

    /// <summary>The prompt that asks an LLM to analyse a plan and return its parallel.json.</summary>
    public static BatchPrompt Discovery(ParallelPlan plan)
    {
        CheckCycles(plan);
        var text = DiscoveryPrompt.Render(DiscoverySelector.Select(plan));
        var target = Path.Combine(plan.PlanRoot, PlanConventions.RegistryFileName);
        return new BatchPrompt(BatchPromptKind.Discovery, plan, plan.Achievements.ToArray(), Array.Empty<SkippedAchievement>(),
            new[] { target }, text, 1, 1);
    }

    /// <summary>The prompt(s) that ask for the missing SUBPLANs of the requested achievements.</summary>
    public static BatchResult Subplans(ParallelPlan plan, IReadOnlyCollection<Achievement> requested, PromptOptions options)
    {
        CheckCycles(plan);
        return BatchPacker.Pack(SubplanSelector.Select(plan, requested), options, SubplanPrompt.Render);
    }

    /// <summary>The prompt(s) that ask for the missing EXECUTION_TASKs of the requested achievements.</summary>
    public static BatchResult Executions(ParallelPlan plan, IReadOnlyCollection<Achievement> requested, PromptOptions options)
    {
        CheckCycles(plan);
        return BatchPacker.Pack(ExecutionSelector.Select(plan, requested, options), options, ExecutionPrompt.Render);
    }
}
