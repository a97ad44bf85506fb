using System;
using System.Collections.Generic;
using System.Linq;

namespace ParallelExec;

/// <summary>One row of a predicted schedule: when an achievement would start and end, in estimated hours from the start.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1036", Justification = "IComparable gives Sort-Object a natural order (plan, then id numerically); equality stays by reference.")]
public sealed class ScheduledAchievement : IComparable<ScheduledAchievement>, IComparable
{
    internal ScheduledAchievement(AchievementId id, RunState state, double start, double end, int executor, string? reason)
    {
        Key = id;
        StateValue = state;
        StartHours = start;
        EndHours = end;
        Executor = executor;
        Reason = reason;
    }

    public string PlanName { get; set; } = "";
    public string Id => Key.ToString();

    internal AchievementId Key { get; }
    public string Title { get; set; } = "";

    /// <summary>Succeeded for a node that would run; otherwise why it would not (AlreadyComplete, Skipped, Blocked).</summary>
    public string State => StateValue.ToString();

    internal RunState StateValue { get; }
    public double StartHours { get; }
    public double EndHours { get; }

    /// <summary>The executor slot (1..ThrottleLimit) it would run on; 0 when it would not run.</summary>
    public int Executor { get; }
    public string? Reason { get; }

    /// <summary>What the -WhatIf table shows: <c>would run</c>, or the state and its reason (<c>Blocked: dependency 2.2 failed</c>).</summary>
    public string Outcome => Executor > 0 ? "would run" : Reason == null ? State : State + ": " + Reason;

    public int CompareTo(ScheduledAchievement? other) => other == null ? 1 : IdText.Compare(PlanName, Key, other.PlanName, other.Key);

    public int CompareTo(object? obj) => obj is ScheduledAchievement a ? CompareTo(a) : 1;
}
