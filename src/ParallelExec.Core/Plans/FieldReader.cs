using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace ParallelExec.Plans;

/// <summary>
/// Reads the field lines of a definition block as the scanner meets them: Goal, Effort, Dependencies and Blocks (a
/// value on the line, or a nested list below it); other known fields only mark the block as having fields.
/// </summary>
internal static class FieldReader
{
    private const RegexOptions Opts = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    // Field names of a definition block: "- **Goal**: …", "**Effort**: …", "- ✅ Effort: …", "**Dependencies:** …".
    // Each name as written (any case) and the field it names; compared in place (FieldName), so a list, not a dictionary.
    private static readonly (string Name, string Canonical)[] FieldNames =
    {
        ("goal", "goal"), ("objective", "goal"),
        ("effort", "effort"), ("estimated effort", "effort"), ("estimate", "effort"), ("estimated time", "effort"), ("time estimate", "effort"),
        ("dependencies", "dependencies"), ("depends on", "dependencies"), ("prerequisites", "dependencies"),
        ("blocks", "blocks"),
        ("deliverables", "other"), ("success criteria", "other"), ("success", "other"), ("what", "other"),
    };

    // \G: "from the X plan" right where the id ends.
    private static readonly Regex OtherPlan = new Regex(@"\G\)?\s*(?:from|of|in)\s+(?:the\s+)?[\w\-]+(?:\s+[\w\-]+)?\s+plan", Opts | RegexOptions.IgnoreCase);
    private static readonly Regex NoneValue = new Regex(@"^[\s*_(]*(?:none|n/?a|nothing|-|—)\b", Opts | RegexOptions.IgnoreCase);

    /// <summary>
    /// Reads line <paramref name="li"/> (text[p..end)) into the block. A field with a nested list reads the list too and
    /// moves <paramref name="cursor"/> to its last line.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Read(DefinitionBlock block, string text, int p, int end, int li, List<int> lines, ref int cursor)
    {
        if (!TryReadField(text, p, end, out var name, out var valueStart))
        {
            if (block.Estimate == null && text.IndexOf('⏱', p, end - p) >= 0)
                block.Estimate = EstimateParser.Parse(text.Substring(p, end - p));
            return;
        }
        block.HasFields = true;
        string value = text.Substring(valueStart, end - valueStart).Trim();
        switch (name)
        {
            case "goal":
                if (block.Goal == null && value.Length > 0) block.Goal = TitleCleaner.StripMarkup(value);
                break;
            case "effort":
                block.Estimate ??= EstimateParser.Parse(value);
                break;
            case "dependencies":
            case "blocks":
                ReadIds(block, name == "blocks", value, text, p - lines[li], li, lines, ref cursor);
                break;
        }
    }

