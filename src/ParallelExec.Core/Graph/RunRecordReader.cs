using System;
using System.IO;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ParallelExec.Plans;
using ParallelExec.Run;

namespace ParallelExec.Graph;

/// <summary>
/// Reads the run records Invoke-ParallelPlan writes (<c>.parallel/runs/&lt;timestamp&gt;.json</c>, see <see cref="RunRecord"/>)
/// into what a run really took: work time against wall-clock time.
/// </summary>
internal static class RunRecordReader
{
    /// <summary>Records larger than this are passed over.</summary>
    private const long MaxRecordBytes = 64L * 1024 * 1024;

    /// <summary>
    /// The newest readable run record of the plan (newest file name first), measured. A record that cannot be read is
    /// passed over; none gives null.
    /// </summary>
    public static RunMeasure? LastRunOf(ParallelPlan plan)
    {
        string[] files;
        try
        {
            var folder = RunRecord.Folder(plan);
            if (!Directory.Exists(folder)) return null;
            files = Directory.GetFiles(folder, "*.json");
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException) { return null; }
        Array.Sort(files, StringComparer.Ordinal);
        for (int i = files.Length - 1; i >= 0; i--)
        {
            var m = Read(files[i]);
            if (m != null) return m;
        }
        return null;
    }

    /// <summary>One run record, measured; null when it cannot be read.</summary>
    public static RunMeasure? Read(string path)
    {
        try
        {
            if (new FileInfo(path).Length > MaxRecordBytes) return null;
            return Measure(Load(path), path);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is JsonException
                                  || e is InvalidCastException || e is FormatException || e is ArgumentException || e is OverflowException)
        {
            return null;
        }
    }

    private static JObject Load(string path) => RecordJson.Load(path);

    /// <summary>The achievements that started and finished: their count by result, their work, first start to last end.</summary>
    private static RunMeasure Measure(JObject root, string path)
    {
        var m = new RunMeasure
        {
            RunId = (string?)root["run"] ?? Path.GetFileNameWithoutExtension(path),
            RecordPath = path,
            ThrottleLimit = (int?)root["throttle_limit"] ?? 0,
        };
        DateTimeOffset? first = null, last = null;
        double work = 0;
        if (root["achievements"] is JArray list)
            foreach (var token in list)
            {
                if (token is not JObject a) continue;
                if (!RecordedTime.TryParse((string?)a["started_at"], out var start) || !RecordedTime.TryParse((string?)a["completed_at"], out var end) || end < start) continue;
                m.Ran++;
                var result = (string?)a["result"];
                if (result == "succeeded") m.Succeeded++;
                else if (result == "failed") m.Failed++;
                work += (end - start).TotalSeconds;
                if (first == null || start < first) first = start;
                if (last == null || end > last) last = end;
            }
        SetTimes(m, TimeSpan.FromSeconds(work), first != null && last != null ? last.Value - first.Value : TimeSpan.Zero);
        return m;
    }

    /// <summary>Work and wall time, and what running in parallel saved of the work: never negative, in percent to a tenth.</summary>
    private static void SetTimes(RunMeasure m, TimeSpan work, TimeSpan wall)
    {
        m.WorkSpan = work;
        m.WallSpan = wall;
        m.SavedSpan = work > wall ? work - wall : TimeSpan.Zero;
        m.SavedPercent = work.TotalSeconds <= 0 ? 0 : Math.Round(100 * m.SavedSpan.TotalSeconds / work.TotalSeconds, 1);
    }
}
