using System;
using System.Collections.Generic;
using System.Linq;

namespace ParallelExec
{
    /// <summary>One level of a plan, measured: how many achievements, their summed and their longest estimate.</summary>
    public sealed class LevelMeasure
    {
        public string PlanName { get; internal set; } = "";
        public int Level { get; internal set; }
        public int Count { get; internal set; }
        public AchievementId[] Ids { get; internal set; } = Array.Empty<AchievementId>();

        /// <summary>The level's estimates added up (one executor).</summary>
        public EstimateRange SequentialHours { get; internal set; } = new EstimateRange(0, 0);

        /// <summary>The level's longest estimate (as many executors as achievements).</summary>
        public EstimateRange ParallelHours { get; internal set; } = new EstimateRange(0, 0);

        public AchievementId[] WithoutEstimate { get; internal set; } = Array.Empty<AchievementId>();

        /// <summary>As the PlanMeasure view shows a level: "L2: 1.2, 2.1 (5h / 3h)" (summed / longest estimate).</summary>
        public override string ToString() =>
            $"L{Level}: {string.Join(", ", Ids.Select(i => i.ToString()))} ({SequentialHours} / {ParallelHours})";
    }

    /// <summary>What running a plan in parallel saves, measured from its estimates and its dependency graph.</summary>
    public sealed class PlanMeasure
    {
        public string PlanName { get; internal set; } = "";
        public string PlanPath { get; internal set; } = "";

        /// <summary>Where the edges came from: the plan's parallel.json, or the PLAN alone.</summary>
        public string Source { get; internal set; } = "";

        /// <summary>Source, with what was assumed ("PLAN (3 assumed)"), under the name the default view shows.</summary>
        public string Edges => AssumedEdgeCount > 0 ? $"{Source} ({AssumedEdgeCount} assumed)"
            : AssumedIndependentCount > 0 ? $"{Source} ({AssumedIndependentCount} assumed independent)" : Source;

        /// <summary>The number of executors scheduled on; null for as many as the plan can use.</summary>
        public int? Executors { get; internal set; }

        public int AchievementCount { get; internal set; }
        public EstimateRange SequentialHours { get; internal set; } = new EstimateRange(0, 0);
        public EstimateRange ParallelHours { get; internal set; } = new EstimateRange(0, 0);
        public EstimateRange HoursSaved { get; internal set; } = new EstimateRange(0, 0);
        public string ReductionPercent { get; internal set; } = "0%";

        /// <summary>The longest chain by estimate (upper bound, then lower bound), first achievement first.</summary>
        public AchievementId[] CriticalPath { get; internal set; } = Array.Empty<AchievementId>();

        /// <summary>The most achievements that can run at once: the widest level, at most <see cref="Executors"/>.</summary>
        public int MaxParallelism { get; internal set; }

        /// <summary>The number of waves the graph needs (levels computed from the edges).</summary>
        public int Waves { get; internal set; }

        /// <summary>Per wave (the level computed from the edges, so that its hours agree with ParallelHours).</summary>
        public LevelMeasure[] Levels { get; internal set; } = Array.Empty<LevelMeasure>();

        /// <summary>Achievements without an estimate: counted as 0 hours in every sum above, and named here.</summary>
        public AchievementId[] WithoutEstimate { get; internal set; } = Array.Empty<AchievementId>();

        /// <summary>Edges assumed by -Assume because the PLAN declares none; parallelism over them is not measured but assumed.</summary>
        public int AssumedEdgeCount { get; internal set; }

        /// <summary>
        /// Under -Assume Independent, the achievements taken as independent because they declare no dependencies: the
        /// parallelism they give is assumed, as much as an assumed edge's sequence is.
        /// </summary>
        public int AssumedIndependentCount { get; internal set; }

        /// <summary>True when every achievement has an estimate and nothing about the graph is assumed (no edge, no independence).</summary>
        public bool IsMeasured => WithoutEstimate.Length == 0 && AssumedEdgeCount == 0 && AssumedIndependentCount == 0;

        /// <summary>Achievements whose parallel.json records actual_hours (or started_at and completed_at), with their estimates.</summary>
        public ActualMeasure[] Actuals { get; internal set; } = Array.Empty<ActualMeasure>();

        /// <summary>The recorded actual hours added up; null when none are recorded.</summary>
        public double? ActualHours => Actuals.Length == 0 ? (double?)null : Math.Round(Actuals.Sum(a => a.ActualHours), 2);

        /// <summary>The estimates of the same achievements added up (those without an estimate count 0); null when no actuals.</summary>
        public EstimateRange? EstimatedHoursOfActuals => Actuals.Length == 0 ? null
            : new EstimateRange(Math.Round(Actuals.Sum(a => a.EstimatedHours?.Min ?? 0), 2), Math.Round(Actuals.Sum(a => a.EstimatedHours?.Max ?? 0), 2));