    /// <summary>The ids of a Dependencies or Blocks field: on its line, or on the more-indented lines that follow it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadIds(DefinitionBlock block, bool isBlocks, string value, string text, int fieldIndent, int li,
        List<int> lines, ref int cursor)
    {
        int declLine = li + 1;
        // The ids go straight into the block's list (no list per field line to copy from).
        List<(AchievementId, int)> ids;
        if (isBlocks)
        {
            block.DeclaresBlocks = true;
            ids = block.Blocks ??= new List<(AchievementId, int)>(2);
        }
        else
        {
            block.DeclaresDependencies = true;
            if (block.DependenciesLine == 0) block.DependenciesLine = declLine;
            ids = block.Dependencies ??= new List<(AchievementId, int)>(2);
        }
        ExtractIds(block, value, declLine, ids);
        if (value.Length == 0) cursor = ReadNestedIds(block, text, fieldIndent, li, lines, ids) - 1;
    }

    /// <summary>A nested list under the field: the ids of the lines indented deeper than it; returns the first line past them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ReadNestedIds(DefinitionBlock block, string text, int fieldIndent, int li, List<int> lines, List<(AchievementId, int)> ids)
    {
        int k = li + 1;
        for (; k < lines.Count; k++)
        {
            int s = lines[k], e = PlanScanner.LineEnd(text, lines, k);
            int q = s;
            while (q < e && text[q] == ' ') q++;
            if (q >= e) continue;
            if (q - s <= fieldIndent) break;
            ExtractIds(block, text.Substring(q, e - q), k + 1, ids);
        }
        return k;
    }

    /// <summary>Reads "[- ][[ ] ][emoji ][**]Name[**]:[**] value" without a regex; the name must be a known field.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryReadField(string text, int p, int end, out string name, out int valueStart)
    {
        name = "";
        valueStart = end;
        int i = p;
        if (i + 1 < end && (text[i] == '-' || text[i] == '+' || text[i] == '*') && text[i + 1] == ' ') i += 2;
        while (i < end && text[i] == ' ') i++;
        if (i + 2 < end && text[i] == '[' && text[i + 2] == ']' && (text[i + 1] == ' ' || text[i + 1] == 'x' || text[i + 1] == 'X'))
        {
            i += 3;
            while (i < end && text[i] == ' ') i++;
        }
        int symbols = i;
        while (i < end && i - symbols < 8 && text[i] != '*' && text[i] != ' ' && !char.IsLetterOrDigit(text[i])) i++;
        while (i < end && text[i] == ' ') i++;
        if (i + 1 < end && text[i] == '*' && text[i + 1] == '*') i += 2;
        int nameStart = i;
        while (i < end && i - nameStart <= 24 && (char.IsLetter(text[i]) || text[i] == ' ')) i++;
        int nameEnd = i;
        while (nameEnd > nameStart && text[nameEnd - 1] == ' ') nameEnd--;
        if (nameEnd == nameStart || i >= end || !TrySkipColon(text, ref i, end)) return false;
        var canonical = FieldName(text.AsSpan(nameStart, nameEnd - nameStart));
        if (canonical == null) return false;
        name = canonical;
        valueStart = i;
        return true;
    }

    /// <summary>The canonical name of a known field, matched without making a string of every candidate line's name.</summary>
    private static string? FieldName(ReadOnlySpan<char> name)
    {
        foreach (var (known, canonical) in FieldNames)
            if (known.Length == name.Length && name.Equals(known, StringComparison.OrdinalIgnoreCase)) return canonical;
        return null;
    }

    /// <summary>After a field name: "**:", "**  :", ":" or ":**"; false when none of them.</summary>
    private static bool TrySkipColon(string text, ref int i, int end)
    {
        if (text[i] == '*' && i + 1 < end && text[i + 1] == '*')
        {
            i += 2;
            while (i < end && text[i] == ' ') i++;
            if (i >= end || text[i] != ':') return false;
            i++;
            return true;
        }
        if (text[i] != ':') return false;
        i++;
        if (i + 1 < end && text[i] == '*' && text[i + 1] == '*') i += 2;
        return true;
    }

    /// <summary>The ids a value mentions, except "None" and ids of another plan ("1.2 from the X plan", "PLAN_X 1.2").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ExtractIds(DefinitionBlock block, string value, int line, List<(AchievementId, int)> into)
    {
        if (value.Length == 0 || NoneValue.IsMatch(value)) return;
        // An id counts as another plan's when "PLAN_" ends at or before it: the first one is enough to know.
        int planAt = value.IndexOf(PlanConventions.PlanPrefix, StringComparison.Ordinal);
        int planEnd = planAt < 0 ? int.MaxValue : planAt + PlanConventions.PlanPrefix.Length - 1;
        for (int at = 0; NextIdMention(value, ref at, out int index, out int major, out int minor);)
        {
            if (OtherPlan.IsMatch(value, at)) continue;
            if (index >= 5 && planEnd <= index) continue;
            into.Add((new AchievementId(major, minor), line));
        }
        if (HasOtherDigits(value)) NoteOtherDigits(block, value, line);
    }

    /// <summary>
    /// The next id mention from <paramref name="at"/>, as the regex <c>(?&lt;![\d.])([0-9]{1,9})\.([0-9]{1,9})(?![.\d])</c>
    /// matches it (digits 0-9 only; \d is every script's digits) but without a Match: 1 to 9 digits 0-9, a dot, 1 to 9
    /// digits 0-9, with no digit (of any script) or dot either side. On a mention, <paramref name="at"/> moves past it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool NextIdMention(string s, ref int at, out int index, out int major, out int minor)
    {
        for (int i = at; i < s.Length; i++)
        {
            if (!char.IsAsciiDigit(s[i]) || (i > 0 && (s[i - 1] == '.' || char.IsDigit(s[i - 1])))) continue;
            int dot = i;
            while (dot < s.Length && char.IsAsciiDigit(s[dot])) dot++;
            if (dot - i > 9 || dot >= s.Length || s[dot] != '.') continue;
            int end = dot + 1;
            while (end < s.Length && char.IsAsciiDigit(s[end])) end++;
            if (end == dot + 1 || end - dot - 1 > 9 || (end < s.Length && (s[end] == '.' || char.IsDigit(s[end])))) continue;
            index = i;
            major = Digits(s, i, dot);
            minor = Digits(s, dot + 1, end);
            at = end;
            return true;
        }
        index = major = minor = 0;
        at = s.Length;
        return false;
    }

    /// <summary>The number that digits 0-9 s[from..to) write (at most 9 of them).</summary>
    private static int Digits(string s, int from, int to)
    {
        int v = 0;
        for (int k = from; k < to; k++) v = v * 10 + (s[k] - '0');
        return v;
    }

    private static bool HasOtherDigits(string value)
    {
        foreach (char c in value)
            if (c >= 0x660 && char.IsDigit(c)) return true;
        return false;
    }

    /// <summary>Notes the id-like tokens written with other digits (١.١, １.１) on the block, for one warning per plan.</summary>
    private static void NoteOtherDigits(DefinitionBlock block, string value, int line)
    {
        for (int i = 0; i < value.Length; i++)
        {
            if (!char.IsDigit(value[i]) || (i > 0 && (char.IsDigit(value[i - 1]) || value[i - 1] == '.'))) continue;
            var id = BoldDefinitionLine.NonAsciiId(value, i, value.Length);
            if (id != null) (block.NonAsciiIds ??= new List<(string Text, int Line)>()).Add((id, line));
        }
    }
}
