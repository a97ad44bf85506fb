using System;
using System.Collections.Generic;
using System.IO;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ParallelExec.Diagnostics;
using ParallelExec.Graph;
using ParallelExec.Plans;

namespace ParallelExec.Workflow;

/// <summary>
/// Reads the result files the jobs of an exported workflow upload (<c>parallel-result-&lt;job&gt;/result.json</c>, each
/// one achievement's entry of a run record: docs/ci.md) back into run results, for the run record.
/// </summary>
internal static class RunResultFiles
{
    private const long MaxResultBytes = 1024 * 1024;

    /// <summary>
    /// The results found in <paramref name="folder"/> (its own result.json and those of its <c>parallel-result-*</c>
    /// folders), in id order; every id of <paramref name="expected"/> without a result is recorded as blocked (its job never
    /// ran: a dependency failed, or the run was cancelled). Files that cannot be read, or name no achievement of the
    /// plan, are reported in <paramref name="diagnostics"/> and passed over.
    /// </summary>
    public static List<RunResult> Read(ParallelPlan plan, string folder, IEnumerable<AchievementId> expected, IList<PlanDiagnostic> diagnostics)
    {
        var byId = new SortedDictionary<AchievementId, RunResult>();
        foreach (var file in Files(folder))
        {
            var r = ReadOne(plan, file, diagnostics);
            if (r == null) continue;
            if (!byId.TryGetValue(r.Key, out var seen) || (r.CompletedAt ?? DateTime.MinValue) > (seen.CompletedAt ?? DateTime.MinValue)) byId[r.Key] = r;
        }
        foreach (var id in expected)
        {
            if (byId.ContainsKey(id) || plan.Find(id) is not Achievement a) continue;
            byId[id] = new RunResult(plan.Name, id, RunState.Blocked)
            {
                Title = a.Title,
                PlanPath = plan.PlanPath,
                Error = "No result: the job did not run (a dependency failed, or the run was cancelled).",
            };
        }
        return new List<RunResult>(byId.Values);
    }

    /// <summary>The most results that were running at one time (the run's real parallelism).</summary>
    public static int PeakConcurrency(IReadOnlyList<RunResult> results)
    {
        var events = new List<(DateTime At, int Delta)>();
        foreach (var r in results)
            if (r.StartedAt is DateTime s && r.CompletedAt is DateTime c && c >= s) { events.Add((s, 1)); events.Add((c, -1)); }
        events.Sort((x, y) => x.At != y.At ? x.At.CompareTo(y.At) : x.Delta.CompareTo(y.Delta)); // an end before a start at one instant
        int now = 0, peak = 0;
        foreach (var e in events) peak = Math.Max(peak, now += e.Delta);
        return peak;
    }

    private static IEnumerable<string> Files(string folder)
    {
        var own = Path.Combine(folder, WorkflowNames.ResultFileName);
        if (File.Exists(own)) yield return own;
        foreach (var sub in Directory.EnumerateDirectories(folder, WorkflowNames.ResultArtifactPrefix + "*"))
        {
            var file = Path.Combine(sub, WorkflowNames.ResultFileName);
            if (File.Exists(file)) yield return file;
        }
    }

    private static RunResult? ReadOne(ParallelPlan plan, string file, IList<PlanDiagnostic> diagnostics)
    {
        JObject o;
        try
        {
            if (new FileInfo(file).Length > MaxResultBytes) throw new IOException($"it is larger than {MaxResultBytes / 1024} KB");
            o = RecordJson.Load(file);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is JsonException)
        {
            diagnostics.Add(Problem(file, $"cannot be read ({e.Message})"));
            return null;
        }
        var text = o["achievement"]?.Type == JTokenType.String ? (string?)o["achievement"] : null;
        if (!AchievementId.TryParse(text ?? "", out var id) || plan.Find(id) is not Achievement a)
        {
            diagnostics.Add(Problem(file, $"names no achievement of {plan.Name} ('{text}')"));
            return null;
        }
        var result = new RunResult(plan.Name, id, State(Text(o, "result")))
        {
            Title = a.Title,
            PlanPath = plan.PlanPath,
            Attempts = o["attempts"]?.Type == JTokenType.Integer ? Math.Max(1, (int)o["attempts"]!) : 1,
            StartedAt = Time(Text(o, "started_at")),
            CompletedAt = Time(Text(o, "completed_at")),
            Error = Text(o, "error"),
        };
        var log = Text(o, "log_path");
        if (log != null) result.LogPath = Path.Combine(Path.GetDirectoryName(file)!, log);
        return result;
    }

    private static string? Text(JObject o, string name) => o[name]?.Type == JTokenType.String ? (string?)o[name] : null;

    private static DateTime? Time(string? text) => RecordedTime.TryParse(text, out var t) ? t.UtcDateTime : null;

    /// <summary>A recorded result by its run record name (succeeded, failed, cancelled …); anything else counts as failed.</summary>
    private static RunState State(string? name)
    {
        foreach (RunState s in Enum.GetValues<RunState>())
            if (string.Equals(Run.RunRecord.ResultName(s), name, StringComparison.Ordinal)) return s;
        return RunState.Failed;
    }

    private static PlanDiagnostic Problem(string file, string what) =>
        new PlanDiagnostic(DiagnosticSeverity.Warning, ErrorCodes.RunResultUnreadable, $"The result file '{file}' {what}; it is left out of the run record.",
            file, suggestion: "Result files are written by the jobs of Export-ParallelWorkflow's workflows (docs/ci.md shows the format).", target: file);
}