        /// <summary>Each achievement's scheduled start and finish (upper-bound estimates), in start order.</summary>
        public PlacedAchievement[] Schedule { get; internal set; } = Array.Empty<PlacedAchievement>();

        /// <summary>
        /// What the newest run of Invoke-ParallelPlan (its record in .parallel/runs) really saved: the time its achievements
        /// worked, added up, against the wall-clock time from the first start to the last completion. Null without a run.
        /// </summary>
        public RunMeasure? LastRun { get; internal set; }
    }

    /// <summary>The measured outcome of one recorded run: work time against wall-clock time.</summary>
    public sealed class RunMeasure
    {
        public string RunId { get; internal set; } = "";
        public string RecordPath { get; internal set; } = "";
        public int ThrottleLimit { get; internal set; }
        /// <summary>Achievements that ran (started and finished), whatever their result.</summary>
        public int Ran { get; internal set; }
        public int Succeeded { get; internal set; }
        public int Failed { get; internal set; }
        /// <summary>The durations of the achievements that ran, added up: the time one executor would have needed.</summary>
        public TimeSpan WorkTime { get; internal set; }
        /// <summary>From the first start to the last completion.</summary>
        public TimeSpan WallTime { get; internal set; }
        public TimeSpan TimeSaved => WorkTime > WallTime ? WorkTime - WallTime : TimeSpan.Zero;
        /// <summary>The time saved as a share of the work time, in percent (0 when nothing overlapped).</summary>
        public double SavedPercent => WorkTime.TotalSeconds <= 0 ? 0 : Math.Round(100 * TimeSaved.TotalSeconds / WorkTime.TotalSeconds, 1);

        public override string ToString()
        {
            var ci = System.Globalization.CultureInfo.InvariantCulture;
            return $"{RunId}: {Ran} ran ({Succeeded} succeeded, {Failed} failed) at -ThrottleLimit {ThrottleLimit}; " +
                   $"{Span(WorkTime)} of work in {Span(WallTime)} ({SavedPercent.ToString("0.#", ci)}% saved)";
        }

        private static string Span(TimeSpan t)
        {
            var ci = System.Globalization.CultureInfo.InvariantCulture;
            if (t.TotalHours >= 1) return t.TotalHours.ToString("0.##", ci) + " h";
            if (t.TotalMinutes >= 1) return t.TotalMinutes.ToString("0.#", ci) + " min";
            return t.TotalSeconds.ToString("0.##", ci) + " s";
        }
    }

    /// <summary>An achievement whose parallel.json records how long it really took, with its estimate.</summary>
    public sealed class ActualMeasure
    {
        public AchievementId Id { get; internal set; } = default!;
        public EstimateRange? EstimatedHours { get; internal set; }
        public double ActualHours { get; internal set; }

        /// <summary>"actual_hours", or "completed_at - started_at" when only the times are recorded.</summary>
        public string Source { get; internal set; } = "";
        public override string ToString() => $"{Id}: {ActualHours.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}h (estimated {EstimatedHours?.ToString() ?? "none"})";
    }

    /// <summary>One achievement placed on an executor by the scheduler (upper-bound estimates).</summary>
    public sealed class PlacedAchievement
    {
        public AchievementId Id { get; internal set; } = default!;
        public int Executor { get; internal set; }
        public double Start { get; internal set; }
        public double Finish { get; internal set; }
        public override string ToString() => $"{Id}@{Executor}:{Start}-{Finish}";
    }

    /// <summary>
    /// Measures a plan: sequential against parallel time, the critical path, and, with a number of executors,
    /// a list schedule that starts the ready achievement with the longest remaining path first. Iterative throughout.
    /// </summary>
    public static class MeasureEngine
    {
        public static PlanMeasure Measure(ParallelPlan plan, int? executors = null)
        {
            if (executors.HasValue && executors.Value < 1)
                throw ParallelExecException.Create("InvalidExecutorCount", DiagnosticKind.InvalidArgument,
                    $"{executors} executors cannot run anything.", plan.PlanPath, "Give -Executors 1 or more, or leave it out for as many as the plan can use.");
            if (plan.Cycles.Count > 0)
            {
                var cycle = string.Join(" -> ", plan.Cycles[0].Select(c => c.ToString()));
                throw ParallelExecException.Create("CircularDependency", DiagnosticKind.InvalidData,
                    $"{plan.Name} has a circular dependency ({cycle}); a cycle has no schedule to measure.", plan.PlanPath,
                    PlanBuilder.CycleSuggestion(plan.Cycles[0]) + " Then measure again.", target: cycle);
            }
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
            Registry registry;
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
}
