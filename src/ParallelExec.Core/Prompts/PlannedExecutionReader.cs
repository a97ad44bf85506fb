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
    private static readonly ConditionalWeakTable<ParallelPlan, HashSet<Achievement>> Read = new();

    /// <summary>The achievement's planned executions, read from its SUBPLAN the first time they are asked for.</summary>
    public static PlannedExecution[] For(Achievement achievement)
    {
        var done = Read.GetValue(achievement.Plan, _ => new HashSet<Achievement>());
        lock (done)
        {
            if (done.Add(achievement)) achievement.PlannedExecutions = ReadTable(achievement);
            return achievement.PlannedExecutions;
        }
    }

    /// <summary>Fills the planned executions of every achievement of the plan (Get-ParallelPlan, before it writes them out).</summary>
    public static void Fill(ParallelPlan plan)
    {
        foreach (var a in plan.Achievements) For(a);
    }

    private static PlannedExecution[] ReadTable(Achievement achievement)
    {
        foreach (var info in achievement.Plan.Statuses)
            if (ReferenceEquals(info.Achievement, achievement))
                return SubplanState.IsWritten(info) ? SubplanReader.Read(info.SubplanPath!) : Array.Empty<PlannedExecution>();
        return Array.Empty<PlannedExecution>();
    }
}
