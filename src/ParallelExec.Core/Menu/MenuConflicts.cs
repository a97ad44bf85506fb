using System.Collections.Generic;
using System.Linq;
using ParallelExec.Diagnostics;
using ParallelExec.WriteSets;

namespace ParallelExec.Menu;

/// <summary>
/// The predicted write conflicts of the current level (the lowest with an achievement neither complete nor skipped):
/// one Warning line per pair of it that may run at once and declares a shared path (Get-ParallelConflict's Conflicts).
/// </summary>
internal static class MenuConflicts
{
    public static MenuLine[] Of(ParallelPlan plan)
    {
        var open = plan.Achievements.Where(a => (a.Level ?? a.Wave).HasValue
            && !a.StatusValue.Equals(AchievementStatus.Complete) && !a.StatusValue.Equals(AchievementStatus.Skipped)).ToList();
        if (open.Count == 0) return System.Array.Empty<MenuLine>();
        int current = open.Min(a => (a.Level ?? a.Wave)!.Value);
        var inLevel = new HashSet<AchievementId>(plan.Achievements.Where(a => (a.Level ?? a.Wave) == current).Select(a => a.Key));
        var lines = new List<MenuLine>();
        foreach (var c in ConflictFinder.ExclusionConflicts(plan))
        {
            if (c.KindValue != ConflictKind.Conflict || !inLevel.Contains(c.Key) || c.OtherKey is not { } other || !inLevel.Contains(other)) continue;
            var code = ErrorCodes.WriteSetConflict;
            lines.Add(new MenuLine(MenuLineKind.Warning,
                "! " + code.Tag($"Level {current}: {c.Key} and {other} both write {string.Join(", ", c.SharedPaths)}.")
                + $" Fix: add {c.Key} to the Dependencies of {other}, or run them one after the other.", code: code));
        }
        return lines.ToArray();
    }
}
