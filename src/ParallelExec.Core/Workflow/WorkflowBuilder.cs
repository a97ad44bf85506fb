using System.Collections.Generic;
using System.IO;
using ParallelExec.Plans;

namespace ParallelExec.Workflow;

/// <summary>
/// A plan as CI jobs: one job per achievement still to do (complete and skipped ones left out unless asked for), each
/// waiting for the jobs of its dependencies among them (edges to left-out achievements dropped), from the plan's graph.
/// Write-set conflicts give no serialising edges yet: the conflicts issue has not landed.
/// </summary>
internal static class WorkflowBuilder
{
    /// <summary>
    /// The jobs of <paramref name="selected"/> (achievements of <paramref name="plan"/>). Throws CircularDependency when
    /// the plan's graph has a cycle: a workflow of it could never start the jobs on the cycle.
    /// </summary>
    public static WorkflowDefinition Build(ParallelPlan plan, IReadOnlyList<Achievement> selected,
        IReadOnlyList<AchievementStatusInfo> statuses, string repositoryRoot, WorkflowOptions options)
    {
        var graph = plan.Graph;
        graph.RequireAcyclic(plan.Name, plan.PlanPath, "a workflow cannot order the jobs on a cycle", "Then export the workflow again.");
        var done = new HashSet<AchievementId>();
        foreach (var s in statuses)
            if (s.StatusValue.Equals(AchievementStatus.Complete) || s.StatusValue.Equals(AchievementStatus.Skipped)) done.Add(s.Key);

        var chosen = new SortedSet<AchievementId>();
        var leftOut = new List<AchievementId>();
        foreach (var a in selected)
        {
            if (!options.IncludeComplete && done.Contains(a.Key)) leftOut.Add(a.Key);
            else chosen.Add(a.Key);
        }
        leftOut.Sort();

        var jobs = new List<WorkflowJob>(chosen.Count);
        foreach (var id in chosen)
        {
            var needs = new List<string>();
            foreach (var d in graph.Dependencies[graph.IndexOf(id)])
                if (chosen.Contains(graph.Ids[d])) needs.Add(WorkflowNames.JobKey(graph.Ids[d]));
            var title = plan.Find(id)?.Title ?? "";
            jobs.Add(new WorkflowJob(id, title, WorkflowNames.Branch(plan.Name, id), needs));
        }
        return new WorkflowDefinition(plan.Name, Relative(repositoryRoot, plan.PlanPath),
            Relative(repositoryRoot, PlanConventions.RunsFolder(plan.PlanRoot)), jobs, leftOut, options);
    }

    /// <summary>A path below the repository root as the workflow names it: relative, with forward slashes.</summary>
    public static string Relative(string repositoryRoot, string path) =>
        Path.GetRelativePath(repositoryRoot, path).Replace('\\', '/');
}
