using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Newtonsoft.Json;

namespace ParallelExec;

/// <summary>The outcome of one achievement in one run (Invoke-ParallelPlan emits it as ParallelExec.RunResult).</summary>
public sealed class RunResult
{
    public RunResult(string planName, AchievementId id, RunState result)
    {
        PlanName = planName;
        Id = id;
        Result = result;
    }

    public string PlanName { get; }

    /// <summary>The PLAN file of the run's plan, so that a result names its achievement (plan path + id) for the cmdlets that take one.</summary>
    public string? PlanPath { get; set; }
    public AchievementId Id { get; }
    public string Title { get; set; } = "";
    public RunState Result { get; set; }
    public int Attempts { get; set; }
    public DateTime? StartedAt { get; set; }
    public DateTime? CompletedAt { get; set; }
    public TimeSpan? Duration => StartedAt != null && CompletedAt != null ? CompletedAt - StartedAt : null;
    public string? LogPath { get; set; }
    public string? WorkingDirectory { get; set; }
    public string? Error { get; set; }

    public override string ToString() => $"{Id} {Result}";
}
