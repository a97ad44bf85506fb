using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ParallelExec;

namespace ParallelExec.Output;

/// <summary>The markdown of -StepSummary: progress per level, a plan's measure, a recorded run.</summary>
internal static class MarkdownTables
{
    /// <summary>Get-ParallelProgress's rows as one table per plan.</summary>
    public static string Progress(IEnumerable<LevelProgress> rows)
    {
        var sb = new StringBuilder();
        foreach (var plan in rows.GroupBy(r => r.PlanName))
        {
            sb.Append("### Progress of ").Append(Cell(plan.Key)).Append("\n\n");
            sb.Append("| Level | Total | Complete | Skipped | Failed | In progress | Blocked | Ready | Waiting |\n");
            sb.Append("|---|--:|--:|--:|--:|--:|--:|--:|--:|\n");
            foreach (var r in plan)
            {
                var level = r.WholePlan ? "all" : r.Level?.ToString(CultureInfo.InvariantCulture) ?? "(cycle)";
                sb.Append("| ").Append(level).Append(" | ").Append(string.Join(" | ",
                    new[] { r.Total, r.Complete, r.Skipped, r.Failed, r.InProgress, r.Blocked, r.Ready, r.Waiting }
                        .Select(n => n.ToString(CultureInfo.InvariantCulture)))).Append(" |\n");
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>Measure-ParallelPlan's answer: estimates, critical path and, when there is one, the last recorded run.</summary>
    public static string Measure(PlanMeasure m)
    {
        var sb = new StringBuilder();
        sb.Append("### Measure of ").Append(Cell(m.PlanName)).Append("\n\n| | |\n|---|---|\n");
        Row(sb, "Achievements", m.AchievementCount.ToString(CultureInfo.InvariantCulture));
        Row(sb, "Sequential hours", m.SequentialHours.ToString());
        Row(sb, "Parallel hours", m.ParallelHours.ToString());
        Row(sb, "Saved", m.HoursSaved + " (" + m.ReductionPercent + ")");
        Row(sb, "Critical path", string.Join(" → ", m.CriticalPathKeys.Select(i => i.ToString())));
        Row(sb, "Waves, widest", m.Waves.ToString(CultureInfo.InvariantCulture) + ", " + m.MaxParallelism.ToString(CultureInfo.InvariantCulture));
        if (m.LastRun is RunMeasure run)
            Row(sb, "Last run " + run.RunId, $"{run.Ran} ran ({run.Succeeded} succeeded, {run.Failed} failed); work {Duration(run.WorkSpan)}, wall {Duration(run.WallSpan)}, saved {run.SavedPercent.ToString(CultureInfo.InvariantCulture)}%");
        return sb.Append('\n').ToString();
    }

    /// <summary>A recorded run: one row per achievement.</summary>
    public static string Run(string planName, string runId, IEnumerable<RunResult> results)
    {
        var sb = new StringBuilder();
        sb.Append("### Run ").Append(runId).Append(" of ").Append(Cell(planName)).Append("\n\n");
        sb.Append("| Id | Title | Result | Duration | Error |\n|--:|---|---|--:|---|\n");
        foreach (var r in results)
            sb.Append("| ").Append(r.Key).Append(" | ").Append(Cell(r.Title)).Append(" | ").Append(ResultName(r.ResultValue))
              .Append(" | ").Append(r.Elapsed is TimeSpan d ? Duration(d) : "").Append(" | ").Append(Cell(r.Error ?? "")).Append(" |\n");
        return sb.Append('\n').ToString();
    }

    private static string ResultName(RunState s) => ParallelExec.Run.RunRecord.ResultName(s);

    private static void Row(StringBuilder sb, string name, string value) =>
        sb.Append("| ").Append(name).Append(" | ").Append(Cell(value)).Append(" |\n");

    private static string Duration(TimeSpan t) => t.ToString(t.TotalHours >= 1 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture);

    /// <summary>Text for a table cell: no line breaks, pipes escaped.</summary>
    private static string Cell(string text) => text.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal)
        .Replace("|", "\\|", StringComparison.Ordinal);
}
