using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ParallelExec.Diagnostics;
using ParallelExec.Plans;

namespace ParallelExec.Status;

/// <summary>
/// Marks an achievement as skipped with the methodology's SKIPPED_&lt;NN&gt;.md feedback file: the reason, the date and what
/// the skip unblocks. A skipped achievement counts as done for its dependents' readiness and is reported as skipped.
/// </summary>
internal static class AchievementSkipper
{
    /// <summary>Where the SKIPPED file of an achievement goes: &lt;plan root&gt;/execution/feedbacks/SKIPPED_&lt;NN&gt;.md.</summary>
    public static string PathFor(Achievement a) =>
        PlanConventions.SkippedPath(a);

    /// <summary>
    /// The dependents that become ready once this achievement counts as done: every other dependency of theirs is
    /// complete or skipped and they are not under way yet. Read over the plan's graph.
    /// </summary>
    public static AchievementId[] Unblocks(Achievement a)
    {
        var plan = a.Plan;
        var graph = plan.Graph;
        if (!graph.TryIndex(a.Key, out int self)) return Array.Empty<AchievementId>();
        var result = new List<AchievementId>();
        foreach (var k in graph.Dependents[self])
        {
            if (StatusReadiness.IsDone(StatusOf(plan, k))) continue;
            bool ready = true;
            foreach (var j in graph.Dependencies[k])
                if (j != self && !StatusReadiness.IsDone(StatusOf(plan, j))) { ready = false; break; }
            if (ready) result.Add(graph.Ids[k]);
        }
        return result.ToArray();
    }

    /// <summary>The status of the plan's achievement <paramref name="i"/>: as derived, else as stored on the achievement.</summary>
    private static AchievementStatus StatusOf(ParallelPlan plan, int i) =>
        i < plan.Statuses.Count ? plan.Statuses[i].StatusValue : plan.Achievements[i].StatusValue;

    /// <summary>The SKIPPED file's text.</summary>
    public static string Text(Achievement a, string reason, DateTime date)
    {
        var sb = new StringBuilder();
        sb.Append("# SKIPPED: Achievement ").Append(a.Key).Append(" - ").Append(PlanWrites.HeaderLine(a.Title)).Append("\n\n");
        sb.Append("**Achievement**: ").Append(a.Key).Append('\n');
        sb.Append("**Plan**: ").Append(PlanWrites.HeaderLine(a.PlanName)).Append('\n');
        sb.Append("**Status**: Skipped\n");
        sb.Append("**Date**: ").Append(date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)).Append("\n\n");
        sb.Append("## Reason\n\n").Append(reason.Trim().Replace("\r\n", "\n")).Append("\n\n");
        sb.Append("## Unblocks\n\n");
        var unblocks = Unblocks(a);
        if (unblocks.Length == 0) sb.Append(a.DependentKeys.Length == 0 ? "Nothing: no achievement depends on it.\n" : "Nothing yet: its dependents still wait on other dependencies.\n");
        foreach (var id in unblocks) sb.Append("- ").Append(id).Append(' ').Append(PlanWrites.HeaderLine(a.Plan.Find(id)!.Title)).Append('\n');
        var waiting = a.DependentKeys.Where(id => Array.IndexOf(unblocks, id) < 0 && a.Plan.Find(id) != null).OrderBy(x => x).ToArray();
        if (unblocks.Length > 0 && waiting.Length > 0)
            sb.Append("\nStill waiting on other dependencies: ").Append(string.Join(", ", waiting.Select(x => x.ToString()))).Append('\n');
        sb.Append("\nSkipped achievements count as done for scheduling and are reported as skipped. Delete this file to take the skip back.\n");
        return sb.ToString();
    }

    /// <summary>Writes the SKIPPED file atomically (creating execution/feedbacks when needed); refuses to replace one unless <paramref name="force"/>.</summary>
    public static string Write(Achievement a, string reason, bool force, DateTime date)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw ParallelExecException.Create(ErrorCodes.SkipReasonMissing,
                $"Skipping {a.Key} needs a reason.", a.PlanPath, "Give -Reason with why the achievement is skipped (it is written into the SKIPPED file).", target: a.Key.ToString());
        var path = PathFor(a);
        if (File.Exists(path) && !force)
            throw ParallelExecException.Create(ErrorCodes.SkipFileExists,
                $"'{path}' already exists: {a.Key} is already skipped.", path, "Add -Force to replace it with the new reason.", target: a.Key.ToString());
        var root = Path.GetFullPath(a.Plan.PlanRoot);
        PlanPaths.RequireInside(root, path, "written");
        var folder = Path.GetDirectoryName(path)!;
        var created = new List<string>();
        try
        {
            PlanWrites.CreateFolders(root, folder, created);
            PlanWrites.Replace(path, Text(a, reason, date));
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ParallelExecException)
        {
            // A failed write (a full disk) leaves no folder it created.
            PlanWrites.RemoveCreated(created);
            if (e is ParallelExecException) throw;
            throw ParallelExecException.Create(ErrorCodes.SkipWriteFailed,
                $"Cannot create '{folder}': {e.Message}", folder, "Check that the plan folder is writable.", e, a.Key.ToString());
        }
        return path;
    }
}
