using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Threading;
using ParallelExec;
using ParallelExec.Actions;
using ParallelExec.Diagnostics;
using ParallelExec.Input;
using ParallelExec.Output;
using ParallelExec.Prompts;
using ParallelExec.Registry;
using ParallelExec.Run;

namespace ParallelExec.Commands;

/// <summary>
/// Runs a plan's achievements in dependency order, at most -ThrottleLimit at once, longest remaining path first: each with
/// a script block (runspace pool) or an external command (process). Records the run under &lt;plan root&gt;/.parallel/runs.
/// </summary>
[Cmdlet(VerbsLifecycle.Invoke, "ParallelPlan", SupportsShouldProcess = true, DefaultParameterSetName = PathSet)]
[OutputType(typeof(RunResult), typeof(ScheduledAchievement))]
public sealed class InvokeParallelPlanCommand : SelectingPlanInputCommand
{
    private const int PlanProgressId = 8000;
    private readonly ManualResetEvent _stopEvent = new ManualResetEvent(false);
    private volatile bool _stopping;

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

    private string? _program;
    private string? _git;
    private string _callerLocation = "";
    private ScriptBlockSource? _source;

    protected override void BeginProcessing()
    {
        if ((ScriptBlock == null) == (Command == null))
            ThrowTerminatingError(ErrorMapping.Error(ErrorCodes.ActionRequired, "Give the action as -ScriptBlock or as -Command (one of them).",
                "Invoke-ParallelPlan -Path <plan> -ScriptBlock { param($a, $prompt) … }, or -Command agent '{PromptFile}'.", null));
        _callerLocation = SessionState.Path.CurrentFileSystemLocation.ProviderPath;
        if (Cleanup && !Worktree)
            ThrowTerminatingError(ErrorMapping.Error(ErrorCodes.CleanupNeedsWorktree, "-Cleanup removes the worktrees of -Worktree; add -Worktree.",
                "Add -Worktree, or leave out -Cleanup.", null));
        if (Worktree)
        {
            _git = (InvokeCommand.GetCommand("git", CommandTypes.Application) as ApplicationInfo)?.Path;
            if (_git == null)
                ThrowTerminatingError(ErrorMapping.Error(ErrorCodes.GitNotFound, "-Worktree needs git, and git was not found on PATH.",
                    "Install git, or leave out -Worktree.", "git"));
        }
        if (Command != null)
        {
            var app = InvokeCommand.GetCommand(Command[0], CommandTypes.Application) as ApplicationInfo;
            if (app == null)
                ThrowTerminatingError(ErrorMapping.Error(ErrorCodes.CommandProgramNotFound,
                    $"The program '{Command[0]}' of -Command was not found; nothing was run.",
                    "Give the program's full path, or a program name found on PATH (Get-Command -CommandType Application).", Command[0]));
            _program = app!.Path;
        }
        else _source = ScriptBlockSource.From(ScriptBlock!, SessionState);
    }

    protected override void StopProcessing()
    {
        _stopping = true;
        _stopEvent.Set();
    }

    protected override void EndProcessing()
    {
        var ids = ParseIds(Id);
        foreach (var plan in Plans)
        {
            if (_stopping) break;
            var selected = Select(plan, Level, ids);
            if (selected.Count == 0)
            {
                ErrorMapping.WriteWarning(this, ErrorCodes.NothingToRun, $"Nothing to run in plan {plan.Name}: no achievement matches.");
                continue;
            }
            var nodes = RunNode.From(selected);
            string action = Command != null ? "'" + string.Join(" ", Command) + "'" : "the script block";
            int pending = nodes.Count(n => n.Initial == RunState.Pending);
            if (!ShouldProcess(plan.Name, $"Run {pending} achievement{(pending == 1 ? "" : "s")} with {action}, {ThrottleLimit} at once"))
            {
                if (MyInvocation.BoundParameters.ContainsKey("WhatIf")) WriteSchedule(plan, selected, nodes);
                continue;
            }
            Run(plan, selected, nodes);
        }
    }

