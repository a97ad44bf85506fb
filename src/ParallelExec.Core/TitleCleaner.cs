using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ParallelExec
{
    /// <summary>Cleans a definition line's title of status marks, emphasis and effort decorations.</summary>
    internal static class TitleCleaner
    {
        private const RegexOptions Opts = RegexOptions.CultureInvariant | RegexOptions.Compiled;

        // (4-6h)  (1-1.5 hours)  (~30 min)  (completed)  (COMPLETE)
        private static readonly Regex Parenthetical = new Regex(
            @"\(\s*(?:~?\d+(?:\.\d+)?\s*(?:[-–—]|to)?\s*(?:\d+(?:\.\d+)?)?\s*(?:h|hrs?|hours?|m|mins?|minutes?|d|days?)\b[^)]*|completed?|complete|done|in progress)\s*\)",
            Opts | RegexOptions.IgnoreCase);

        // **COMPLETE**  **CRITICAL**  (bold words in capitals)
        private static readonly Regex BoldCaps = new Regex(@"\*\*\s*[A-Z][A-Z _\-!]*\*\*", Opts);

        // trailing "- 3h", "- 2-3 hours", "⏱️ 4-6 hours"
        private static readonly Regex TrailingEstimate = new Regex(
            @"(?:\s[-–—:]|\s)\s*~?\d+(?:\.\d+)?\s*(?:[-–—]|to)?\s*(?:\d+(?:\.\d+)?)?\s*(?:h|hrs?|hours?|m|mins?|minutes?)\b.*$",
            Opts | RegexOptions.IgnoreCase);

        private static readonly Regex TrailingStatus = new Regex(
            @"(?:\s*[-–—:|]\s*|\s+)(?:COMPLETED?|DONE|IN PROGRESS|CRITICAL|HIGH|MEDIUM|LOW|NEW)\s*$", Opts);

        [System.Runtime.CompilerServices.MethodImpl(Hot.Optimize)]
        public static (string Title, EstimateRange? Estimate) Clean(string raw)
        {
            if (raw.Length == 0) return ("", null);
            var estimate = EstimateParser.Parse(raw);
            var s = RemoveSymbols(raw);
            s = BoldCaps.Replace(s, " ");
            s = Parenthetical.Replace(s, " ");
            s = TrailingEstimate.Replace(s, "");
            s = StripMarkup(s);
            string before;
            do
            {
                before = s;
                s = TrailingStatus.Replace(s, "");
                s = s.Trim().TrimEnd(':', '-', '–', '—', '|', ',').Trim();
            } while (s != before);
            return (s, estimate);
        }

        /// <summary>Removes emphasis markers and collapses white space.</summary>
        [System.Runtime.CompilerServices.MethodImpl(Hot.Optimize)]
        public static string StripMarkup(string s)
        {
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

        /// <summary>Drops emoji and other pictographs (✅ ⏱️ ⚠️ 🎯), variation selectors and joiners.</summary>
        [System.Runtime.CompilerServices.MethodImpl(Hot.Optimize)]
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

    /// <summary>Reads effort estimates: <c>4-6 hours</c>, <c>(1-1.5h)</c>, <c>30 minutes</c>, <c>~25 min</c>, <c>3h</c>.</summary>
    internal static class EstimateParser
    {
        private static readonly Regex Estimate = new Regex(
            @"(?<![\w.])~?(?<min>\d{1,5}(?:\.\d+)?)\s*(?:(?:[-–—]|to)\s*~?(?<max>\d{1,5}(?:\.\d+)?)\s*)?(?<unit>hours?|hrs?|h|minutes?|mins?|m)(?![\w])",
            RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.IgnoreCase);

        [System.Runtime.CompilerServices.MethodImpl(Hot.Optimize)]
        public static EstimateRange? Parse(string? text)
        {
            if (string.IsNullOrEmpty(text)) return null;
            var m = Estimate.Match(text);
            if (!m.Success) return null;
            double min = double.Parse(m.Groups["min"].Value, CultureInfo.InvariantCulture);
            double max = m.Groups["max"].Success ? double.Parse(m.Groups["max"].Value, CultureInfo.InvariantCulture) : min;
            if (max < min) (min, max) = (max, min);
            var unit = m.Groups["unit"].Value.ToLowerInvariant();
            if (unit.StartsWith("m", System.StringComparison.Ordinal))
            {
                min /= 60.0;
                max /= 60.0;
            }
            return new EstimateRange(System.Math.Round(min, 2), System.Math.Round(max, 2));
        }
    }
}
