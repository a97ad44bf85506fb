using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using ParallelExec.Diagnostics;
using ParallelExec.Plans;
using ParallelExec.Prompts;

namespace ParallelExec.Run;

/// <summary>
/// Runs a plan's achievements in dependency order (<see cref="RunScheduler"/>): starts each attempt through the
/// action factory (in its worktree with -Worktree, with its execution prompt), polls the running ones, retries,
/// reports results, progress and verbose text to the host, and always writes the run record
/// (<see cref="RunRecord"/>), also when the run is stopped (<see cref="Stop"/>, Ctrl+C) or fails.
/// One thread drives it; only <see cref="Stop"/> may be called from another.
/// </summary>
internal sealed class RunEngine : IDisposable
{
    private readonly RunOptions _options;
    private readonly IRunActionFactory _actions;
    private readonly IRunHost _host;
    private readonly ManualResetEvent _stopEvent = new ManualResetEvent(false);
    private volatile bool _stopping;

    public RunEngine(RunOptions options, IRunActionFactory actions, IRunHost host)
    {
        _options = options;
        _actions = actions;
        _host = host;
    }

    /// <summary>True once <see cref="Stop"/> was called: the host may no longer be written to (but for results).</summary>
    public bool IsStopping => _stopping;

    /// <summary>Stops the run: nothing more starts, the running actions are cancelled, the record is written.</summary>
    public void Stop()
    {
        _stopping = true;
        _stopEvent.Set();
    }

    public void Dispose() => _stopEvent.Dispose();

    /// <summary>Runs the selected achievements of one plan (<paramref name="nodes"/> are theirs, <see cref="RunNode.From"/>).</summary>
    public void Run(ParallelPlan plan, IReadOnlyList<Achievement> selected, IReadOnlyList<RunNode> nodes)
    {
        var run = new PlanRun(plan, selected, nodes, _options);
        if (_options.Git != null)
        {
            try
            {
                run.Trees = GitWorktrees.For(_options.Git, plan.PlanRoot, plan.Name);
                run.Queue = new MergeQueue(run.Trees);
                if (_options.Merge) run.Queue.RequireClean();
            }
            catch (ParallelExecException e)
            {
                _host.Error(e);
                return;
            }
        }
        if (!CreateLogFolder(run)) return;
        try
        {
            _actions.Open(nodes, _options.ThrottleLimit);
            Drive(run);
        }
        finally
        {
            // Ctrl+C or an error: running actions are stopped and recorded as cancelled; the record is always written.
            CancelActive(run);
            _actions.Close();
            if (run.Trees != null && _options.Cleanup) RemoveClean(run.Trees, run.Results);
            Record(run);
            if (_stopping) _host.StoppedSummary(RunSummary.Stopped(run));
        }
        foreach (var r in run.NotEmitted()) _host.Result(r);
    }

    /// <summary>
    /// Creates the run's log folder (.parallel/runs/&lt;stamp&gt;) inside the plan root, remembering what it created; when it
    /// cannot (a file named .parallel, a read-only plan folder, a link that leaves the plan), reports why and runs nothing.
    /// </summary>
    private bool CreateLogFolder(PlanRun run)
    {
        try
        {
            PlanWrites.CreateFolders(run.Plan.PlanRoot, run.LogFolder, run.CreatedFolders);
            return true;
        }
        catch (ParallelExecException e)
        {
            _host.Error(e);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            PlanWrites.RemoveCreated(run.CreatedFolders);
            var blocker = Blocker(run.Plan.PlanRoot, run.LogFolder);
            _host.Error(ParallelExecException.Create(ErrorCodes.RunFolderNotWritable,
                $"Cannot create the run's folder '{run.LogFolder}': {e.Message} Nothing was run.", blocker,
                $"Make the plan folder writable, and move away anything named {PlanConventions.ModuleFolder} that is not a folder: the module keeps its runs there.", e));
        }
        return false;
    }

    /// <summary>What stands in the way of a folder: the first part of it that is not a folder, else the deepest folder that exists.</summary>
    private static string Blocker(string root, string folder)
    {
        var parts = new Stack<string>();
        for (var f = folder; f != null && f.Length >= root.Length; f = Path.GetDirectoryName(f)) parts.Push(f);
        string last = root;
        foreach (var f in parts)
        {
            if (File.Exists(f)) return f;
            if (!Directory.Exists(f)) break;
            last = f;
        }
        return last;
    }

    private void Drive(PlanRun run)
    {
        while (true)
        {
            if (_stopping)
            {
                run.Scheduler.Stop();
                break;
            }
            foreach (var id in run.Scheduler.Next()) StartAttempt(run, id);
            if (run.Scheduler.IsFinished) break;
            Progress(run);
            if (run.Active.Count == 0) continue;
            var handles = run.Active.Select(x => x.Action.Handle).Concat(new WaitHandle[] { _stopEvent }).ToArray();
            WaitHandle.WaitAny(handles, 250);
            foreach (var done in run.Active.Where(x => x.Action.Handle.WaitOne(0)).ToList())
            {
                run.Active.Remove(done);
                string? error = done.Action.Finish();
                done.Action.Dispose();
                ClearProgress(done);
                Ended(run, run.ResultOf(done.Achievement.Key), error);
            }
        }
    }

