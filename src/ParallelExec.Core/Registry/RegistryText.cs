using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ParallelExec.Plans;

namespace ParallelExec.Registry;

/// <summary>How the validation records quote what a registry holds.</summary>
internal static class RegistryText
{
    /// <summary>A long value cut to its first 100 characters, with its length.</summary>
    public static string Shorten(string s) => s.Length <= 120 ? s : string.Concat(s.AsSpan(0, 100), $"… ({s.Length} characters)");

    /// <summary>A string in double quotes, shortened, with control characters (NUL …) written as \uXXXX escapes.</summary>
    public static string Quote(string s)
    {
        var shown = Shorten(s);
        var sb = new StringBuilder(shown.Length + 2).Append('"');
        foreach (var c in shown)
        {
            if (char.IsControl(c)) sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        return sb.Append('"').ToString();
    }

    /// <summary>The first ten ids, and "…" when there are more.</summary>
    public static string Sample(IEnumerable<AchievementId> ids)
    {
        var list = ids.Take(11).Select(i => i.ToString()).ToList();
        return list.Count > 10 ? string.Join(", ", list.Take(10)) + ", …" : string.Join(", ", list);
    }

    /// <summary>A title as compared with the PLAN's: without markup, surrounding space, a final period or case.</summary>
    public static string Normalize(string s) => TitleCleaner.StripMarkup(s).Trim().TrimEnd('.').ToLowerInvariant();
}
