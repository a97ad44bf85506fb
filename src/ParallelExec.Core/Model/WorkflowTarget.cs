namespace ParallelExec;

/// <summary>The CI engine Export-ParallelWorkflow writes for.</summary>
public enum WorkflowTarget
{
    /// <summary>A GitHub Actions workflow (<c>.github/workflows/parallel-&lt;plan&gt;.yml</c>): one job per achievement, <c>needs:</c> its dependencies.</summary>
    GitHubActions,

    /// <summary>An Azure Pipelines pipeline (<c>azure-pipelines.parallel-&lt;plan&gt;.yml</c>): one job per achievement, <c>dependsOn</c> its dependencies.</summary>
    AzurePipelines,
}
