using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ParallelExec.Diagnostics;
using ParallelExec.Plans;
using ParallelExec.Status;

namespace ParallelExec.Prompts;

/// <summary>
/// Chooses what an EXECUTION batch covers: the requested achievements with a written SUBPLAN that are ready (or whose
/// dependencies are ignored), each with the EXECUTION_TASKs its SUBPLAN plans that are not written yet.
/// </summary>
internal static class ExecutionSelector
{
    private static readonly Regex ExecutionNumber = new Regex(@"_([0-9]+)_([0-9]+)(?:_[A-Za-z][A-Za-z0-9]*)*\.md$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static BatchSelection Select(ParallelPlan plan, IReadOnlyCollection<Achievement> requested, PromptOptions options)
    {
        var statuses = new PlanStatuses(plan);
        var items = new List<BatchItem>();
        var skipped = new List<SkippedAchievement>();
        foreach (var a in requested.OrderBy(x => x.Key))
        {
            var info = statuses.Of(a);
            var reason = info == null ? "no status could be derived" : SkipReason(plan, a, info, options, statuses);
            var item = reason == null ? Item(a, info!, statuses, out reason) : null;
            if (item != null) items.Add(item);
            else skipped.Add(new SkippedAchievement(a, reason!));
        }
        return new BatchSelection(BatchPromptKind.Execution, plan, requested, items, skipped.ToArray());
    }

    /// <summary>Why the achievement is left out by its status, or null; under -Strict a missing SUBPLAN is an error.</summary>
    private static string? SkipReason(ParallelPlan plan, Achievement a, AchievementStatusInfo info, PromptOptions options, PlanStatuses statuses)
    {
        if (info.StatusValue.Equals(AchievementStatus.Skipped)) return "skipped (a SKIPPED file says so)";
        if (info.StatusValue.Equals(AchievementStatus.Complete)) return "already complete";
        if (info.StatusValue.Equals(AchievementStatus.Failed)) return "failed: its review asked for fixes; write the fix rather than new EXECUTION_TASKs";
        if (!SubplanState.IsWritten(info))
        {
            if (options.Strict)
                throw ParallelExecException.Create(ErrorCodes.SubplanMissing,
                    $"Achievement {a.Key} of plan {plan.Name} has no SUBPLAN; its EXECUTION_TASKs cannot be planned.", plan.PlanPath,
                    "Create its SUBPLAN first (New-BatchSubplanPrompt), or leave out -Strict to skip it.", target: a.Key.ToString());
            return info.SubplanPath == null ? "SUBPLAN missing (create it first with New-BatchSubplanPrompt)" : "SUBPLAN is an unfilled scaffold (fill it in first)";
        }
        if (info.ReadinessValue == Readiness.Blocked) return PlanStatuses.BlockedReason(info);
        if (info.ReadinessValue == Readiness.Waiting && !options.IgnoreDependencies)
            return "waiting on unfinished dependencies (" + statuses.DependencyText(a) + ")";
        return null;
    }

    /// <summary>The achievement's item, or null with the reason when every EXECUTION_TASK its SUBPLAN plans is written.</summary>
    private static ExecutionItem? Item(Achievement a, AchievementStatusInfo info, PlanStatuses statuses, out string? reason)
    {
        reason = null;
        // An unfilled scaffold (-Scaffold's skeleton) is not created yet: it is asked for again, at its own path.
        var filled = info.ExecutionPaths.Where(p => !IsUnfilledExecution(p)).ToArray();
        var existing = new HashSet<int>();
        foreach (var p in filled)
        {
            var m = ExecutionNumber.Match(Path.GetFileName(p));
            if (m.Success && int.TryParse(m.Groups[2].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var number)) existing.Add(number);
        }
        var planned = PlannedExecutionReader.For(info);
        List<PlannedExecution> missing;
        if (planned.Length == 0)
        {
            if (filled.Length > 0) { reason = "already has its EXECUTION_TASK (its SUBPLAN plans a single one)"; return null; }
            missing = new List<PlannedExecution> { new PlannedExecution(1, a.Key.FileSuffix + "_01", null, null, null, Array.Empty<int>()) };
        }
        else
        {
            missing = planned.Where(p => !existing.Contains(p.Number)).ToList();
            if (missing.Count == 0) { reason = $"every EXECUTION_TASK its SUBPLAN plans exists ({planned.Length})"; return null; }
        }
        var creates = missing.Select(p => Create(a, p)).ToArray();
        var groups = missing.Count > 1 ? ExecutionWaves.Group(planned, creates) : Array.Empty<ExecutionToCreate[]>();
        return new ExecutionItem(a, statuses.DependencyText(a), info.ReadinessValue == Readiness.Waiting, info.SubplanPath!, SubplanText(info.SubplanPath!),
            existing.Count > 0 ? filled.Select(p => Path.GetFileName(p)).ToArray() : Array.Empty<string>(), creates, groups);
    }

    private static ExecutionToCreate Create(Achievement a, PlannedExecution p)
    {
        var path = PlanConventions.ExecutionPath(a, p.Number);
        return new ExecutionToCreate(p.Number, p.Estimate, p.DependsOn, path, File.Exists(path));
    }

    /// <summary>True for an EXECUTION_TASK that is still the skeleton -Scaffold wrote (its Status says [TO BE FILLED]).</summary>
    internal static bool IsUnfilledExecution(string path) =>
        File.Exists(path) && new StatusFile(path, Path.GetFileName(path), StatusFileKind.Execution, "", null).IsScaffold;

    private static string SubplanText(string path)
    {
        string text;
        try
        {
            var read = SafeFileReader.TryReadText(path, SubplanReader.MaxBytes, out var problem);
            text = read != null ? PlanText.Repair(read) : "(the SUBPLAN could not be read: " + problem + ")";
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException) { text = "(the SUBPLAN could not be read: " + ex.Message + ")"; }
        return text.Replace("\r\n", "\n").TrimEnd('\n');
    }
}
