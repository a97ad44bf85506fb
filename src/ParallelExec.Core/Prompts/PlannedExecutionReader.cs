using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace ParallelExec.Prompts;

/// <summary>
/// Reads the EXECUTION_TASKs each achievement's SUBPLAN plans (its "Active EXECUTION_TASKs" table) into
/// <see cref="Achievement.PlannedExecutions"/>: once per achievement of a plan, on first use, so that the model only
/// carries data. Empty when there is no written SUBPLAN or its table lists none (a single execution).
/// </summary>
internal static class PlannedExecutionReader
{
    /// <summary>Per plan, the achievements whose SUBPLAN was read.</summary>
    private static readonly ConditionalWeakTable<ParallelPlan, HashSet<Achievement>> Read = new();

    /// <summary>The achievement's planned executions, read from its SUBPLAN the first time they are asked for.</summary>
    public static PlannedExecution[] For(Achievement achievement)
    {
        foreach (var info in achievement.Plan.Statuses)
            if (ReferenceEquals(info.Achievement, achievement)) return For(info);
        return Array.Empty<PlannedExecution>();
    }

    /// <summary>The same, for the achievement of a status the caller holds.</summary>
    public static PlannedExecution[] For(AchievementStatusInfo info)
    {
        var a = info.Achievement;
        if (!SubplanState.IsWritten(info)) return a.PlannedExecutions; // the registry's sub_executions, or none
        var done = Read.GetValue(a.Plan, _ => new HashSet<Achievement>());
        lock (done)
        {
            if (done.Add(a) && SubplanReader.Read(info.SubplanPath!) is { Length: > 0 } table) a.PlannedExecutions = table;
            return a.PlannedExecutions;
        }
    }

    /// <summary>Fills the planned executions of every achievement of the plan (Get-ParallelPlan, before it writes them out).</summary>
    public static void Fill(ParallelPlan plan)
    {
        foreach (var info in plan.Statuses)
            if (SubplanState.IsWritten(info)) For(info);
    }
}
