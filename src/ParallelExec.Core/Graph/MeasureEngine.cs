using System;
using System.Collections.Generic;
using System.Linq;
using ParallelExec.Diagnostics;
using ParallelExec.Plans;
using ParallelExec.Registry;
using ParallelExec.Run;

namespace ParallelExec.Graph;

/// <summary>
/// Measures a plan: sequential against parallel time, the critical path, and, with a number of executors,
/// a list schedule that starts the ready achievement with the longest remaining path first. Iterative throughout.
/// </summary>
public static class MeasureEngine
{
    public static PlanMeasure Measure(ParallelPlan plan, int? executors = null)
    {
        if (executors.HasValue && executors.Value < 1)
            throw ParallelExecException.Create(ErrorCodes.InvalidExecutorCount,
                $"{executors} executors cannot run anything.", plan.PlanPath, "Give -Executors 1 or more, or leave it out for as many as the plan can use.");
        plan.Graph.RequireAcyclic(plan.Name, plan.PlanPath, "a cycle has no schedule to measure", "Then measure again.");
        var list = plan.Achievements;
        int n = list.Count;
        var index = new Dictionary<AchievementId, int>(n);
        for (int i = 0; i < n; i++) index[list[i].Id] = i;
        var deps = new List<int>[n];
        for (int i = 0; i < n; i++) deps[i] = new List<int>();
        for (int i = 0; i < n; i++)
            foreach (var d in list[i].Dependencies)
                if (index.TryGetValue(d, out var j) && !deps[i].Contains(j)) deps[i].Add(j);

        // Topological order by wave, then id (every dependency sits in an earlier wave).
        var topo = Enumerable.Range(0, n).OrderBy(i => list[i].Wave ?? 0).ThenBy(i => list[i].Id).ToArray();
        double Min(int i) => list[i].EstimatedHours?.Min ?? 0;
        double Max(int i) => list[i].EstimatedHours?.Max ?? 0;

        var timing = PlanTiming.Of(plan);
        var critical = CriticalPath(list, deps, topo, Min, Max);
        var schedule = Array.Empty<PlacedAchievement>();
        if (executors.HasValue)
        {
            var (minSpan, _) = ListSchedule(list, deps, executors.Value, Min);
            var (maxSpan, placed) = ListSchedule(list, deps, executors.Value, Max);
            timing = new PlanTiming
            {
                Sequential = timing.Sequential,
                Parallel = new EstimateRange(Math.Round(minSpan, 2), Math.Round(Math.Max(minSpan, maxSpan), 2)),
                WithoutEstimate = timing.WithoutEstimate,
            };
            schedule = placed;
        }
        else
        {
            schedule = ListSchedule(list, deps, Math.Max(1, n), Max).Placed;
        }

        var levels = list.GroupBy(a => a.Wave ?? 0).OrderBy(g => g.Key).Select(g =>
        {
            var items = g.OrderBy(a => a.Id).ToArray();
            return new LevelMeasure
            {
                PlanName = plan.Name,
                Level = g.Key,
                Count = items.Length,
                Ids = items.Select(a => a.Id).ToArray(),
                SequentialHours = new EstimateRange(Math.Round(items.Sum(a => a.EstimatedHours?.Min ?? 0), 2), Math.Round(items.Sum(a => a.EstimatedHours?.Max ?? 0), 2)),
                ParallelHours = new EstimateRange(items.Max(a => a.EstimatedHours?.Min ?? 0), items.Max(a => a.EstimatedHours?.Max ?? 0)),
                WithoutEstimate = items.Where(a => a.EstimatedHours == null).Select(a => a.Id).ToArray(),
            };
        }).ToArray();
        int widest = levels.Length == 0 ? 0 : levels.Max(l => l.Count);

        return new PlanMeasure
        {
            PlanName = plan.Name,
            PlanPath = plan.PlanPath,
            Source = plan.RegistryPath != null ? "parallel.json" : "PLAN",
            Executors = executors,
            AchievementCount = n,
            SequentialHours = timing.Sequential,
            ParallelHours = timing.Parallel,
            HoursSaved = timing.Saved,
            ReductionPercent = timing.ReductionPercent,
            CriticalPath = critical,
            MaxParallelism = executors.HasValue ? Math.Min(executors.Value, widest) : widest,
            Waves = plan.WaveCount,
            Levels = levels,
            WithoutEstimate = timing.WithoutEstimate,
            AssumedEdgeCount = plan.AssumedEdgeCount,
            AssumedIndependentCount = plan.AssumedIndependentCount,
            Schedule = schedule,
            Actuals = ActualsOf(plan),
            LastRun = LastRunOf(plan),
        };
    }

    /// <summary>
    /// The newest readable run record of the plan (.parallel/runs/&lt;timestamp&gt;.json, newest name first), measured.
    /// A record that cannot be read is passed over; none gives null.
    /// </summary>
    internal static RunMeasure? LastRunOf(ParallelPlan plan)
    {
        string folder;
        string[] files;
        try
        {
            folder = RunRecord.Folder(plan);
            if (!System.IO.Directory.Exists(folder)) return null;
            files = System.IO.Directory.GetFiles(folder, "*.json");
        }
        catch (Exception e) when (e is System.IO.IOException || e is UnauthorizedAccessException) { return null; }
        Array.Sort(files, StringComparer.Ordinal);
        for (int i = files.Length - 1; i >= 0; i--)
        {
            var m = ReadRun(files[i]);
            if (m != null) return m;
        }
        return null;
    }

