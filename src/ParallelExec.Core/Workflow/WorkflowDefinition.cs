using System.Collections.Generic;

namespace ParallelExec.Workflow;

/// <summary>A plan as CI jobs, before it is written as YAML: what both writers need and nothing of either engine.</summary>
internal sealed class WorkflowDefinition
{
    public WorkflowDefinition(string planName, string planPath, string runsFolder, IReadOnlyList<WorkflowJob> jobs,
        IReadOnlyList<AchievementId> leftOut, WorkflowOptions options)
    {
        PlanName = planName;
        PlanPath = planPath;
        RunsFolder = runsFolder;
        Jobs = jobs;
        LeftOut = leftOut;
        Options = options;
    }

    public string PlanName { get; }

    /// <summary>The PLAN file, relative to the repository root, with forward slashes.</summary>
    public string PlanPath { get; }

    /// <summary>The plan's <c>.parallel/runs</c> folder, relative to the repository root, with forward slashes.</summary>
    public string RunsFolder { get; }

    public IReadOnlyList<WorkflowJob> Jobs { get; }
    public IReadOnlyList<AchievementId> LeftOut { get; }
    public WorkflowOptions Options { get; }

    /// <summary>The ids of every job, separated by spaces (the final job records those without a result as blocked).</summary>
    public string JobIds => string.Join(" ", System.Linq.Enumerable.Select(Jobs, j => j.Id.ToString()));
}
