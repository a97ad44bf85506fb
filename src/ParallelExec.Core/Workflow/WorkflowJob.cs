using System.Collections.Generic;

namespace ParallelExec.Workflow;

/// <summary>One achievement as a CI job: its key (<c>a_2_1</c>), the name people read, the jobs it waits for.</summary>
internal sealed class WorkflowJob
{
    public WorkflowJob(AchievementId id, string title, string branch, IReadOnlyList<string> needs)
    {
        Id = id;
        Title = title;
        Branch = branch;
        Needs = needs;
        Key = WorkflowNames.JobKey(id);
        DisplayName = WorkflowNames.DisplayName(id, title);
    }

    public AchievementId Id { get; }
    public string Key { get; }
    public string Title { get; }
    public string DisplayName { get; }
    public string Branch { get; }

    /// <summary>The keys of the jobs this one waits for, in id order.</summary>
    public IReadOnlyList<string> Needs { get; }
}