    private static RunMeasure? ReadRun(string path)
    {
        try
        {
            var info = new System.IO.FileInfo(path);
            if (info.Length > 64L * 1024 * 1024) return null;
            Newtonsoft.Json.Linq.JObject root;
            using (var reader = new Newtonsoft.Json.JsonTextReader(new System.IO.StreamReader(path)) { DateParseHandling = Newtonsoft.Json.DateParseHandling.None })
                root = Newtonsoft.Json.Linq.JObject.Load(reader);
            var m = new RunMeasure
            {
                RunId = (string?)root["run"] ?? System.IO.Path.GetFileNameWithoutExtension(path),
                RecordPath = path,
                ThrottleLimit = (int?)root["throttle_limit"] ?? 0,
            };
            DateTimeOffset? first = null, last = null;
            double work = 0;
            if (root["achievements"] is Newtonsoft.Json.Linq.JArray list)
                foreach (var a in list.OfType<Newtonsoft.Json.Linq.JObject>())
                {
                    if (!TryTime((string?)a["started_at"], out var start) || !TryTime((string?)a["completed_at"], out var end) || end < start) continue;
                    m.Ran++;
                    var result = (string?)a["result"];
                    if (result == "succeeded") m.Succeeded++;
                    else if (result == "failed") m.Failed++;
                    work += (end - start).TotalSeconds;
                    if (first == null || start < first) first = start;
                    if (last == null || end > last) last = end;
                }
            m.WorkTime = TimeSpan.FromSeconds(work);
            m.WallTime = first != null && last != null ? last.Value - first.Value : TimeSpan.Zero;
            return m;
        }
        catch (Exception e) when (e is System.IO.IOException || e is UnauthorizedAccessException || e is Newtonsoft.Json.JsonException
                                  || e is InvalidCastException || e is FormatException || e is ArgumentException || e is OverflowException)
        {
            return null;
        }
    }

    /// <summary>The actual durations parallel.json records: actual_hours, else completed_at minus started_at.</summary>
    private static ActualMeasure[] ActualsOf(ParallelPlan plan)
    {
        if (plan.RegistryPath == null || !System.IO.File.Exists(plan.RegistryPath)) return Array.Empty<ActualMeasure>();
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
        foreach (var e in registry.Entries.OrderBy(x => x.Id))
        {
            var a = plan.Find(e.Id);
            if (a == null) continue;
            double? hours = e.ActualHours;
            string source = "actual_hours";
            if (hours == null && TryTime(e.StartedAt, out var start) && TryTime(e.CompletedAt, out var end) && end >= start)
            {
                hours = Math.Round((end - start).TotalHours, 2);
                source = "completed_at - started_at";
            }
            if (hours != null) result.Add(new ActualMeasure { Id = e.Id, EstimatedHours = a.EstimatedHours, ActualHours = hours.Value, Source = source });
        }
        return result.ToArray();
    }

    private static bool TryTime(string? text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text ?? "", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal, out value) && text != null;

    /// <summary>The longest path by upper-bound estimate (ties: lower bound, then the smaller id), in dependency order.</summary>
    private static AchievementId[] CriticalPath(IReadOnlyList<Achievement> list, List<int>[] deps, int[] topo, Func<int, double> min, Func<int, double> max)
    {
        int n = list.Count;
        if (n == 0) return Array.Empty<AchievementId>();
        var fMax = new double[n];
        var fMin = new double[n];
        var prev = new int[n];
        foreach (var i in topo)
        {
            prev[i] = -1;
            double bMax = 0, bMin = 0;
            foreach (var j in deps[i])
                if (Better(fMax[j], fMin[j], j, bMax, bMin, prev[i], list))
                {
                    prev[i] = j; bMax = fMax[j]; bMin = fMin[j];
                }
            fMax[i] = bMax + max(i);
            fMin[i] = bMin + min(i);
        }
        int end = -1;
        // The end of the longest chain; on a tie the later achievement, so that a trailing one without an estimate stays on the path.
        foreach (var i in topo)
            if (end < 0 || fMax[i] > fMax[end] || fMax[i].Equals(fMax[end]) && fMin[i] >= fMin[end]) end = i;
        var path = new List<AchievementId>();
        for (int i = end; i >= 0; i = prev[i]) path.Add(list[i].Id);
        path.Reverse();
        return path.ToArray();
    }

    private static bool Better(double aMax, double aMin, int a, double bMax, double bMin, int b, IReadOnlyList<Achievement> list)
    {
        if (b < 0) return true;
        if (aMax != bMax) return aMax > bMax;
        if (aMin != bMin) return aMin > bMin;
        return list[a].Id.CompareTo(list[b].Id) < 0;
    }

    /// <summary>
    /// List scheduling with the run scheduler's own rules (longest remaining path first, ties by id, the lowest free
    /// executor), simulated with every achievement taking the given duration: Measure predicts what
    /// Invoke-ParallelPlan does. Returns the makespan and the placements.
    /// </summary>
    private static (double Span, PlacedAchievement[] Placed) ListSchedule(IReadOnlyList<Achievement> list, List<int>[] deps,
        int executors, Func<int, double> duration)
    {
        var nodes = new List<RunNode>(list.Count);
        for (int i = 0; i < list.Count; i++) nodes.Add(new RunNode(list[i].Id, deps[i].Select(j => list[j].Id), duration(i)));
        var prediction = SchedulePrediction.Of(nodes, executors);
        var placed = prediction.Rows.Where(r => r.State == RunState.Succeeded)
            .Select(r => new PlacedAchievement { Id = r.Id, Executor = r.Executor, Start = Math.Round(r.StartHours, 4), Finish = Math.Round(r.EndHours, 4) })
            .ToArray();
        return (prediction.MakespanHours, placed);
    }
}
