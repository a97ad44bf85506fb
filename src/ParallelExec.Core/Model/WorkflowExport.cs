using System;

namespace ParallelExec;

/// <summary>What Export-ParallelWorkflow wrote: one workflow file of one plan.</summary>
public sealed class WorkflowExport
{
    internal WorkflowExport(string planName, WorkflowTarget target, string path)
    {
        PlanName = planName;
        TargetValue = target;
        Path = path;
    }

    public string PlanName { get; }
    public string Target => TargetValue.ToString();

    internal WorkflowTarget TargetValue { get; }

    /// <summary>The workflow file written.</summary>
    public string Path { get; }

    /// <summary>The achievements that became jobs, in id order (each job is named <c>a_2_1</c> for 2.1).</summary>
    public string[] Jobs => IdText.Of(JobKeys);

    internal AchievementId[] JobKeys { get; set; } = Array.Empty<AchievementId>();

    /// <summary>The number of dependencies between those jobs (<c>needs:</c> / <c>dependsOn</c> entries).</summary>
    public int Dependencies { get; internal set; }

    /// <summary>Achievements left out because they are complete or skipped (none with -IncludeComplete).</summary>
    public string[] LeftOut => IdText.Of(LeftOutKeys);

    internal AchievementId[] LeftOutKeys { get; set; } = Array.Empty<AchievementId>();

    /// <summary>The number of jobs, the final job that records the run not counted.</summary>
    public int JobCount => JobKeys.Length;

    public override string ToString() => Path;
}
