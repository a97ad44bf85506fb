using System;
using System.Collections.Generic;
using System.Linq;

namespace ParallelExec.Run;

/// <summary>
/// Pairs of achievements that must never run at the same time (they write the same files): a scheduling constraint,
/// not a dependency. Neither waits for the other's result; the scheduler only never starts one while the other has
/// started and not finished. Whichever is ready first (by the scheduler's usual order) goes first.
/// </summary>
internal sealed class ExclusionSet
{
    private readonly Dictionary<AchievementId, HashSet<AchievementId>> _with = new();
    private readonly SortedSet<(AchievementId, AchievementId)> _pairs = new();

    public static readonly ExclusionSet Empty = new ExclusionSet(Array.Empty<(AchievementId, AchievementId)>());

    /// <summary>The set of the given pairs; a pair of an id with itself is left out, each pair is kept once whichever way round.</summary>
    public ExclusionSet(IEnumerable<(AchievementId A, AchievementId B)> pairs)
    {
        foreach (var (a, b) in pairs)
        {
            if (a.Equals(b)) continue;
            var (lo, hi) = a.CompareTo(b) < 0 ? (a, b) : (b, a);
            if (!_pairs.Add((lo, hi))) continue;
            Add(lo, hi);
            Add(hi, lo);
        }
    }

    /// <summary>The pairs, lower id first, in id order.</summary>
    public IReadOnlyCollection<(AchievementId A, AchievementId B)> Pairs => _pairs;

    public int Count => _pairs.Count;

    public bool IsEmpty => _pairs.Count == 0;

    public bool Excludes(AchievementId a, AchievementId b) => _with.TryGetValue(a, out var set) && set.Contains(b);

    /// <summary>The achievements that may not overlap <paramref name="id"/>.</summary>
    public IEnumerable<AchievementId> With(AchievementId id) => _with.TryGetValue(id, out var set) ? set.OrderBy(x => x) : Enumerable.Empty<AchievementId>();

    /// <summary>The pairs among <paramref name="ids"/> only.</summary>
    public ExclusionSet Within(ICollection<AchievementId> ids) => new ExclusionSet(_pairs.Where(p => ids.Contains(p.Item1) && ids.Contains(p.Item2)));

    private void Add(AchievementId a, AchievementId b)
    {
        if (!_with.TryGetValue(a, out var set)) _with[a] = set = new HashSet<AchievementId>();
        set.Add(b);
    }
}
