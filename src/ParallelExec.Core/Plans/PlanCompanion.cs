using System;
using System.Collections.Concurrent;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;

namespace ParallelExec.Plans;

/// <summary>
/// Tells a companion document from a plan: a <c>PLAN_*.md</c> that lives in a plan root's <c>summary/</c> folder, or
/// whose front matter names another PLAN as its plan (<c>**Plan**: PLAN_X.md</c>, as a <c>PLAN_SUMMARY.md</c> does).
/// Workspace and folder scans leave companions out; read on purpose, one is read, with a warning.
/// </summary>
internal static class PlanCompanion
{
    /// <summary>The front matter is looked for in this many first bytes.</summary>
    private const int HeadBytes = 4096;

    private static readonly Regex PlanField = new Regex(
        @"^[ \t]*(?:[-*+][ \t]+)?\*\*[ \t]*Plan[ \t]*(?::[ \t]*\*\*|\*\*[ \t]*:)[ \t]*[\[`]*(?<plan>PLAN_[^\s`\]\)]+?\.md)\b",
        RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>The PLAN file a companion belongs to (its file name), or "" for one in a summary folder; null when <paramref name="planPath"/> is a plan.</summary>
    /// <remarks>
    /// A workspace read asks this of a PLAN up to three times (finding the plans, indexing its root, telling a plan root
    /// from a folder); <paramref name="known"/>, one per command, keeps each answer so that each head is read once.
    /// </remarks>
    public static string? OwnerOf(string planPath, ConcurrentDictionary<string, string?>? known = null)
    {
        var folder = Path.GetFileName(Path.GetDirectoryName(planPath));
        if (string.Equals(folder, PlanConventions.SummaryFolder, StringComparison.OrdinalIgnoreCase)) return "";
        if (known == null) return NamedPlan(planPath, ReadHead(planPath));
        if (known.TryGetValue(planPath, out var owner)) return owner;
        return known[planPath] = NamedPlan(planPath, ReadHead(planPath));
    }

    /// <summary>The other PLAN the front matter of <paramref name="text"/> names; null when it names none or names this file.</summary>
    public static string? NamedPlan(string planPath, string text)
    {
        var m = PlanField.Match(text.Length > HeadBytes ? text.Substring(0, HeadBytes) : text);
        if (!m.Success) return null;
        var named = m.Groups["plan"].Value;
        return string.Equals(named, Path.GetFileName(planPath), StringComparison.OrdinalIgnoreCase) ? null : named;
    }

    private static string ReadHead(string path)
    {
        try
        {
            // Only a regular file is opened: a FIFO named PLAN_X.md would block the workspace scan.
            return Encoding.UTF8.GetString(SafeFileReader.ReadHead(path, HeadBytes));
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is NotSupportedException) { return ""; }
    }
}
