using System.Management.Automation;
using ParallelExec;
using ParallelExec.Input;

namespace ParallelExec.Commands;

/// <summary>Derives each achievement's status from its SUBPLAN, EXECUTION_TASK and feedback files.</summary>
[Cmdlet(VerbsCommon.Get, "AchievementStatus", DefaultParameterSetName = PathSet)]
[OutputType(typeof(AchievementStatusInfo))]
public sealed class GetAchievementStatusCommand : StatusInputCommand
{
    protected override void Emit(AchievementStatusInfo status) => WriteObject(status);
}
