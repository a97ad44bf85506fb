using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ParallelExec;
using ParallelExec.Completion;

namespace ParallelExec.Input;

/// <summary>
/// A plan-input cmdlet that works on part of each plan: -Level and -Id narrow the achievements (piped ones too), as
/// <see cref="PlanInputCommand.Select"/> applies them. The batch prompts and Invoke-ParallelPlan share these two.
/// </summary>
public abstract class SelectingPlanInputCommand : PlanInputCommand
{
    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    [ArgumentCompleter(typeof(LevelCompleter))]
    public int[]? Level { get; set; }

    [Parameter]
    [ArgumentCompleter(typeof(AchievementIdCompleter))]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }
}