    private void StartAttempt(PlanRun run, AchievementId id)
    {
        var a = run.AchievementOf(id);
        var r = run.ResultOf(id);
        r.StartedAt ??= DateTime.UtcNow;
        r.Attempts = run.Scheduler.AttemptsOf(id);
        r.LogPath = Path.Combine(run.LogFolder, id + ".log");
        r.WorkingDirectory = _options.CallerLocation;
        try
        {
            if (run.Trees != null)
            {
                r.WorkingDirectory = run.Trees.Ensure(id, run.Queue!.StartPointFor(id, a.DependencyKeys.ToList(), _options.Merge));
                r.Branch = run.Trees.BranchOf(id);
            }
            var planRoot = run.Trees != null ? run.Trees.MapInto(r.WorkingDirectory, run.Plan.PlanRoot) : run.Plan.PlanRoot;
            var prompt = PromptFor(run.Plan, a);
            if (prompt == null && _actions is ProcessActionFactory p && p.UsesPromptFile && r.Attempts == 1)
                _host.Warning(new PlanDiagnostic(DiagnosticSeverity.Warning, ErrorCodes.NoPromptForPromptFile,
                    $"{run.Plan.Name} {id} has no SUBPLAN, so it has no execution prompt: {{PromptFile}} is passed as an empty string. Create its SUBPLAN first (New-BatchSubplanPrompt), or leave {{PromptFile}} out of -Command.",
                    target: a.PlanPath));
            var startedAt = DateTime.UtcNow;
            var action = ExecutionsAction.Start(_actions, new RunAttempt(run.Plan, a, r.Attempts, prompt, r.LogPath, r.WorkingDirectory, planRoot));
            run.Active.Add(new RunningAttempt(action, a, r.Attempts, startedAt));
        }
        catch (ParallelExecException e)
        {
            Ended(run, r, e.Message);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is InvalidOperationException ||
                                  e is System.ComponentModel.Win32Exception)
        {
            Ended(run, r, e.Message);
        }
    }

    /// <summary>The achievement's execution prompt, whatever its dependencies; null when it has none.</summary>
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

    /// <summary>The end of an attempt: a retry, or the achievement's result (emitted at once when it succeeded or failed).</summary>
    private void Ended(PlanRun run, RunResult r, string? error)
    {
        r.CompletedAt = DateTime.UtcNow;
        bool final = false;
        if (error != null) r.AttemptErrors.Add($"attempt {r.Attempts}: {error}");
        else if (_options.Merge && run.Queue != null && !_stopping) (error, final) = MergeSteps.Integrate(run.Queue, run.AchievementOf(r.Key), r, _host);
        r.Error = error;
        var state = run.Scheduler.Complete(r.Key, error == null, error, final);
        r.ResultValue = r.ConflictFiles.Length > 0 ? RunState.MergeConflict : state;
        if (error != null && !final) _host.Verbose($"{r.PlanName} {r.Key}: attempt {r.Attempts} failed: {error}");
        if (state == RunState.Succeeded || state == RunState.Failed)
        {
            run.MarkEmitted(r.Key);
            _host.Result(r);
            if (state == RunState.Failed) _host.Error(MergeSteps.Failure(r));
        }
    }

    private void Progress(PlanRun run)
    {
        _host.Progress(RunProgress.Plan(run.Plan.Name, run.Finished, run.ToRun, run.Active.Count));
        foreach (var x in run.Active)
            _host.Progress(RunProgress.Attempt(x.Achievement, x.Attempt, (DateTime.UtcNow - x.StartedAt).TotalSeconds));
    }

    private void ClearProgress(RunningAttempt x)
    {
        if (_stopping) return;
        _host.Progress(RunProgress.AttemptDone(x.Achievement));
    }

    private void CancelActive(PlanRun run)
    {
        // All at once: each may take its grace time to stop (a script block's), and Ctrl+C must return promptly.
        if (run.Active.Count > 1) System.Threading.Tasks.Task.WaitAll(run.Active.Select(x => System.Threading.Tasks.Task.Run(x.Action.Cancel)).ToArray());
        else if (run.Active.Count == 1) run.Active[0].Action.Cancel();
        foreach (var x in run.Active)
        {
            x.Action.Dispose();
            ClearProgress(x);
            run.ResultOf(x.Achievement.Key).CompletedAt = DateTime.UtcNow;
            run.Scheduler.Cancel(x.Achievement.Key);
        }
        run.Active.Clear();
    }

    // Clean worktrees go; one with uncommitted or untracked changes is never removed. Branches stay (they hold the commits).
    private void RemoveClean(GitWorktrees trees, IEnumerable<RunResult> results)
    {
        foreach (var r in results)
        {
            if (r.WorkingDirectory == null || r.WorkingDirectory == _options.CallerLocation || !Directory.Exists(r.WorkingDirectory)) continue;
            var kept = trees.RemoveIfClean(r.WorkingDirectory);
            if (kept != null && !_stopping)
                _host.Warning(new PlanDiagnostic(DiagnosticSeverity.Warning, ErrorCodes.WorktreeKept,
                    $"Worktree {r.WorkingDirectory} of {r.PlanName} {r.Key} is kept: {kept}.", target: r.WorkingDirectory));
            else if (kept == null && !_stopping)
                _host.Verbose($"Removed the clean worktree {r.WorkingDirectory} (branch {trees.BranchOf(r.Key)} stays).");
        }
    }

    private void Record(PlanRun run)
    {
        run.Settle();
        string? recordPath = null;
        try
        {
            recordPath = RunRecord.Write(run.Plan, run.RunId, run.StartedAt, DateTime.UtcNow, _options.ThrottleLimit, _options.MaxAttempts,
                run.InRecordOrder());
        }
        catch (ParallelExecException e)
        {
            // A record that cannot be written (a full disk) leaves no empty folder the run created.
            PlanWrites.RemoveCreated(run.CreatedFolders);
            if (!_stopping) _host.Error(e);
        }
        if (_stopping) return;
        _host.Progress(RunProgress.PlanDone(run.Plan.Name));
        if (recordPath != null) _host.Verbose($"Run recorded in {recordPath}.");
    }
}
