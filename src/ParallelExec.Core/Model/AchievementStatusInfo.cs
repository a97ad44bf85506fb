using System;
using System.Collections.Generic;
using System.Globalization;

namespace ParallelExec;

/// <summary>
/// The status of one achievement as its SUBPLAN, EXECUTION_TASK and feedback files say, with the files that
/// decided it. Derived when asked, never written back.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1036", Justification = "IComparable gives Sort-Object a natural order (plan, then id numerically); equality stays by reference.")]
public sealed class AchievementStatusInfo : IComparable<AchievementStatusInfo>, IComparable
{
    internal AchievementStatusInfo(Achievement achievement, AchievementStatus status, string detail, string[] evidence,
        string? subplanPath, string[] executionPaths, string[] feedbackPaths)
    {
        Achievement = achievement;
        StatusValue = status;
        Detail = detail;
        Evidence = evidence;
        SubplanPath = subplanPath;
        ExecutionPaths = executionPaths;
        FeedbackPaths = feedbackPaths;
    }

    public string PlanName => Achievement.PlanName;

    /// <summary>The plan's name, with its folder when another plan read with it has the same name.</summary>
    public string PlanLabel => Achievement.PlanLabel;
    public string Id => Achievement.Key;

    internal AchievementId Key => Achievement.Key;
    public string Title => Achievement.Title;

    /// <summary>The achievement's level (registered, else computed); null inside a cycle.</summary>
    public int? Level => Achievement.Level;

    /// <summary>Compares equal to the schema's strings: 'not_started' … 'skipped'.</summary>
    public string Status => StatusValue.Value;

    internal AchievementStatus StatusValue { get; }

    public string Readiness => ReadinessValue.ToString();

    internal Readiness ReadinessValue { get; set; }

    /// <summary>The dependencies that failed or were skipped (empty unless Readiness is Blocked).</summary>
    public string[] BlockedBy => _blockedBy ??= IdText.Of(BlockedByKeys);
    private string[]? _blockedBy;
    internal AchievementId[] BlockedByKeys { get => _blockedByKeys; set { _blockedByKeys = value; _blockedBy = null; } }
    private AchievementId[] _blockedByKeys = Array.Empty<AchievementId>();

    /// <summary>Why the status is what it is, in a few words ("execution complete, awaiting review").</summary>
    public string Detail { get; }

    /// <summary>The files that decided the status.</summary>
    public string[] Evidence { get; }

    public string? SubplanPath { get; }
    public string[] ExecutionPaths { get; }

    /// <summary>APPROVED_, FIX_, FIX_…_RESOLUTION and SKIPPED_ files of this achievement.</summary>
    public string[] FeedbackPaths { get; }

    /// <summary>What the PLAN's ✅ marker or the registry's stored status claim when it differs from the files; else null.</summary>
    public string? Drift { get; internal set; }

    public string PlanPath => Achievement.PlanPath;
    public Achievement Achievement { get; }

    public override string ToString() => $"{Key} {StatusValue} ({ReadinessValue})";

    public int CompareTo(AchievementStatusInfo? other) => other == null ? 1 : IdText.Compare(PlanPath, Key, other.PlanPath, other.Key);

    public int CompareTo(object? obj) => obj is AchievementStatusInfo a ? CompareTo(a) : 1;
}
