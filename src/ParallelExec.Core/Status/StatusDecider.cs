using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ParallelExec.Plans;

namespace ParallelExec.Status;

/// <summary>
/// DESIGN §1's status table: an achievement's status from the files mapped to it, the first row that matches wins —
/// skipped; approved; every execution complete in a plan without reviews; an unresolved fix (failed); a resolved fix;
/// an execution under way; executions complete; executions created; a SUBPLAN written; an unfilled SUBPLAN; nothing.
/// </summary>
internal static class StatusDecider
{
    private static readonly string[] None = Array.Empty<string>();

    public static AchievementStatusInfo Decide(Achievement a, AchievementFiles? files, bool planUsesReviews)
    {
        if (files == null) return Unfiled(a);
        var row = new Row(a, files, planUsesReviews);
        var reviewed = Reviewed(row);
        if (reviewed != null) return reviewed;
        return Executed(row, planUsesReviews, out int unfilled) ?? Written(row, unfilled);
    }

    /// <summary>
    /// No file at all: complete when the PLAN (or a summary) marks it so, with that line as the evidence — not started is
    /// not what a person would conclude there; else not started.
    /// </summary>
    private static AchievementStatusInfo Unfiled(Achievement a)
    {
        var mark = PlanMark.FirstOf(a);
        if (mark == null) return new AchievementStatusInfo(a, AchievementStatus.NotStarted, "no SUBPLAN yet", None, null, None, None);
        var where = mark.Path == a.PlanPath ? "the PLAN" : Path.GetFileName(mark.Path);
        return new AchievementStatusInfo(a, AchievementStatus.Complete, $"marked complete in {where} (line {mark.Line}); no files", new[] { mark.Location }, null, None, None);
    }

    /// <summary>The rows a feedback file decides alone: skipped, then approved.</summary>
    private static AchievementStatusInfo? Reviewed(Row row)
    {
        var files = row.Files;
        if (files.Skipped.Count > 0)
            return row.Make(AchievementStatus.Skipped, $"skipped ({NamesOf(files.Skipped)})", files.Skipped);
        if (files.Approved.Count > 0)
            return row.Make(AchievementStatus.Complete,
                files.Fixes.Count > 0 ? $"approved ({NamesOf(files.Approved)}) after a fix ({NamesOf(files.Fixes)})" : $"approved ({NamesOf(files.Approved)})",
                files.Approved);
        return null;
    }

    /// <summary>
    /// The rows the executions and fixes decide; <paramref name="unfilled"/> counts the EXECUTION_TASK scaffolds, which
    /// count as not created (they are still listed in ExecutionPaths).
    /// </summary>
    private static AchievementStatusInfo? Executed(Row row, bool planUsesReviews, out int unfilled)
    {
        var files = row.Files;
        var made = files.Executions.Where(f => !f.IsScaffold).ToList();
        unfilled = files.Executions.Count - made.Count;
        var states = made.Select(f => f.State).ToArray();
        int complete = states.Count(s => s == ExecutionState.Complete);
        if (!planUsesReviews && states.Length > 0 && complete == states.Length)
            return row.Make(AchievementStatus.Complete,
                states.Length == 1 ? $"EXECUTION_TASK says Complete{LineOf(made[0])}; plan has no reviews"
                    : $"all {states.Length} EXECUTION_TASKs say Complete; plan has no reviews",
                made);
        return Fixed(row) ?? Progressed(row, made, states.Length, complete) ?? Created(row, made, unfilled);
    }

    /// <summary>An unresolved fix fails the achievement; a resolved one puts it back under review.</summary>
    private static AchievementStatusInfo? Fixed(Row row)
    {
        var files = row.Files;
        var unresolved = files.Fixes.Where(fix => !files.Resolutions.Any(r => r.Number == fix.Number)).ToList();
        if (unresolved.Count > 0)
            return row.Make(AchievementStatus.Failed, $"the review asked for fixes ({NamesOf(unresolved)})", unresolved);
        if (files.Fixes.Count > 0)
            return row.Make(AchievementStatus.InProgress, $"fix resolved ({NamesOf(files.Resolutions)}), awaiting review", files.Fixes.Concat(files.Resolutions));
        return null;
    }

    /// <summary>Executions under way, or some or all complete (awaiting review).</summary>
    private static AchievementStatusInfo? Progressed(Row row, List<StatusFile> made, int count, int complete)
    {
        var running = made.Where(f => f.State == ExecutionState.InProgress).ToList();
        if (running.Count > 0)
            return row.Make(AchievementStatus.InProgress,
                count == 1 ? "execution in progress" : $"{running.Count} of {count} executions in progress, {complete} complete", running);
        if (complete == 0) return null;
        var done = made.Where(f => f.State == ExecutionState.Complete);
        if (complete == count) return row.Make(AchievementStatus.InProgress, "execution complete, awaiting review", done);
        return row.Make(AchievementStatus.InProgress, $"{complete} of {count} executions complete", done);
    }

