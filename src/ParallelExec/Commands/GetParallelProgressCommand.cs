using System.Collections.Generic;
using System.Management.Automation;
using ParallelExec;
using ParallelExec.Input;
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

    protected override void Emit(AchievementStatusInfo status) => _statuses.Add(status);

    protected override void EndProcessing()
    {
        base.EndProcessing();
        foreach (var row in ProgressSummary.Summarize(_statuses, ByPlan.IsPresent)) WriteObject(row);
    }
}
