using System.Collections.Generic;
using System.Linq;

namespace ParallelExec.Graph;

/// <summary>How every command words a cycle: the path, and which dependency to remove.</summary>
internal static class CycleText
{
    /// <summary>"1.1 -> 1.2 -> 1.1".</summary>
    public static string Path(IEnumerable<AchievementId> cycle) => string.Join(" -> ", cycle.Select(c => c.ToString()));

    /// <summary>The path, with the middle of a very long cycle elided (the first 20 ids and the last 10).</summary>
    public static string Shortened(IReadOnlyList<AchievementId> cycle) => cycle.Count <= 40
        ? Path(cycle)
        : Path(cycle.Take(20)) + $" -> … ({cycle.Count - 30} more) … -> " + Path(cycle.Skip(cycle.Count - 10));

    /// <summary>
    /// Which dependency of a cycle to remove: one that points forward in id order (an achievement depending on a later
    /// one), else the edge that closes the cycle.
    /// </summary>
    public static string Suggestion(IReadOnlyList<AchievementId> cycle)
    {
        var (from, to) = Cut(cycle);
        return from < to
            ? $"Remove one of these dependencies, most likely {from} -> {to} ({from} depending on the later {to})."
            : $"Remove one of these dependencies, for example {from} -> {to}.";
    }

    /// <summary>The dependency <see cref="Suggestion"/> names: the first that points forward in id order, else the one that closes the cycle.</summary>
    public static (AchievementId From, AchievementId To) Cut(IReadOnlyList<AchievementId> cycle)
    {
        int cut = cycle.Count - 2;
        for (int k = 0; k < cycle.Count - 1; k++) if (cycle[k] < cycle[k + 1]) { cut = k; break; }
        return (cycle[cut], cycle[cut + 1]);
    }
}