    private void WriteSchedule(ParallelPlan plan, List<Achievement> selected, List<RunNode> nodes)
    {
        var prediction = SchedulePrediction.Of(nodes, ThrottleLimit);
        var titles = selected.ToDictionary(a => a.Id, a => a.Title);
        foreach (var row in prediction.Rows)
        {
            row.PlanName = plan.Name;
            row.Title = titles[row.Id];
            WriteObject(row);
        }
        WriteVerbose(string.Format(CultureInfo.InvariantCulture, "{0}: predicted makespan {1:0.##} h with {2} executors; sequential sum {3:0.##} h.",
            plan.Name, prediction.MakespanHours, ThrottleLimit, prediction.SequentialHours));
    }

    private void Run(ParallelPlan plan, List<Achievement> selected, List<RunNode> nodes)
    {
        var byId = selected.ToDictionary(a => a.Id);
        var scheduler = new RunScheduler(nodes, ThrottleLimit, MaxAttempts);
        var runStarted = DateTime.UtcNow;
        var runId = RunRecord.Stamp(runStarted);
        var logFolder = System.IO.Path.Combine(RunRecord.Folder(plan), runId);
        var results = new Dictionary<AchievementId, RunResult>();
        foreach (var a in selected) results[a.Id] = new RunResult(plan.Name, a.Id, RunState.Pending) { Title = a.Title };
        var active = new List<RunningAction>();
        var emitted = new HashSet<AchievementId>();
        RunspacePool? pool = null;
        int toRun = nodes.Count(n => n.Initial == RunState.Pending);
        GitWorktrees? trees = null;
        if (_git != null)
        {
            try
            {
                trees = GitWorktrees.For(_git, plan.PlanRoot, plan.Name);
            }
            catch (ParallelExecException e)
            {
                WriteError(ErrorMapping.ToErrorRecord(e));
                return;
            }
        }
        try
        {
            Directory.CreateDirectory(logFolder);
            if (_source != null)
            {
                var iss = InitialSessionState.CreateDefault2();
                var module = MyInvocation.MyCommand.Module?.Path;
                // Loaded when each runspace opens (before the first achievement), not at its first command.
                var modules = new List<string> { "Microsoft.PowerShell.Utility", "Microsoft.PowerShell.Management" };
                if (!string.IsNullOrEmpty(module)) modules.Add(module!);
                iss.ImportPSModule(modules.ToArray());
                pool = RunspaceFactory.CreateRunspacePool(ThrottleLimit, ThrottleLimit, iss, Host);
                pool.Open();
                WarmUp(pool, SchedulePrediction.Of(nodes, ThrottleLimit).Rows.Select(x => x.Executor).DefaultIfEmpty(0).Max());
            }
            while (true)
            {
                if (_stopping)
                {
                    scheduler.Stop();
                    break;
                }
                foreach (var id in scheduler.Next())
                {
                    var a = byId[id];
                    var r = results[id];
                    r.StartedAt ??= DateTime.UtcNow;
                    r.Attempts = scheduler.AttemptsOf(id);
                    r.LogPath = System.IO.Path.Combine(logFolder, id + ".log");
                    r.WorkingDirectory = _callerLocation;
                    try
                    {
                        if (trees != null) r.WorkingDirectory = trees.Ensure(id);
                        var planRoot = trees != null ? trees.MapInto(r.WorkingDirectory, plan.PlanRoot) : plan.PlanRoot;
                        active.Add(Start(pool, plan, a, r.Attempts, r.LogPath, r.WorkingDirectory, planRoot));
                    }
                    catch (ParallelExecException e)
                    {
                        Ended(scheduler, r, e.Message, emitted);
                    }
                    catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is InvalidOperationException ||
                                              e is System.ComponentModel.Win32Exception || e is PSInvalidOperationException)
                    {
                        Ended(scheduler, r, e.Message, emitted);
                    }
                }
                if (scheduler.IsFinished) break;
                Progress(plan, scheduler, results, active, toRun);
                if (active.Count == 0) continue;
                var handles = active.Select(x => x.Handle).Concat(new WaitHandle[] { _stopEvent }).ToArray();
                WaitHandle.WaitAny(handles, 250);
                foreach (var done in active.Where(x => x.Handle.WaitOne(0)).ToList())
                {
                    active.Remove(done);
                    string? error = done.Finish();
                    done.Dispose();
                    ClearProgress(done);
                    Ended(scheduler, results[done.Achievement.Id], error, emitted);
                }
            }
        }
        finally
        {
            // Ctrl+C or an error: running actions are stopped and recorded as cancelled; the record is always written.
            foreach (var x in active)
            {
                x.Cancel();
                x.Dispose();
                ClearProgress(x);
                var r = results[x.Achievement.Id];
                r.CompletedAt = DateTime.UtcNow;
                scheduler.Cancel(x.Achievement.Id);
            }
            active.Clear();
            pool?.Dispose();
            if (trees != null && Cleanup) RemoveClean(trees, results.Values);
            foreach (var r in results.Values)
            {
                r.Result = scheduler.StateOf(r.Id);
                if (r.Result != RunState.Succeeded) r.Error ??= scheduler.ReasonOf(r.Id);
                if (r.Result == RunState.Succeeded) r.Error = null;
            }
            var ordered = results.Values.OrderBy(r => r.StartedAt ?? DateTime.MaxValue).ThenBy(r => r.Id).ToList();
            string? recordPath = null;
            try
            {
                recordPath = RunRecord.Write(plan, runId, runStarted, DateTime.UtcNow, ThrottleLimit, MaxAttempts, ordered);
            }
            catch (ParallelExecException e) when (!_stopping)
            {
                WriteError(ErrorMapping.ToErrorRecord(e));
            }
            var done = new ProgressRecord(PlanProgressId, "Invoke-ParallelPlan " + plan.Name, "Done") { RecordType = ProgressRecordType.Completed };
            if (!_stopping)
            {
                WriteProgress(done);
                if (recordPath != null) WriteVerbose($"Run recorded in {recordPath}.");
            }
        }
        foreach (var r in results.Values.Where(r => !emitted.Contains(r.Id)).OrderBy(r => r.Id)) WriteObject(r);
    }

    // A RunspacePool opens one runspace and creates each other one when it is first needed, synchronously inside BeginInvoke
    // (100-300 ms: a session with this module imported). Mid-run, that delayed the achievements dispatched after it and
    // lengthened the first action on each new runspace. So the runspaces the run can use at once (the widest point of the
    // predicted schedule) are created here, before the first achievement: each warm-up call holds its runspace until all
    // are created, so the pool cannot hand the same one out twice.
    internal static void WarmUp(RunspacePool pool, int count)
    {
        if (count < 2) return;
        var gate = new ManualResetEventSlim(false);
        var calls = new List<(PowerShell Shell, IAsyncResult Async)>();
        try
        {
            for (int k = 0; k < count; k++)
            {
                var ps = PowerShell.Create();
                ps.RunspacePool = pool;
                ps.AddScript("param($gate) $null = $gate.Wait(30000)").AddArgument(gate);
                calls.Add((ps, ps.BeginInvoke()));
            }
        }
        finally
        {
            gate.Set();
            foreach (var (ps, async) in calls)
            {
                try { ps.EndInvoke(async); }
                catch (Exception e) when (!(e is OutOfMemoryException)) { }
                ps.Dispose();
            }
            gate.Dispose();
        }
    }

    // Clean worktrees go; one with uncommitted or untracked changes is never removed. Branches stay (they hold the commits).
    private void RemoveClean(GitWorktrees trees, IEnumerable<RunResult> results)
    {
        foreach (var r in results)
        {
            if (r.WorkingDirectory == null || r.WorkingDirectory == _callerLocation || !Directory.Exists(r.WorkingDirectory)) continue;
            var kept = trees.RemoveIfClean(r.WorkingDirectory);
            if (kept != null && !_stopping) ErrorMapping.WriteWarning(this, ErrorCodes.WorktreeKept, $"Worktree {r.WorkingDirectory} of {r.PlanName} {r.Id} is kept: {kept}.");
            else if (kept == null && !_stopping) WriteVerbose($"Removed the clean worktree {r.WorkingDirectory} (branch {trees.BranchOf(r.Id)} stays).");
        }
    }

    private RunningAction Start(RunspacePool? pool, ParallelPlan plan, Achievement a, int attempt, string logPath, string workingDirectory, string planRoot)
    {
        string? prompt = PromptFor(plan, a);
        if (pool != null) return new ScriptBlockAction(pool, _source!, a, prompt, attempt, logPath, workingDirectory);
        string promptFile = "";
        if (prompt != null)
        {
            promptFile = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(logPath)!, a.Id + ".prompt.md");
            RegistryWriter.WriteAtomically(promptFile, prompt, overwrite: true);
        }
        var args = Command!.Skip(1).Select(x => CommandLine.Quote(Expand(x, plan, a, planRoot, promptFile, workingDirectory, logPath, attempt)));
        return new ProcessAction(_program!, string.Join(" ", args), a, attempt, logPath, workingDirectory);
    }

    internal static string Expand(string text, ParallelPlan plan, Achievement a, string planRoot, string promptFile, string workingDirectory, string logPath, int attempt) =>
        text.Replace("{Id}", a.Id.ToString())
            .Replace("{Title}", a.Title)
            .Replace("{PlanName}", plan.Name)
            .Replace("{PlanRoot}", planRoot)
            .Replace("{PromptFile}", promptFile)
            .Replace("{WorkingDirectory}", workingDirectory)
            .Replace("{LogFile}", logPath)
            .Replace("{Attempt}", attempt.ToString(CultureInfo.InvariantCulture));

    private static string? PromptFor(ParallelPlan plan, Achievement a)
    {
        try
        {
            var result = PromptBuilder.Executions(plan, new[] { a }, new PromptOptions { IgnoreDependencies = true });
            return result.Prompts.Length > 0 ? string.Concat(result.Prompts.Select(p => p.Text)) : null;
        }
        catch (ParallelExecException)
        {
            return null;
        }
    }

    private void Ended(RunScheduler scheduler, RunResult r, string? error, HashSet<AchievementId> emitted)
    {
        r.CompletedAt = DateTime.UtcNow;
        r.Error = error;
        var state = scheduler.Complete(r.Id, error == null, error);
        r.Result = state;
        if (error != null) WriteVerbose($"{r.PlanName} {r.Id}: attempt {r.Attempts} failed: {error}");
        if (state == RunState.Succeeded || state == RunState.Failed)
        {
            emitted.Add(r.Id);
            WriteObject(r);
        }
    }

    private void Progress(ParallelPlan plan, RunScheduler scheduler, Dictionary<AchievementId, RunResult> results, List<RunningAction> active, int toRun)
    {
        int finished = results.Values.Count(r => r.Result == RunState.Succeeded || r.Result == RunState.Failed);
        var record = new ProgressRecord(PlanProgressId, "Invoke-ParallelPlan " + plan.Name,
            $"{finished} of {toRun} finished, {active.Count} running")
        { PercentComplete = toRun == 0 ? 100 : Math.Min(100, finished * 100 / toRun) };
        WriteProgress(record);
        foreach (var x in active)
        {
            var seconds = (DateTime.UtcNow - x.StartedAt).TotalSeconds;
            WriteProgress(new ProgressRecord(ChildId(x), $"{x.Achievement.Id} {x.Achievement.Title}",
                string.Format(CultureInfo.InvariantCulture, "attempt {0}, running {1:0}s", x.Attempt, seconds))
            { ParentActivityId = PlanProgressId });
        }
    }

    private void ClearProgress(RunningAction x)
    {
        if (_stopping) return;
        WriteProgress(new ProgressRecord(ChildId(x), $"{x.Achievement.Id} {x.Achievement.Title}", "Done")
        { ParentActivityId = PlanProgressId, RecordType = ProgressRecordType.Completed });
    }

    private static int ChildId(RunningAction x) => PlanProgressId + 1 + (Math.Abs(x.Achievement.Id.GetHashCode()) % 100000);

}
