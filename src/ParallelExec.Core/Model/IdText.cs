using System;

namespace ParallelExec;

/// <summary>
/// The canonical text of ids as output objects show them: every output type exposes ids as <c>string</c>
/// (so <c>ConvertTo-Json</c> writes <c>"1.1"</c>), while the typed <see cref="AchievementId"/> stays internal
/// (<c>Key</c>, <c>...Keys</c>) for the Core's algorithms. docs/reference/objects.md describes the shape.
/// </summary>
internal static class IdText
{
    public static string[] Of(AchievementId[] ids)
    {
        if (ids.Length == 0) return Array.Empty<string>();
        var text = new string[ids.Length];
        for (int i = 0; i < ids.Length; i++) text[i] = ids[i].ToString();
        return text;
    }

    /// <summary>Plan path first (ordinal), then id numerically: the natural order Sort-Object uses with no property.</summary>
    public static int Compare(string? planA, AchievementId a, string? planB, AchievementId b)
    {
        int c = string.Compare(planA, planB, StringComparison.Ordinal);
        return c != 0 ? c : a.CompareTo(b);
    }
}
