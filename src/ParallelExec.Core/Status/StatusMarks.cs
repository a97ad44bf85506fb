using System;
using System.Text.RegularExpressions;

namespace ParallelExec.Status;

/// <summary>Finds a completion mark on a PLAN's definition line: ✅ (anything after it), or COMPLETE / COMPLETED / DONE in capitals.</summary>
internal static class StatusMarks
{
    // "DESIGN COMPLETE", "PLANNING COMPLETE" and "PHASE 1 COMPLETE" are not the achievement's completion.
    private static readonly Regex Caps = new Regex(@"(?<!(?:DESIGN|PLANNING|PLAN|PHASES?(?:\s+[\d\-–]+)?)\s+)\b(?:COMPLETED?|DONE)\b",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static string? Find(string line) => Find(line, 0, line.Length);

    /// <summary>The mark of the line <paramref name="text"/>[start..end), read in place: a string is made only for a mark found.</summary>
    public static string? Find(string text, int start, int end)
    {
        int length = end - start;
        int at = text.IndexOf('\u2705', start, length); // ✅
        if (at < 0) at = text.IndexOf('\u2714', start, length); // ✔
        if (at < 0)
        {
            if (text.IndexOf("COMPLETE", start, length, StringComparison.Ordinal) < 0 && text.IndexOf("DONE", start, length, StringComparison.Ordinal) < 0) return null;
            var m = Caps.Match(text, start, length); // the range is the whole input: its lookbehind and \b see nothing outside it
            if (!m.Success) return null;
            at = m.Index;
        }
        var mark = text.Substring(at, end - at).Replace("**", "").Replace("__", "").Trim();
        return mark.Length <= 60 ? mark : string.Concat(mark.AsSpan(0, 59), "…");
    }
}
