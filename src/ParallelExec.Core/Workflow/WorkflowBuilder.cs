using System.Collections.Generic;
using System.IO;
using ParallelExec.Plans;

namespace ParallelExec.Workflow;

/// <summary>
/// A plan as CI jobs: one job per achievement still to do (complete and skipped ones left out unless asked for), each
/// waiting for the jobs of its dependencies among them (edges to left-out achievements dropped), from the plan's graph.
/// Two jobs that may not overlap (<see cref="WorkflowOptions.Exclusions"/>: they write the same files) are serialised:
/// the later one by (level, id) gets an extra <c>needs</c> on the earlier one. CI has no mutual exclusion of its own, so
/// this is an order, not a dependency on the result: when the earlier job fails, the later one is skipped as a
/// dependent would be. Every extra edge goes from a later (level, id) to an earlier one, so no cycle can arise.
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

        var order = Order(graph);
        var jobs = new List<WorkflowJob>(chosen.Count);
        foreach (var id in chosen)
        {
            var needs = new List<string>();
            foreach (var d in graph.Dependencies[graph.IndexOf(id)])
                if (chosen.Contains(graph.Ids[d])) needs.Add(WorkflowNames.JobKey(graph.Ids[d]));
            foreach (var other in options.Exclusions.With(id))
                if (chosen.Contains(other) && order.TryGetValue(other, out var o) && order.TryGetValue(id, out var mine) && o < mine
                    && !needs.Contains(WorkflowNames.JobKey(other)))
                    needs.Add(WorkflowNames.JobKey(other)); // serialised: this one runs after the earlier conflicting job
            var title = plan.Find(id)?.Title ?? "";
            jobs.Add(new WorkflowJob(id, title, WorkflowNames.Branch(plan.Name, id), needs));
        }
        return new WorkflowDefinition(plan.Name, Relative(repositoryRoot, plan.PlanPath),
            Relative(repositoryRoot, PlanConventions.RunsFolder(plan.PlanRoot)), jobs, leftOut, options);
    }

    /// <summary>Each achievement's position by (level, id): the order conflicting jobs are serialised in.</summary>
    private static Dictionary<AchievementId, int> Order(Graph.PlanGraph graph)
    {
        var order = new Dictionary<AchievementId, int>();
        var topo = graph.TopologicalOrder;
        for (int k = 0; k < topo.Length; k++) order[graph.Ids[topo[k]]] = k; // waves in order, ids in order within one
        return order;
    }

    /// <summary>A path below the repository root as the workflow names it: relative, with forward slashes.</summary>
    public static string Relative(string repositoryRoot, string path) =>
        Path.GetRelativePath(repositoryRoot, path).Replace('\\', '/');
}
