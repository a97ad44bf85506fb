using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;

namespace ParallelExec.Plans;

/// <summary>Reads effort estimates: <c>4-6 hours</c>, <c>(1-1.5h)</c>, <c>30 minutes</c>, <c>~25 min</c>, <c>3h</c>.</summary>
internal static class EstimateParser
{
    public static EstimateRange? Parse(string? text) => text == null ? null : Find(text, out _, out _);

    /// <summary>A parallel.json estimated_hours string: "2-3 hours", "4h", or a bare "3" taken as hours.</summary>
    public static EstimateRange? FromRegistry(string? text) => Parse(text) ?? Parse(text + "h");

    /// <summary>A parallel.json estimated_hours number, in hours; null when negative, infinite or NaN.</summary>
    public static EstimateRange? FromHours(double h) => h >= 0 && !double.IsInfinity(h) ? new EstimateRange(h, h) : null;

    /// <summary>
    /// The first estimate in the text and where it sits (start includes a leading ~). A hand-written scan:
    /// this runs for every title and effort line, and the equivalent regex cost ten times more.
    /// </summary>
    public static EstimateRange? Find(string s, out int start, out int end) => Find(s, 0, out start, out end);

    /// <summary>The same in s[from..], read as if the text began at <paramref name="from"/> (no substring made).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static EstimateRange? Find(string s, int from, out int start, out int end)
    {
        int n = s.Length;
        start = end = -1;
        for (int i = from; i < n; i++)
        {
            if (!IsDigit(s[i])) continue;
            if (i > from && (IsWord(s[i - 1]) || s[i - 1] == '.'))
            {
                while (i + 1 < n && IsDigit(s[i + 1])) i++;
                continue;
            }
            int j = i;
            if (!ReadNumber(s, ref j, out var min)) continue;
            int afterFirst = j;
            double max = ReadRangeEnd(s, ref j, min);
            int u = SkipSpaces(s, j);
            int unitStart = u;
            while (u < n && ((s[u] >= 'a' && s[u] <= 'z') || (s[u] >= 'A' && s[u] <= 'Z'))) u++;
            if (u == unitStart || (u < n && IsWord(s[u]))) { i = afterFirst - 1; continue; }
            double scale = Unit(s, unitStart, u - unitStart);
            if (scale <= 0) { i = afterFirst - 1; continue; }
            if (max < min) (min, max) = (max, min);
            start = i > from && s[i - 1] == '~' ? i - 1 : i;
            end = u;
            return EstimateRange.Of(System.Math.Round(min * scale, 2), System.Math.Round(max * scale, 2));
        }
        return null;
    }

    /// <summary>
    /// After a number: "- 6", "– ~6" or "to 6" gives the second number (j moves past it); anything else gives
    /// <paramref name="min"/> back and leaves j.
    /// </summary>
    private static double ReadRangeEnd(string s, ref int j, double min)
    {
        int n = s.Length;
        int k = SkipSpaces(s, j);
        if (k < n && (s[k] == '-' || s[k] == '–' || s[k] == '—')) k++;
        else if (k + 1 < n && (s[k] == 't' || s[k] == 'T') && (s[k + 1] == 'o' || s[k + 1] == 'O') && (k + 2 >= n || !IsWord(s[k + 2]))) k += 2;
        else return min;
        k = SkipSpaces(s, k);
        if (k < n && s[k] == '~') k++;
        if (k < n && IsDigit(s[k]) && ReadNumber(s, ref k, out var second))
        {
            j = k;
            return second;
        }
        return min;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';
    private static bool IsWord(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static int SkipSpaces(string s, int i)
    {
        while (i < s.Length && (s[i] == ' ' || s[i] == '\t')) i++;
        return i;
    }

    /// <summary>digits{1,5} with an optional fraction.</summary>
    private static bool ReadNumber(string s, ref int i, out double value)
    {
        value = 0;
        int start = i;
        while (i < s.Length && IsDigit(s[i]) && i - start < 6) value = value * 10 + (s[i++] - '0');
        if (i == start || i - start > 5) return false;
        if (i + 1 < s.Length && s[i] == '.' && IsDigit(s[i + 1]))
        {
            i++;
            double scale = 0.1;
            while (i < s.Length && IsDigit(s[i])) { value += (s[i++] - '0') * scale; scale /= 10; }
        }
        return true;
    }

    /// <summary>Hours per unit: 1 for h/hr/hrs/hour/hours, 1/60 for m/min/mins/minute/minutes, 0 for anything else.</summary>
    private static double Unit(string s, int start, int length)
    {
        switch (length)
        {
            case 1:
                return char.ToLowerInvariant(s[start]) == 'h' ? 1 : char.ToLowerInvariant(s[start]) == 'm' ? 1.0 / 60 : 0;
            default:
                var u = s.Substring(start, length).ToLowerInvariant();
                return u == "hr" || u == "hrs" || u == "hour" || u == "hours" ? 1
                    : u == "min" || u == "mins" || u == "minute" || u == "minutes" ? 1.0 / 60 : 0;
        }
    }
}
