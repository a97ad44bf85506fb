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
    public TimeSpan? Duration => StartedAt != null && CompletedAt != null ? CompletedAt - StartedAt : null;
    public string? LogPath { get; set; }
    public string? WorkingDirectory { get; set; }
    public string? Error { get; set; }

    public override string ToString() => $"{Key} {ResultValue}";

    public int CompareTo(RunResult? other) => other == null ? 1 : IdText.Compare(PlanPath ?? PlanName, Key, other.PlanPath ?? other.PlanName, other.Key);

    public int CompareTo(object? obj) => obj is RunResult a ? CompareTo(a) : 1;
}
