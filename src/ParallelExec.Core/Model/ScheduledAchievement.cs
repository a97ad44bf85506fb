using System;
using System.Collections.Generic;
using System.Linq;

namespace ParallelExec;

/// <summary>One row of a predicted schedule: when an achievement would start and end, in estimated hours from the start.</summary>
public sealed class ScheduledAchievement
{
    internal ScheduledAchievement(AchievementId id, RunState state, double start, double end, int executor, string? reason)
    {
        Id = id;
        State = state;
        StartHours = start;
        EndHours = end;
        Executor = executor;
        Reason = reason;
    }

    public string PlanName { get; set; } = "";
    public AchievementId Id { get; }
    public string Title { get; set; } = "";

    /// <summary>Succeeded for a node that would run; otherwise why it would not (AlreadyComplete, Skipped, Blocked).</summary>
    public RunState State { get; }
    public double StartHours { get; }
    public double EndHours { get; }

    /// <summary>The executor slot (1..ThrottleLimit) it would run on; 0 when it would not run.</summary>
    public int Executor { get; }
    public string? Reason { get; }
}
