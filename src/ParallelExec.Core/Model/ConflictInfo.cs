using System;

namespace ParallelExec;

/// <summary>
/// Two achievements of one plan that may run at the same time (neither depends on the other) and declare a shared path
/// (Kind Conflict), or one achievement that declares no write-set while others may run with it (Kind Unknown, OtherId
/// null, the others in ConcurrentIds). Written by Get-ParallelConflict; docs/reference/conflicts.md.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1036", Justification = "IComparable gives Sort-Object a natural order (plan, then id numerically); equality stays by reference.")]
public sealed class ConflictInfo : IComparable<ConflictInfo>, IComparable
{
    internal ConflictInfo(ParallelPlan plan, ConflictKind kind, AchievementId key, AchievementId? otherKey)
    {
        PlanName = plan.Name;
        PlanLabel = plan.Label;
        PlanPath = plan.PlanPath;
        KindValue = kind;
        Key = key;
        OtherKey = otherKey;
    }

    public string PlanName { get; }

    /// <summary>The plan's label (its name, with its folder when plans read together share a name).</summary>
    public string PlanLabel { get; }
    public string PlanPath { get; }

    /// <summary>Conflict or Unknown.</summary>
    public string Kind => KindValue.ToString();
    internal ConflictKind KindValue { get; }

    public string Id => Key.ToString();
    internal AchievementId Key { get; }

    /// <summary>The other achievement of the pair; null for Unknown.</summary>
    public string? OtherId => OtherKey?.ToString();
    internal AchievementId? OtherKey { get; }

    /// <summary>The paths (or globs) both declare, relative to the repository root; empty for Unknown.</summary>
    public string[] SharedPaths { get; internal set; } = Array.Empty<string>();

    /// <summary>Where Id declared each shared path: "path (file:line)".</summary>
    public string[] DeclaredAt { get; internal set; } = Array.Empty<string>();

    /// <summary>Where OtherId declared each shared path: "path (file:line)".</summary>
    public string[] OtherDeclaredAt { get; internal set; } = Array.Empty<string>();

    /// <summary>For Unknown: the achievements that may run at the same time as Id.</summary>
    public string[] ConcurrentIds { get; internal set; } = Array.Empty<string>();

    /// <summary>What to do: add an edge, serialise the pair, or declare a write-set.</summary>
    public string Suggestion { get; internal set; } = "";

    public override string ToString() => OtherKey is { } o ? $"{Key} ↔ {o} ({Kind})" : $"{Key} ({Kind})";

    public int CompareTo(ConflictInfo? other)
    {
        if (other == null) return 1;
        int c = IdText.Compare(PlanPath, Key, other.PlanPath, other.Key);
        if (c != 0) return c;
        if (OtherKey is { } a && other.OtherKey is { } b) return a.CompareTo(b);
        return (OtherKey == null).CompareTo(other.OtherKey == null);
    }

    public int CompareTo(object? obj) => obj is ConflictInfo c ? CompareTo(c) : 1;
}
