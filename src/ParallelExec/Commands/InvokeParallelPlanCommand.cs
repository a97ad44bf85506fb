using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using ParallelExec;
using ParallelExec.Actions;
using ParallelExec.Diagnostics;
using ParallelExec.Input;
using ParallelExec.Output;
using ParallelExec.Run;

namespace ParallelExec.Commands;

/// <summary>
/// Runs a plan's achievements in dependency order, at most -ThrottleLimit at once, longest remaining path first: each with
/// a script block (runspace pool) or an external command (process). Records the run under &lt;plan root&gt;/.parallel/runs.
/// </summary>
[Cmdlet(VerbsLifecycle.Invoke, "ParallelPlan", SupportsShouldProcess = true, DefaultParameterSetName = PathSet)]
[OutputType(typeof(RunResult), typeof(ScheduledAchievement))]
public sealed class InvokeParallelPlanCommand : SelectingPlanInputCommand, IDisposable
{
    [Parameter(Position = 1, ParameterSetName = PathSet)]
    [Parameter(Position = 0, ParameterSetName = LiteralSet)]
    [Parameter(Position = 0, ParameterSetName = InputSet)]
    [ValidateNotNull]
    public ScriptBlock? ScriptBlock { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? Command { get; set; }

    [Parameter]
    [ValidateRange(1, 63)]
    public int ThrottleLimit { get; set; } = 4;

    [Parameter]
    [ValidateRange(1, 100)]
    public int MaxAttempts { get; set; } = 1;

    [Parameter]
    public SwitchParameter Worktree { get; set; }

    [Parameter]
    public SwitchParameter Cleanup { get; set; }

    /// <summary>Merge each successful achievement's branch into the current branch as soon as it is done (needs -Worktree).</summary>
    [Parameter]
    public SwitchParameter Merge { get; set; }

    /// <summary>Count the achievements that succeeded in the plan's latest run as done; run the rest.</summary>
    [Parameter]
    public SwitchParameter Resume { get; set; }

    /// <summary>Let achievements that write the same files run at the same time (by default they never overlap).</summary>
    [Parameter]
    public SwitchParameter IgnoreConflicts { get; set; }

    private RunEngine? _engine;

    protected override void BeginProcessing()
    {
        if ((ScriptBlock == null) == (Command == null))
            ThrowTerminatingError(ErrorMapping.Error(ErrorCodes.ActionRequired, "Give the action as -ScriptBlock or as -Command (one of them).",
                "Invoke-ParallelPlan -Path <plan> -ScriptBlock { param($a, $prompt) … }, or -Command agent '{PromptFile}'.", null));
        var callerLocation = SessionState.Path.CurrentFileSystemLocation.ProviderPath;
        if (Cleanup && !Worktree)
            ThrowTerminatingError(ErrorMapping.Error(ErrorCodes.CleanupNeedsWorktree, "-Cleanup removes the worktrees of -Worktree; add -Worktree.",
                "Add -Worktree, or leave out -Cleanup.", null));
        if (Merge && !Worktree)
            ThrowTerminatingError(ErrorMapping.Error(ErrorCodes.MergeNeedsWorktree, "-Merge merges the branches of -Worktree; add -Worktree.",
                "Add -Worktree, or leave out -Merge.", null));
        string? git = null;
        if (Worktree)
        {
            git = (InvokeCommand.GetCommand("git", CommandTypes.Application) as ApplicationInfo)?.Path;
            if (git == null)
                ThrowTerminatingError(ErrorMapping.Error(ErrorCodes.GitNotFound, "-Worktree needs git, and git was not found on PATH.",
                    "Install git, or leave out -Worktree.", "git"));
        }
        var options = new RunOptions(ThrottleLimit, MaxAttempts, callerLocation, git, Cleanup, Merge, Resume) { IgnoreConflicts = IgnoreConflicts };
        _engine = new RunEngine(options, Actions(), new CmdletRunHost(this));
    }

    /// <summary>The program of -Command (found on PATH, or the run stops here), or the runspace pool of -ScriptBlock.</summary>
    private IRunActionFactory Actions()
    {
        if (Command == null)
            return new ScriptBlockActionFactory(ScriptBlockSource.From(ScriptBlock!, SessionState), MyInvocation.MyCommand.Module?.Path, Host);
        var app = InvokeCommand.GetCommand(Command[0], CommandTypes.Application) as ApplicationInfo;
        if (app == null)
            ThrowTerminatingError(ErrorMapping.Error(ErrorCodes.CommandProgramNotFound,
                $"The program '{Command[0]}' of -Command was not found; nothing was run.",
                "Give the program's full path, or a program name found on PATH (Get-Command -CommandType Application).", Command[0]));
        return new ProcessActionFactory(app!.Path, Command.Skip(1));
    }

    protected override void StopProcessing() => _engine?.Stop();

    /// <summary>PowerShell disposes the cmdlet when its pipeline ends.</summary>
    public void Dispose() => _engine?.Dispose();

    protected override void EndProcessing()
    {
        var ids = ParseIds(Id);
        foreach (var plan in Plans)
        {
            if (_engine!.IsStopping) break;
            var selected = Select(plan, Level, ids);
            if (selected.Count == 0)
            {
                ErrorMapping.WriteWarning(this, ErrorCodes.NothingToRun, $"Nothing to run in plan {plan.Name}: no achievement matches.");
                continue;
            }
            var (succeeded, record) = RunResume.LastSucceeded(plan);
            var nodes = RunResume.Apply(RunNode.From(selected), succeeded, Resume, record);
            string action = Command != null ? "'" + string.Join(" ", Command) + "'" : "the script block";
            int pending = nodes.Count(n => n.Initial == RunState.Pending);
            if (!ShouldProcess(plan.Name, $"Run {pending} achievement{(pending == 1 ? "" : "s")} with {action}, {ThrottleLimit} at once{(Merge ? ", merging each branch into the current branch" : "")}"))
            {
                if (MyInvocation.BoundParameters.ContainsKey("WhatIf")) WriteSchedule(plan, selected, nodes);
                continue;
            }
            _engine.Run(plan, selected, nodes);
        }
    }

    private void WriteSchedule(ParallelPlan plan, List<Achievement> selected, List<RunNode> nodes)
    {
        var prediction = SchedulePrediction.Of(nodes, ThrottleLimit, ExclusionSource.For(plan, IgnoreConflicts));
        var titles = selected.ToDictionary(a => a.Key, a => a.Title);
        foreach (var row in prediction.Rows)
        {
            row.PlanName = plan.Name;
            row.Title = titles[row.Key];
            WriteObject(row);
        }
        WriteVerbose(string.Format(CultureInfo.InvariantCulture, "{0}: predicted makespan {1:0.##} h with {2} executors; sequential sum {3:0.##} h.",
            plan.Name, prediction.MakespanHours, ThrottleLimit, prediction.SequentialHours));
    }
}
