using System;
using System.Runtime.CompilerServices;

namespace ParallelExec.Plans;

/// <summary>
/// Reads a bold definition line by hand, in one pass: <c>**Achievement 1.1**: Title</c>, <c>**Achievement 1.1** (…)</c>,
/// <c>**Achievement 1.1**</c>, <c>**Achievement 1.1: Title**</c>, <c>**Achievement 1.1 - Title** rest</c>. (The regex it
/// replaces backtracked cubically on a definition followed by a run of blanks.) Ids take the digits 0-9 only.
/// </summary>
internal static class BoldDefinitionLine
{
    private const string Head = "**Achievement ";

    /// <summary>
    /// The id and raw title of text[p..end), which starts with <c>**Achievement </c>; false when the line is not a
    /// definition. <paramref name="nonAsciiId"/> is the id as written when it uses other digits (١.١, １.１).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParse(string text, int p, int end, out int major, out int minor, out string title, out string? nonAsciiId)
    {
        major = minor = 0;
        title = "";
        nonAsciiId = null;
        int i = p + Head.Length;
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        int idStart = i;
        if (!ReadId(text, ref i, end, out major, out minor))
        {
            nonAsciiId = NonAsciiId(text, idStart, end);
            return false;
        }
        if (i + 1 < end && text[i] == '*' && text[i + 1] == '*')
        {
            // "**Achievement 1.1**", then nothing, or a separator and the title
            int k = SkipBlanks(text, i + 2, end);
            if (k == end) return true;
            char c = text[k];
            if (c != ':' && c != '(' && !IsDash(c)) return false;
            title = c == '(' ? string.Concat("(", text.AsSpan(k + 1, end - k - 1)) : text.Substring(k + 1, end - k - 1);
            return true;
        }
        // "**Achievement 1.1: Title** rest": a separator, the title up to the first "*" (which must start "**"), the rest
        int j = SkipBlanks(text, i, end);
        if (j >= end || (text[j] != ':' && !IsDash(text[j]))) return false;
        j = SkipBlanks(text, j + 1, end);
        int star = text.IndexOf('*', j, end - j);
        if (star < 0 || star + 1 >= end || text[star + 1] != '*') return false;
        int innerEnd = star;
        while (innerEnd > j && char.IsWhiteSpace(text[innerEnd - 1])) innerEnd--;
        title = string.Concat(text.AsSpan(j, innerEnd - j), " ", text.AsSpan(star + 2, end - star - 2));
        return true;
    }

    /// <summary>
    /// The id-like token at <paramref name="from"/> (digits of any script and dots) when it holds a digit other than
    /// 0-9 and a dot; null otherwise. At most 40 characters of it are kept.
    /// </summary>
    public static string? NonAsciiId(string text, int from, int end)
    {
        int k = from;
        bool other = false, dot = false;
        while (k < end && (char.IsDigit(text[k]) || text[k] == '.'))
        {
            if (text[k] == '.') dot = true;
            else if (text[k] > '9') other = true;
            k++;
        }
        if (!other || !dot) return null;
        return text.Substring(from, System.Math.Min(k - from, 40));
    }

    /// <summary>MAJOR.MINOR at i, each of 1 to 9 digits 0-9, and no digit or dot right after it.</summary>
    private static bool ReadId(string text, ref int i, int end, out int major, out int minor)
    {
        minor = 0;
        if (!ReadNumber(text, ref i, end, out major) || i >= end || text[i] != '.') return false;
        i++;
        return ReadNumber(text, ref i, end, out minor) && (i >= end || (text[i] != '.' && !char.IsDigit(text[i])));
    }

    /// <summary>1 to 9 ASCII digits at i (i moves past every digit there); false for none or more than 9.</summary>
    internal static bool ReadNumber(string text, ref int i, int end, out int value)
    {
        value = 0;
        int start = i;
        while (i < end && text[i] >= '0' && text[i] <= '9')
        {
            if (i - start < 9) value = value * 10 + (text[i] - '0');
            i++;
        }
        return i > start && i - start <= 9;
    }

    private static int SkipBlanks(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static bool IsDash(char c) => c == '-' || c == '–' || c == '—';
}
