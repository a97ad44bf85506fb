using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ParallelExec.Run;

/// <summary>
/// The state of one plan's run: its scheduler, one <see cref="RunResult"/> per selected achievement, the attempts
/// under way, which results were emitted already, and where the run is recorded.
/// </summary>
internal sealed class PlanRun
{
    private readonly Dictionary<AchievementId, Achievement> _byId;
    private readonly Dictionary<AchievementId, RunResult> _results = new Dictionary<AchievementId, RunResult>();
    private readonly HashSet<AchievementId> _emitted = new HashSet<AchievementId>();

    public PlanRun(ParallelPlan plan, IReadOnlyList<Achievement> selected, IReadOnlyList<RunNode> nodes, RunOptions options)
    {
        Plan = plan;
        _byId = selected.ToDictionary(a => a.Key);
        Scheduler = new RunScheduler(nodes, options.ThrottleLimit, options.MaxAttempts, ExclusionSource.For(plan, options.IgnoreConflicts));
        StartedAt = DateTime.UtcNow;
        RunId = RunRecord.Stamp(StartedAt);
        LogFolder = Path.Combine(RunRecord.Folder(plan), RunId);
        foreach (var a in selected) _results[a.Key] = new RunResult(plan.Name, a.Key, RunState.Pending) { Title = a.Title, PlanPath = plan.PlanPath };
        ToRun = nodes.Count(n => n.Initial == RunState.Pending);
    }

    public ParallelPlan Plan { get; }
    public RunScheduler Scheduler { get; }
    public DateTime StartedAt { get; }

    /// <summary>The run's timestamp: the name of its record and of its log folder.</summary>
    public string RunId { get; }

    public string LogFolder { get; }

    /// <summary>The folders the run created for its logs and record (parents first): removed again, when empty, if its record cannot be written.</summary>
    public List<string> CreatedFolders { get; } = new List<string>();

    /// <summary>How many achievements the run has to run (those that start Pending).</summary>
    public int ToRun { get; }

    /// <summary>The achievements' worktrees with -Worktree; null without.</summary>
    public GitWorktrees? Trees { get; set; }

    /// <summary>The merge queue with -Worktree (start points; merges with -Merge); null without.</summary>
    public MergeQueue? Queue { get; set; }

    public List<RunningAttempt> Active { get; } = new List<RunningAttempt>();

    /// <summary>The results in selection order.</summary>
    public IEnumerable<RunResult> Results => _results.Values;

    /// <summary>How many achievements have ended for good (succeeded, or failed on every attempt).</summary>
    public int Finished => _results.Values.Count(r => r.ResultValue == RunState.Succeeded || r.ResultValue == RunState.Failed || r.ResultValue == RunState.MergeConflict);

    public Achievement AchievementOf(AchievementId id) => _byId[id];

    public RunResult ResultOf(AchievementId id) => _results[id];

    public void MarkEmitted(AchievementId id) => _emitted.Add(id);

    /// <summary>At the end: each result takes the scheduler's final state, and the reason of one that did not succeed.</summary>
    public void Settle()
    {
        foreach (var r in _results.Values)
        {
            r.ResultValue = r.ConflictFiles.Length > 0 ? RunState.MergeConflict : Scheduler.StateOf(r.Key);
            if (r.ResultValue != RunState.Succeeded) r.Error ??= Scheduler.ReasonOf(r.Key);
            if (r.ResultValue == RunState.Succeeded) r.Error = null;
        }
    }

    /// <summary>The record's order: by start, the ones never started last, then by id.</summary>
    public List<RunResult> InRecordOrder() =>
        _results.Values.OrderBy(r => r.StartedAt ?? DateTime.MaxValue).ThenBy(r => r.Key).ToList();

    /// <summary>The results not emitted when their achievement ended (blocked, cancelled, complete or skipped already), by id.</summary>
    public IEnumerable<RunResult> NotEmitted() => _results.Values.Where(r => !_emitted.Contains(r.Key)).OrderBy(r => r.Key);
}
