using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ParallelExec.Registry;

namespace ParallelExec.Graph;

/// <summary>Reads the actual durations a plan's parallel.json records, beside the estimates.</summary>
internal static class ActualsReader
{
    /// <summary>actual_hours, else completed_at minus started_at, for each registered achievement of the plan, in id order.</summary>
    public static ActualMeasure[] Of(ParallelPlan plan)
    {
        if (plan.RegistryPath == null || !File.Exists(plan.RegistryPath)) return Array.Empty<ActualMeasure>();
        RegistryDocument registry;
        try
        {
            registry = RegistryReader.Read(plan.RegistryPath, new List<PlanDiagnostic>());
        }
        catch (ParallelExecException)
        {
            return Array.Empty<ActualMeasure>(); // the plan reader has reported the registry's problem already
        }
        var result = new List<ActualMeasure>();
        foreach (var e in registry.Entries.OrderBy(x => x.Id)) // stable: an id registered twice keeps its order
        {
            var a = plan.Find(e.Id);
            if (a == null) continue;
            var actual = Actual(e);
            if (actual != null) result.Add(new ActualMeasure { Key = e.Id, EstimatedHours = a.EstimatedHours, ActualHours = actual.Value.Hours, Source = actual.Value.Source });
        }
        return result.ToArray();
    }

    private static (double Hours, string Source)? Actual(RegistryEntry e)
    {
        if (e.ActualHours is double hours) return (hours, "actual_hours");
        if (RecordedTime.TryParse(e.StartedAt, out var start) && RecordedTime.TryParse(e.CompletedAt, out var end) && end >= start)
            return (Math.Round((end - start).TotalHours, 2), "completed_at - started_at");
        return null;
    }
}
