using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace ParallelExec.Prompts;

/// <summary>
/// The EXECUTION_TASKs each achievement's SUBPLAN plans in its "Active EXECUTION_TASKs" table, read from the SUBPLAN on
/// first use and kept with its plan (empty when there is no written SUBPLAN or its table lists none, which means a
/// single execution). The model only carries data; this is where the file is read.
/// </summary>
internal static class PlannedExecutionReader
{
    private static readonly ConditionalWeakTable<ParallelPlan, Dictionary<Achievement, PlannedExecution[]>> Cache = new();

    public static PlannedExecution[] For(Achievement achievement)
    {
        var read = Cache.GetValue(achievement.Plan, _ => new Dictionary<Achievement, PlannedExecution[]>());
        lock (read)
        {
            if (!read.TryGetValue(achievement, out var planned))
            {
                planned = Read(achievement);
                read[achievement] = planned;
            }
            return planned;
        }
    }

    private static PlannedExecution[] Read(Achievement achievement)
    {
        foreach (var info in achievement.Plan.Statuses)
            if (ReferenceEquals(info.Achievement, achievement))
                return SubplanState.IsWritten(info) ? SubplanReader.Read(info.SubplanPath!) : Array.Empty<PlannedExecution>();
        return Array.Empty<PlannedExecution>();
    }
}
