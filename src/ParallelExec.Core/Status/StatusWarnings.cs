using System;
using System.Collections.Generic;
using System.Linq;
using ParallelExec.Diagnostics;

namespace ParallelExec.Status;

/// <summary>
/// The warnings the status derivation gives, worded once: folders it cannot read, a scan cut short, files it cannot
/// read, and files it cannot map to one achievement (ambiguous or orphan).
/// </summary>
internal static class StatusWarnings
{
    public static PlanDiagnostic FolderUnreadable(string dir, Exception e) =>
        new PlanDiagnostic(DiagnosticSeverity.Warning, ErrorCodes.FolderUnreadable,
            $"Cannot read the folder '{dir}': {e.Message}", dir,
            suggestion: "Check its permissions; the status ignores the files in it.", target: dir);

    public static PlanDiagnostic ScanTruncated(string root, int maxEntries) =>
        new PlanDiagnostic(DiagnosticSeverity.Warning, ErrorCodes.StatusScanTruncated,
            $"'{root}' holds more than {maxEntries:N0} files and folders; the status was derived from the part scanned.", root,
            suggestion: "Keep a plan's files in its own folder (PLAN_<NAME>.md, subplans/, execution/), away from unrelated trees.", target: root);

    public static PlanDiagnostic FileUnreadable(StatusFile f) =>
        new PlanDiagnostic(DiagnosticSeverity.Warning, ErrorCodes.StatusFileUnreadable,
            $"Cannot read '{f.Path}': {f.ReadError} It was counted from its name alone.", f.Path,
            suggestion: "Check the file's permissions.", target: f.Path);

    /// <summary>The file's &lt;NN&gt; is the suffix of several achievements and nothing else says which one it is.</summary>
    public static PlanDiagnostic AmbiguousNumber(StatusFile f, ParallelPlan plan, List<int> candidates)
    {
        var achievements = plan.Achievements;
        var names = string.Join(" or ", candidates.Select(c => achievements[c].Key.ToString()));
        return Unmapped(ErrorCodes.AmbiguousFile, f, $"could be Achievement {names} of plan {plan.Name}", " and the file names no achievement in its first lines",
            $"Add a line such as '**Achievement**: {achievements[candidates[0]].Key}' near the top of the file.",
            $"Give the achievement a SUBPLAN_{plan.Name}_{f.Number}.md whose '**Achievement**:' line names it (feedback follows its SUBPLAN's number).");
    }

    /// <summary>The file's &lt;NN&gt; is no achievement's suffix, and nothing else names one.</summary>
    public static PlanDiagnostic OrphanNumber(StatusFile f, ParallelPlan plan) =>
        Unmapped(ErrorCodes.OrphanFile, f, $"matches no achievement of plan {plan.Name}", " and the file names none in its first lines",
            "Add a line such as '**Achievement**: 1.1' near the top of the file, or move it to its own plan's folder.",
            "Achievement X.Y's feedback files end in _XY (1.1 -> APPROVED_11.md); rename the file or move it to its own plan's folder.");

    /// <summary>
    /// A file mapped by its number to no one achievement: "'path': the number NN …; it was not counted.", with what a
    /// SUBPLAN or EXECUTION_TASK (which could name its achievement in its head) lacks, and the suggestion for its kind.
    /// </summary>
    private static PlanDiagnostic Unmapped(ErrorCode code, StatusFile f, string finding, string headless, string headedSuggestion, string feedbackSuggestion)
    {
        bool headed = f.Kind == StatusFileKind.Subplan || f.Kind == StatusFileKind.Execution;
        return new PlanDiagnostic(DiagnosticSeverity.Warning, code,
            $"'{f.Path}': the number {f.Number} {finding}" + (headed ? headless : "") + "; it was not counted.", f.Path,
            suggestion: headed ? headedSuggestion : feedbackSuggestion, target: f.Path);
    }

    /// <summary>SUBPLANs or EXECUTION_TASKs below the plan root named for another plan: not counted.</summary>
    public static PlanDiagnostic ForeignFiles(ParallelPlan plan, List<StatusFile> files)
    {
        var names = files.Select(f => f.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var shown = string.Join(", ", names.Take(5)) + (names.Count > 5 ? $" and {names.Count - 5} more" : "");
        var others = string.Join(", ", files.Select(f => f.PlanName!).Distinct(StringComparer.OrdinalIgnoreCase));
        return new PlanDiagnostic(DiagnosticSeverity.Warning, ErrorCodes.ForeignPlanFile,
            $"{plan.Name}: {names.Count} file{(names.Count == 1 ? "" : "s")} below '{plan.PlanRoot}' {(names.Count == 1 ? "is" : "are")} named for another plan ({others}): {shown}; not counted for {plan.Name}.",
            files[0].Path, suggestion: $"Move them to their own plan's folder, or, if they are {plan.Name}'s, rename them SUBPLAN_{plan.Name}_<NN>.md / EXECUTION_TASK_{plan.Name}_<NN>_<MM>.md.", target: plan.PlanRoot);
    }

    /// <summary>The file's header names achievements the plan does not define.</summary>
    public static PlanDiagnostic OrphanHeader(StatusFile f, AchievementId[] header, ParallelPlan plan) =>
        new PlanDiagnostic(DiagnosticSeverity.Warning, ErrorCodes.OrphanFile,
            $"'{f.Path}' names Achievement {string.Join(", ", header.Select(h => h.ToString()))} in its first lines, but plan {plan.Name} defines no such achievement; it was not counted.",
            f.Path, suggestion: "Correct its '**Achievement**:' line, or define the achievement in the PLAN.", target: f.Path);
}
