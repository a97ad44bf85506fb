using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ParallelExec.Diagnostics;
using ParallelExec.Status;

namespace ParallelExec.Menu;

/// <summary>The lines of the menu's screen, section by section, as <see cref="ParallelMenu"/> shows its plan.</summary>
internal static class MenuScreen
{
    public const string Title = "PARALLEL EXECUTION MENU";

    /// <summary>The title, the plan and the progress per level ("Level 1 (3/3 complete)").</summary>
    public static MenuLine[] Header(ParallelPlan plan)
    {
        var lines = new List<MenuLine>
        {
            new MenuLine(MenuLineKind.Title, "=== " + Title + " ==="),
            new MenuLine(MenuLineKind.Plan, $"Plan: {plan.Label} ({plan.Achievements.Count} achievements)"),
        };
        foreach (var row in ProgressSummary.Summarize(plan.Statuses, byPlan: false))
        {
            var name = row.Level.HasValue ? $"Level {row.Level}" : "In a cycle";
            var extra = new List<string>();
            if (row.Skipped > 0) extra.Add($"{row.Skipped} skipped");
            if (row.Failed > 0) extra.Add($"{row.Failed} failed");
            if (row.InProgress > 0) extra.Add($"{row.InProgress} in progress");
            if (row.Ready > 0) extra.Add($"ready: {string.Join(", ", row.ReadyKeys.Select(i => i.ToString()))}");
            var kind = row.Failed > 0 ? MenuLineKind.LevelFailed : row.Done == row.Total ? MenuLineKind.LevelDone : MenuLineKind.Level;
            // A skipped achievement is done for scheduling but not complete: "(2/3 complete) - 1 skipped", never "3/3".
            lines.Add(new MenuLine(kind, $"{name} ({row.Complete}/{row.Total} complete)" + (extra.Count > 0 ? " - " + string.Join("; ", extra) : ""), 2));
        }
        return lines.ToArray();
    }

    /// <summary>An invalid parallel.json or a cycle: what is wrong and how to fix it.</summary>
    public static MenuLine[] Problems(ParallelPlan plan, IEnumerable<ValidationRecord> registryUnusable)
    {
        var lines = new List<MenuLine>();
        foreach (var d in plan.Diagnostics.Where(d => d.Code.StartsWith("Registry", StringComparison.Ordinal) && d.SeverityValue != DiagnosticSeverity.Information))
            lines.Add(Problem(d.ErrorCode, d.Message, d.Suggestion));
        foreach (var f in registryUnusable)
            lines.Add(Problem(f.Diagnostic.ErrorCode,
                $"{Path.GetFileName(f.Path)}{(f.Line.HasValue ? $" line {f.Line}" : "")}: {f.Message} (the PLAN was read without it)", f.Suggestion));
        foreach (var c in plan.CycleKeys)
            lines.Add(Problem(ErrorCodes.CircularDependency,
                $"{string.Join(" -> ", c.Select(i => i.ToString()))}. Fix: remove one dependency of the cycle in the PLAN, then reopen the menu.", null));
        return lines.ToArray();
    }

    private static MenuLine Problem(ErrorCode code, string message, string? suggestion) =>
        new MenuLine(MenuLineKind.Warning, "! " + code.Tag(message) + (string.IsNullOrEmpty(suggestion) ? "" : " Fix: " + suggestion), code: code);

    /// <summary>The failed achievements (a FIX without APPROVED), as the seed's error example shows them, and the way on.</summary>
    public static MenuLine[] Failures(ParallelPlan plan)
    {
        var failed = plan.Statuses.Where(s => s.StatusValue.Equals(AchievementStatus.Failed)).ToList();
        if (failed.Count == 0) return Array.Empty<MenuLine>();
        var lines = new List<MenuLine> { new MenuLine(MenuLineKind.Error, "Parallel execution failures:") };
        foreach (var info in failed)
        {
            lines.Add(new MenuLine(MenuLineKind.Failure, $"Achievement {info.Key} failed during execution ({info.Detail})", 2));
            var blocks = plan.Statuses.Where(s => s.BlockedByKeys.Contains(info.Key)).Select(s => s.Key.ToString()).ToArray();
            lines.Add(new MenuLine(MenuLineKind.Failure, blocks.Length == 0 ? "It blocks no other achievement." : $"It blocks: {string.Join(", ", blocks)}", 4));
        }
        lines.Add(new MenuLine(MenuLineKind.Help, "Recovery options: r (retry with its fix prompt), s (skip it), c (continue with the rest)", 2));
        return lines.ToArray();
    }

    /// <summary>"1. Create SUBPLANs for level 1", or greyed with "(disabled: why)".</summary>
    public static MenuLine[] Options(IEnumerable<MenuOption> options) =>
        options.Select(o => new MenuLine(o.Enabled ? MenuLineKind.Option : MenuLineKind.DisabledOption, o.ToString(), 2, option: o)).ToArray();

    /// <summary>The whole screen: the header, the problems and the failures when there are some, the options, the prompt.</summary>
    public static MenuLine[] Of(MenuLine[] header, MenuLine[] problems, MenuLine[] failures, MenuLine[] options)
    {
        var lines = new List<MenuLine> { MenuLine.Blank };
        lines.AddRange(header);
        foreach (var section in new[] { problems, failures })
        {
            if (section.Length == 0) continue;
            lines.Add(MenuLine.Blank);
            lines.AddRange(section);
        }
        lines.Add(MenuLine.Blank);
        lines.AddRange(options);
        lines.Add(MenuLine.Blank);
        lines.Add(new MenuLine(MenuLineKind.Prompt, "Choose an option: "));
        return lines.ToArray();
    }
}
