using System;
using System.Management.Automation;
using ParallelExec.Prompts;

namespace ParallelExec.Output;

/// <summary>
/// The properties PowerShell shows on an <see cref="Achievement"/> that are read from the plan's files rather than carried
/// by the model: ParallelExec.types.ps1xml binds them as CodeProperties (which need a public static method taking the
/// PSObject).
/// </summary>
public static class AchievementProperties
{
    /// <summary>
    /// <c>$achievement.PlannedExecutions</c>: the EXECUTION_TASKs its SUBPLAN plans in its "Active EXECUTION_TASKs" table,
    /// read on first use (empty when there is no written SUBPLAN or its table lists none).
    /// </summary>
    public static PlannedExecution[] PlannedExecutions(PSObject achievement) =>
        achievement?.BaseObject is Achievement a ? PlannedExecutionReader.For(a) : Array.Empty<PlannedExecution>();
}
