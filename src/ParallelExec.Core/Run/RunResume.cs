using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ParallelExec.Plans;

namespace ParallelExec.Run;

/// <summary>
/// -Resume: the achievements that succeeded in the plan's latest readable run record count as done (merged or not);
/// failed, cancelled, conflicting and never-started ones run again.
/// </summary>
internal static class RunResume
{
    /// <summary>The ids whose last recorded outcome in the plan's run records is a success, and the newest record's path (null when none).</summary>
    public static (HashSet<AchievementId> Succeeded, string? Record) LastSucceeded(ParallelPlan plan)
    {
        var done = new HashSet<AchievementId>();
        string[] files;
        try
        {
            var folder = RunRecord.Folder(plan);
            if (!Directory.Exists(folder)) return (done, null);
            files = Directory.GetFiles(folder, "*.json");
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException) { return (done, null); }
        Array.Sort(files, StringComparer.Ordinal);
        // Newest record first: an achievement's last real outcome decides (blocked, already-complete and never-started
        // entries say nothing new, so an older record is asked), so a chain of resumed runs keeps counting.
        var decided = new HashSet<AchievementId>();
        string? newest = null;
        for (int i = files.Length - 1; i >= 0; i--)
        {
            try
            {
                var root = RecordJson.Load(files[i]);
                if (root["achievements"] is not JArray list) continue;
                newest ??= files[i];
                foreach (var e in list.OfType<JObject>())
                {
                    var result = (string?)e["result"];
                    if (result != "succeeded" && result != "failed" && result != "cancelled" && result != "merge_conflict") continue;
                    if (!AchievementId.TryParse((string?)e["achievement"] ?? "", out var id) || !decided.Add(id)) continue;
                    if (result == "succeeded") done.Add(id);
                }
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is JsonException || e is InvalidCastException || e is FormatException)
            {
            }
        }
        return (done, newest);
    }

    /// <summary>
    /// The run's nodes with an earlier success counted: with -Resume such achievements are AlreadyComplete and release their
    /// dependents; without, a node blocked by a dependency that succeeded earlier says so and how to count it.
    /// </summary>
    public static List<RunNode> Apply(List<RunNode> nodes, IReadOnlyCollection<AchievementId> succeeded, bool resume, string? record)
    {
        if (succeeded.Count == 0) return nodes;
        var ids = new HashSet<AchievementId>(nodes.Select(n => n.Id));
        var result = new List<RunNode>(nodes.Count);
        var byId = nodes.ToDictionary(n => n.Id);
        foreach (var n in nodes)
        {
            if (resume)
            {
                if (n.Initial == RunState.Pending && succeeded.Contains(n.Id))
                {
                    result.Add(new RunNode(n.Id, n.Dependencies, n.Hours, RunState.AlreadyComplete));
                    continue;
                }
                if (n.Initial == RunState.Blocked && n.BlockReason != null && n.BlockReason.EndsWith("is not complete and not part of this run", StringComparison.Ordinal)
                    && OutsideDependenciesDone(n, byId, succeeded))
                {
                    result.Add(new RunNode(n.Id, n.Dependencies, n.Hours, RunState.Pending));
                    continue;
                }
                result.Add(n);
                continue;
            }
            if (n.Initial == RunState.Blocked && n.BlockReason != null && succeeded.Any(s => !ids.Contains(s) && n.BlockReason.Contains("dependency " + s + " ", StringComparison.Ordinal)))
                n.BlockReason += $" (it succeeded in the earlier run {Path.GetFileNameWithoutExtension(record)}, which is not counted: add -Resume to count it, or mark it complete)";
            result.Add(n);
        }
        return result;
    }

    // A blocked node's outside dependencies are not in its node; the reason names the first. Resume only when that one succeeded.
    private static bool OutsideDependenciesDone(RunNode n, Dictionary<AchievementId, RunNode> byId, IReadOnlyCollection<AchievementId> succeeded)
    {
        var reason = n.BlockReason!;
        return succeeded.Any(s => reason.StartsWith("dependency " + s + " ", StringComparison.Ordinal));
    }
}
