using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Newtonsoft.Json;
using ParallelExec.Plans;
using ParallelExec.Diagnostics;

namespace ParallelExec.Run;

/// <summary>Writes a run's record, <c>&lt;plan root&gt;/.parallel/runs/&lt;timestamp&gt;.json</c>.</summary>
internal static class RunRecord
{
    /// <summary>The folder runs are recorded in: <c>&lt;plan root&gt;/.parallel/runs</c>.</summary>
    public static string Folder(ParallelPlan plan) => PlanConventions.RunsFolder(plan.PlanRoot);

    /// <summary>A timestamp usable as a file name, UTC, to the millisecond (20261201T004858123Z).</summary>
    public static string Stamp(DateTime utc) => utc.ToUniversalTime().ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture);

    public static string ToJson(ParallelPlan plan, string runId, DateTime startedAt, DateTime completedAt, int throttleLimit, int maxAttempts,
        IEnumerable<RunResult> results)
    {
        var sw = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var w = new JsonTextWriter(sw) { Formatting = Formatting.Indented, DateFormatHandling = DateFormatHandling.IsoDateFormat })
        {
            w.WriteStartObject();
            w.WritePropertyName("plan"); w.WriteValue(plan.Name);
            w.WritePropertyName("run"); w.WriteValue(runId);
            w.WritePropertyName("started_at"); w.WriteValue(Iso(startedAt));
            w.WritePropertyName("completed_at"); w.WriteValue(Iso(completedAt));
            w.WritePropertyName("duration_seconds"); w.WriteValue(Math.Round((completedAt - startedAt).TotalSeconds, 3));
            w.WritePropertyName("throttle_limit"); w.WriteValue(throttleLimit);
            w.WritePropertyName("max_attempts"); w.WriteValue(maxAttempts);
            w.WritePropertyName("achievements");
            w.WriteStartArray();
            foreach (var r in results)
            {
                w.WriteStartObject();
                w.WritePropertyName("achievement"); w.WriteValue(r.Key.ToString());
                w.WritePropertyName("title"); w.WriteValue(r.Title);
                w.WritePropertyName("result"); w.WriteValue(ResultName(r.ResultValue));
                w.WritePropertyName("attempts"); w.WriteValue(r.Attempts);
                w.WritePropertyName("started_at"); if (r.StartedAt is DateTime s) w.WriteValue(Iso(s)); else w.WriteNull();
                w.WritePropertyName("completed_at"); if (r.CompletedAt is DateTime c) w.WriteValue(Iso(c)); else w.WriteNull();
                w.WritePropertyName("duration_seconds"); if (r.DurationSeconds is double d) w.WriteValue(d); else w.WriteNull();
                w.WritePropertyName("log_path"); w.WriteValue(r.LogPath);
                w.WritePropertyName("working_directory"); w.WriteValue(r.WorkingDirectory);
                w.WritePropertyName("error"); w.WriteValue(r.Error);
                if (r.AttemptErrors.Count > 0)
                {
                    w.WritePropertyName("attempt_errors"); w.WriteStartArray();
                    foreach (var e in r.AttemptErrors) w.WriteValue(e);
                    w.WriteEndArray();
                }
                if (r.Branch != null) { w.WritePropertyName("branch"); w.WriteValue(r.Branch); }
                if (r.MergeCommit != null) { w.WritePropertyName("merge_commit"); w.WriteValue(r.MergeCommit); }
                if (r.ConflictFiles.Length > 0)
                {
                    w.WritePropertyName("conflict_files"); w.WriteStartArray();
                    foreach (var f in r.ConflictFiles) w.WriteValue(f);
                    w.WriteEndArray();
                }
                if (r.ScopeDrift.Length > 0)
                {
                    w.WritePropertyName("scope_drift"); w.WriteStartArray();
                    foreach (var f in r.ScopeDrift) w.WriteValue(f);
                    w.WriteEndArray();
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return sw.ToString() + "\n";
    }

    /// <summary>Writes the record atomically under the plan root and returns its path.</summary>
    public static string Write(ParallelPlan plan, string runId, DateTime startedAt, DateTime completedAt, int throttleLimit, int maxAttempts,
        IEnumerable<RunResult> results)
    {
        var folder = Folder(plan);
        try
        {
            PlanWrites.CreateFolders(plan.PlanRoot, folder, new List<string>());
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            throw ParallelExecException.Create(ErrorCodes.RunFolderNotWritable, $"Cannot create '{folder}' for the run's record: {e.Message}", folder,
                "Make the plan folder writable.", e);
        }
        var path = Path.Combine(folder, runId + ".json");
        PlanWrites.Replace(PlanPaths.RequireInside(plan.PlanRoot, path, "written"), ToJson(plan, runId, startedAt, completedAt, throttleLimit, maxAttempts, results));
        return path;
    }

    /// <summary>The snake_case name a result is recorded under (already_complete, succeeded …).</summary>
    public static string ResultName(RunState s)
    {
        switch (s)
        {
            case RunState.AlreadyComplete: return "already_complete";
            case RunState.MergeConflict: return "merge_conflict";
            default: return s.ToString().ToLowerInvariant();
        }
    }

    private static string Iso(DateTime t) => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
