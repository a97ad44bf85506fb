using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;

namespace ParallelExec.Plans;

/// <summary>Cleans a definition line's title of status marks, emphasis and effort decorations.</summary>
internal static class TitleCleaner
{
    private const RegexOptions Opts = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    // (4-6h)  (1-1.5 hours)  (~30 min)  (completed)  (COMPLETE). Runs of digits and blanks are atomic: nothing after
    // them can start with what they hold, and backtracking into them was quadratic ("(" and 40,000 digits).
    private static readonly Regex Parenthetical = new Regex(
        @"\(\s*(?:~?(?>[0-9]+)(?:\.(?>[0-9]+))?(?>\s*)(?:[-–—]|to)?(?>\s*)(?:(?>[0-9]+)(?:\.(?>[0-9]+))?)?(?>\s*)(?:h|hrs?|hours?|m|mins?|minutes?|d|days?)\b(?>[^)]*)|completed?|complete|done|in progress)\s*\)",
        Opts | RegexOptions.IgnoreCase);

    // **COMPLETE**  **CRITICAL**  (bold words in capitals)
    private static readonly Regex BoldCaps = new Regex(@"\*\*\s*[A-Z][A-Z _\-!]*\*\*", Opts);

    private static readonly Regex TrailingStatus = new Regex(
        @"(?:\s*[-–—:|]\s*|\s+)(?:COMPLETED?|DONE|IN PROGRESS|CRITICAL|HIGH|MEDIUM|LOW|NEW)\s*$", Opts);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (string Title, EstimateRange? Estimate) Clean(string raw)
    {
        if (raw.Length == 0) return ("", null);
        bool digits = false, paren = false, bold = false;
        foreach (char c in raw)
        {
            if (c >= '0' && c <= '9') digits = true;
            else if (c == '(') paren = true;
            else if (c == '*') bold = true;
        }
        // Each pass below runs only when the text holds what it looks for: most titles need one or two.
        var estimate = digits ? EstimateParser.Parse(raw) : null;
        var s = RemoveSymbols(raw);
        if (bold) s = ReplaceIfAny(BoldCaps, s, " ");
        if (paren) s = ReplaceIfAny(Parenthetical, s, " ");
        if (digits) s = CutTrailingEstimate(s);
        return (TrimTrailing(StripMarkup(s)), estimate);
    }

    /// <summary>Trims separators and a trailing status word (" - COMPLETE", " CRITICAL") until nothing more comes off.</summary>
    private static string TrimTrailing(string s)
    {
        while (true)
        {
            var trimmed = s.Trim().TrimEnd(':', '-', '–', '—', '|', ',').Trim();
            if (trimmed.Length > 0 && trimmed[trimmed.Length - 1] >= 'A' && trimmed[trimmed.Length - 1] <= 'Z')
                trimmed = ReplaceIfAny(TrailingStatus, trimmed, "");
            if (trimmed == s) return s;
            s = trimmed;
        }
    }

    /// <summary>Cuts "Title - 3h …" / "Title ⏱️ 4-6 hours …" at the estimate (preceded by a space, maybe a dash).</summary>
    private static string CutTrailingEstimate(string s)
    {
        int from = 0;
        while (from < s.Length)
        {
            if (EstimateParser.Find(s, from, out var at, out var end) == null) return s;
            int k = at - 1;
            while (k >= 0 && s[k] == ' ') k--;
            if (k >= 0 && (s[k] == '-' || s[k] == '–' || s[k] == '—' || s[k] == ':') && k > 0 && s[k - 1] == ' ') return s.Substring(0, k);
            if (k < at - 1) return s.Substring(0, k + 1);
            from = end;
        }
        return s;
    }

    // Regex.Replace costs a builder even when nothing matches; a failed Match costs nothing.
    private static string ReplaceIfAny(Regex regex, string s, string replacement) =>
        regex.IsMatch(s) ? regex.Replace(s, replacement) : s;

    /// <summary>Removes emphasis markers and collapses white space.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string StripMarkup(string s)
    {
        if (IsPlain(s)) return s;
        s = s.Replace("**", "").Replace("__", "");
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Nothing for <see cref="StripMarkup"/> to do: no ** or __, and only single spaces between words.</summary>
    private static bool IsPlain(string s)
    {
        if (s.Length == 0) return true;
        if (s[0] == ' ' || s[^1] == ' ') return false;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == ' ') { if (s[i - 1] == ' ') return false; }
            else if (char.IsWhiteSpace(c)) return false;
            else if ((c == '*' || c == '_') && i + 1 < s.Length && s[i + 1] == c) return false;
        }
        return true;
    }

    /// <summary>Drops emoji and other pictographs (✅ ⏱️ ⚠️ 🎯), variation selectors and joiners.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string RemoveSymbols(string s)
    {
        StringBuilder? sb = null;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            bool drop;
            if (char.IsSurrogate(c)) drop = true;
            else if (c < 0x2000) drop = false;
            else
            {
                var cat = CharUnicodeInfo.GetUnicodeCategory(c);
                drop = (cat == UnicodeCategory.OtherSymbol && c != '\uFFFD') || c == '\uFE0F' || c == '\uFE0E' || c == '\u200D' ||
                       (c >= 0x2190 && c <= 0x21FF) || (c >= 0x2300 && c <= 0x27BF) || (c >= 0x2B00 && c <= 0x2BFF);
            }
            if (drop)
            {
                if (sb == null) sb = new StringBuilder(s, 0, i, s.Length);
            }
            else sb?.Append(c);
        }
        return sb?.ToString() ?? s;
    }
}
