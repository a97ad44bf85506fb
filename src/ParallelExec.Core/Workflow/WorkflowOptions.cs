namespace ParallelExec.Workflow;

/// <summary>What Export-ParallelWorkflow was asked for, apart from the plan.</summary>
internal sealed class WorkflowOptions
{
    public WorkflowTarget Target { get; init; }

    /// <summary>The step that does an achievement's work (PowerShell), with {Id}, {Title}, {PlanPath}, {PromptFile}, {Branch}.</summary>
    public string Run { get; init; } = "";

    /// <summary>The runner label (GitHub <c>runs-on</c>) or the hosted image (Azure <c>pool.vmImage</c>).</summary>
    public string RunsOn { get; init; } = WorkflowNames.DefaultRunsOn;

    public int TimeoutMinutes { get; init; } = WorkflowNames.DefaultTimeoutMinutes;

    /// <summary>The module's manifest relative to the repository root (imported from there); null to install it from the Gallery.</summary>
    public string? ModulePath { get; init; }

    /// <summary>Achievements that write the same files (Run/ExclusionSource); empty with -IgnoreConflicts.</summary>
    public ParallelExec.Run.ExclusionSet Exclusions { get; init; } = ParallelExec.Run.ExclusionSet.Empty;

    /// <summary>Keep complete and skipped achievements as jobs.</summary>
    public bool IncludeComplete { get; init; }
}
