using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Newtonsoft.Json;

namespace ParallelExec;

/// <summary>The outcome of one achievement in one run (Invoke-ParallelPlan emits it as ParallelExec.RunResult).</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1036", Justification = "IComparable gives Sort-Object a natural order (plan, then id numerically); equality stays by reference.")]
public sealed class RunResult : IComparable<RunResult>, IComparable
{
    public RunResult(string planName, AchievementId id, RunState result)
    {
        PlanName = planName;
        Key = id;
        ResultValue = result;
    }

    public string PlanName { get; }

    /// <summary>The PLAN file of the run's plan, so that a result names its achievement (plan path + id) for the cmdlets that take one.</summary>
    public string? PlanPath { get; set; }
    public string Id => Key.ToString();

    internal AchievementId Key { get; }
    public string Title { get; set; } = "";
    public string Result => ResultValue.ToString();

    internal RunState ResultValue { get; set; }
    public int Attempts { get; set; }
    public DateTime? StartedAt { get; set; }
    public DateTime? CompletedAt { get; set; }
    /// <summary>How long the achievement ran (null when it did not run).</summary>
    internal TimeSpan? Elapsed => StartedAt != null && CompletedAt != null ? CompletedAt - StartedAt : null;

    /// <summary>How long it ran as the view shows it, <c>hh:mm:ss.fff</c>; <c>[timespan]$r.Duration</c> gives a TimeSpan.</summary>
    public string? Duration => Elapsed is TimeSpan d ? DurationText.Of(d) : null;

    /// <summary>The same duration as a plain number of seconds, to the millisecond.</summary>
    public double? DurationSeconds => Elapsed is TimeSpan d ? DurationText.Seconds(d) : null;
    public string? LogPath { get; set; }
    public string? WorkingDirectory { get; set; }
    public string? Error { get; set; }

    /// <summary>With -Worktree, the achievement's branch.</summary>
    public string? Branch { get; set; }

    /// <summary>With -Merge, the merge commit on the current branch (null when not merged).</summary>
    public string? MergeCommit { get; set; }

    /// <summary>With -Merge, the files that conflicted in the dry run (MergeConflict).</summary>
    public string[] ConflictFiles { get; set; } = Array.Empty<string>();

    /// <summary>With -Merge, files the branch changed outside its declared write-set (scope drift).</summary>
    public string[] ScopeDrift { get; set; } = Array.Empty<string>();

    /// <summary>Every failed attempt's error, in order.</summary>
    public List<string> AttemptErrors { get; } = new List<string>();

    public override string ToString() => $"{Key} {ResultValue}";

    public int CompareTo(RunResult? other) => other == null ? 1 : IdText.Compare(PlanPath ?? PlanName, Key, other.PlanPath ?? other.PlanName, other.Key);

    public int CompareTo(object? obj) => obj is RunResult a ? CompareTo(a) : 1;
}
