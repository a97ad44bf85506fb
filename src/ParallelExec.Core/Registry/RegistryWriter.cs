using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Newtonsoft.Json;
using ParallelExec.Diagnostics;
using ParallelExec.Graph;
using ParallelExec.Plans;

namespace ParallelExec.Registry;

/// <summary>Writes a plan as parallel.json in the schema's form: levels from the graph, blocks mirroring dependencies.</summary>
internal static class RegistryWriter
{
    public static string ToJson(ParallelPlan plan, DateTime? created = null)
    {
        plan.Graph.RequireAcyclic(plan.Name, plan.PlanPath, "a registry needs levels, and a cycle has none", "Then export again.");
        var sb = new StringBuilder();
        using (var sw = new StringWriter(sb, CultureInfo.InvariantCulture) { NewLine = "\n" })
        using (var w = new JsonTextWriter(sw) { Formatting = Formatting.Indented, Indentation = 2 })
        {
            w.WriteStartObject();
            w.WritePropertyName("plan"); w.WriteValue(plan.Name);
            w.WritePropertyName("version"); w.WriteValue("1.0.0");
            w.WritePropertyName("created"); w.WriteValue((created ?? DateTime.UtcNow).ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            w.WritePropertyName("levels");
            w.WriteStartArray();
            foreach (var level in plan.Achievements.GroupBy(a => a.Wave!.Value).OrderBy(g => g.Key))
            {
                w.WriteStartObject();
                w.WritePropertyName("level"); w.WriteValue(level.Key);
                w.WritePropertyName("achievements");
                w.WriteStartArray();
                foreach (var a in level.OrderBy(x => x.Key))
                {
                    w.WriteStartObject();
                    w.WritePropertyName("id"); w.WriteValue(a.Key.ToString());
                    w.WritePropertyName("title"); w.WriteValue(a.Title);
                    w.WritePropertyName("dependencies"); WriteIds(w, a.DependencyKeys);
                    w.WritePropertyName("blocks"); WriteIds(w, a.DependentKeys);
                    if (a.EstimatedHours != null) { w.WritePropertyName("estimated_hours"); w.WriteValue(Hours(a.EstimatedHours)); }
                    w.WritePropertyName("subplan_path"); w.WriteNull();
                    w.WritePropertyName("execution_paths"); w.WriteStartArray(); w.WriteEndArray();
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            var timing = PlanTiming.Of(plan);
            w.WritePropertyName("parallelization_strategy");
            w.WriteStartObject();
            w.WritePropertyName("total_sequential_time"); w.WriteValue(Hours(timing.Sequential));
            w.WritePropertyName("total_parallel_time"); w.WriteValue(Hours(timing.Parallel));
            w.WritePropertyName("time_saved"); w.WriteValue(Hours(timing.Saved));
            w.WritePropertyName("reduction_percentage"); w.WriteValue(timing.ReductionPercent);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return sb.Append('\n').ToString();
    }

    private static void WriteIds(JsonTextWriter w, AchievementId[] ids)
    {
        w.WriteStartArray();
        foreach (var id in ids) w.WriteValue(id.ToString());
        w.WriteEndArray();
    }

    public static string Hours(EstimateRange e)
    {
        string f(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
        return e.Min.Equals(e.Max) ? $"{f(e.Min)} hour{(e.Min.Equals(1) ? "" : "s")}" : $"{f(e.Min)}-{f(e.Max)} hours";
    }

    /// <summary>
    /// Writes text to a file atomically: a temporary file in the same folder, then a rename over the target,
    /// so that a reader never sees half a file and a failure leaves the old file as it was.
    /// </summary>
    public static void WriteAtomically(string path, string text, bool overwrite)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
            throw ParallelExecException.Create(ErrorCodes.OutputFolderNotFound,
                $"The folder '{folder}' does not exist.", full, "Create the folder first, or choose another -OutFile.");
        if (Directory.Exists(full))
            throw ParallelExecException.Create(ErrorCodes.OutputIsDirectory,
                $"'{full}' is a folder.", full, "Give a file path, such as <folder>/parallel.json.");
        if (File.Exists(full) && !overwrite)
            throw ParallelExecException.Create(ErrorCodes.RegistryExists,
                $"'{full}' already exists.", full, "Add -Force to replace it (it is replaced in one step; nothing is merged).");
        var temp = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
        try
        {
            File.WriteAllText(temp, text, new UTF8Encoding(false));
            if (File.Exists(full)) File.Replace(temp, full, null);
            else File.Move(temp, full);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is System.Security.SecurityException)
        {
            try { if (File.Exists(temp)) File.Delete(temp); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            throw ParallelExecException.Create(ErrorCodes.RegistryWriteFailed,
                $"Cannot write '{full}': {e.Message}", full, "Check that the folder is writable; the existing file, if any, is unchanged.", e);
        }
    }
}
