using System;
using System.Text.RegularExpressions;

namespace ParallelExec.Status;

/// <summary>Finds a completion mark on a PLAN's definition line: ✅ (anything after it), or COMPLETE / COMPLETED / DONE in capitals.</summary>
internal static class StatusMarks
{
    // "DESIGN COMPLETE", "PLANNING COMPLETE" and "PHASE 1 COMPLETE" are not the achievement's completion.
    private static readonly Regex Caps = new Regex(@"(?<!(?:DESIGN|PLANNING|PLAN|PHASES?(?:\s+[\d\-–]+)?)\s+)\b(?:COMPLETED?|DONE)\b",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static string? Find(string line)
    {
        int at = line.IndexOf('\u2705'); // ✅
        if (at < 0) at = line.IndexOf('\u2714'); // ✔
        if (at < 0)
        {
            if (line.IndexOf("COMPLETE", StringComparison.Ordinal) < 0 && line.IndexOf("DONE", StringComparison.Ordinal) < 0) return null;
            var m = Caps.Match(line);
            if (!m.Success) return null;
            at = m.Index;
        }
        var mark = line.Substring(at).Replace("**", "").Replace("__", "").Trim();
        return mark.Length <= 60 ? mark : string.Concat(mark.AsSpan(0, 59), "…");
    }
}