    /// <summary>Executions written but not started: what the first status line says, and how many scaffolds are unfilled.</summary>
    private static AchievementStatusInfo? Created(Row row, List<StatusFile> made, int unfilled)
    {
        if (made.Count == 0) return null;
        var said = made.Select(f => f.StatusText).FirstOrDefault(t => !string.IsNullOrEmpty(t));
        return row.Make(AchievementStatus.ExecutionCreated,
            (made.Count == 1 ? "EXECUTION_TASK created" : $"{made.Count} EXECUTION_TASKs created") +
            (said == null ? ", no status line" : $", not started ('{Shorten(PlanText.Repair(said))}')") +
            (unfilled == 0 ? "" : $", {unfilled} unfilled scaffold{(unfilled == 1 ? "" : "s")}"), made);
    }

    /// <summary>No execution created: the SUBPLAN decides (written, or an unfilled scaffold), else nothing was started.</summary>
    private static AchievementStatusInfo Written(Row row, int unfilled)
    {
        var subplan = row.Subplan;
        if (subplan != null && !subplan.IsScaffold && subplan.State == ExecutionState.Complete)
            return row.PlanUsesReviews
                ? row.Make(AchievementStatus.InProgress, $"SUBPLAN says Complete{LineOf(subplan)}, awaiting review (no EXECUTION_TASK)", new[] { subplan })
                : row.Make(AchievementStatus.Complete, $"SUBPLAN says Complete{LineOf(subplan)}; no EXECUTION_TASK, plan has no reviews", new[] { subplan });
        if (subplan != null && !subplan.IsScaffold)
            return row.Make(AchievementStatus.SubplanCreated,
                unfilled == 0 ? "SUBPLAN written, no EXECUTION_TASK yet"
                    : $"SUBPLAN written, no EXECUTION_TASK yet ({unfilled} unfilled scaffold{(unfilled == 1 ? "" : "s")})", new[] { subplan });
        if (subplan != null)
            return row.Make(AchievementStatus.NotStarted, "the SUBPLAN is an unfilled scaffold ([TO BE FILLED markers)", new[] { subplan });
        return row.Make(AchievementStatus.NotStarted, row.Feedback.Length > 0 ? "no SUBPLAN yet (feedback files only)" : "no SUBPLAN yet", Array.Empty<StatusFile>());
    }

    /// <summary>" (line N)" for the statement that decided a file's state, when its line is known.</summary>
    private static string LineOf(StatusFile f) => f.StatusLine > 0 ? $" (line {f.StatusLine})" : "";

    private static string[] PathsOf(IEnumerable<StatusFile> files) => files.Select(f => f.Path).ToArray();

    private static string NamesOf(IEnumerable<StatusFile> files) => string.Join(", ", files.Select(f => f.Name));

    private static string Shorten(string s)
    {
        s = s.Replace("**", "").Trim();
        return s.Length <= 40 ? s : string.Concat(s.AsSpan(0, 39), "…");
    }

    /// <summary>
    /// One achievement's files and what every row reports whichever decides: the SUBPLAN (a filled one first, then one
    /// in a subplans/ folder, then by path), the execution paths and the feedback paths (by path).
    /// </summary>
    private sealed class Row
    {
        public Row(Achievement a, AchievementFiles files, bool planUsesReviews)
        {
            Achievement = a;
            Files = files;
            PlanUsesReviews = planUsesReviews;
            Subplan = files.Subplans
                .OrderBy(f => f.IsScaffold ? 1 : 0)
                .ThenBy(f => string.Equals(Path.GetFileName(Path.GetDirectoryName(f.Path)), PlanConventions.SubplansFolder, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
                .ThenBy(f => f.Path, StringComparer.Ordinal)
                .FirstOrDefault();
            Executions = PathsOf(files.Executions);
            Feedback = PathsOf(files.Approved.Concat(files.Fixes).Concat(files.Resolutions).Concat(files.Skipped).OrderBy(f => f.Path, StringComparer.Ordinal));
        }

        public Achievement Achievement { get; }
        public AchievementFiles Files { get; }
        public bool PlanUsesReviews { get; }
        public StatusFile? Subplan { get; }
        public string[] Executions { get; }
        public string[] Feedback { get; }

        public AchievementStatusInfo Make(AchievementStatus status, string detail, IEnumerable<StatusFile> evidence) =>
            new AchievementStatusInfo(Achievement, status, detail, PathsOf(evidence), Subplan?.Path, Executions, Feedback);
    }
}
