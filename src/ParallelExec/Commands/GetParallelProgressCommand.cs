using System.Collections.Generic;
using System.Management.Automation;
using ParallelExec;
using ParallelExec.Input;
using ParallelExec.Output;
using ParallelExec.Status;

namespace ParallelExec.Commands;

/// <summary>Summarises achievement statuses per plan and level: how much is done, under way, failed, blocked and ready.</summary>
[Cmdlet(VerbsCommon.Get, "ParallelProgress", DefaultParameterSetName = PathSet)]
[OutputType(typeof(LevelProgress))]
public sealed class GetParallelProgressCommand : StatusInputCommand
{
    private readonly List<AchievementStatusInfo> _statuses = new List<AchievementStatusInfo>();

    [Parameter]
    public SwitchParameter ByPlan { get; set; }

    /// <summary>Also write the rows as markdown to the CI run's summary (GitHub Actions, Azure Pipelines).</summary>
    [Parameter]
    public SwitchParameter StepSummary { get; set; }

    protected override void Emit(AchievementStatusInfo status) => _statuses.Add(status);

    protected override void EndProcessing()
    {
        base.EndProcessing();
        var rows = ProgressSummary.Summarize(_statuses, ByPlan.IsPresent);
        foreach (var row in rows) WriteObject(row);
        if (StepSummary) CiStepSummary.Write(this, MarkdownTables.Progress(rows));
    }
}
