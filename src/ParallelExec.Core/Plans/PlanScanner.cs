using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ParallelExec.Status;

namespace ParallelExec.Plans;

/// <summary>
/// Finds achievement definitions with a single pass over the lines. Only the definition blocks are
/// later handed to Markdig, and only when their structure is asked for.
/// </summary>
internal static class PlanScanner
{
    private const RegexOptions Opts = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    // **Achievement 1.1**: Title | **Achievement 1.1** (…) | **Achievement 1.1** | **Achievement 1.1: Title** …
    private static readonly Regex BoldDefinition = new Regex(
        @"^\*\*Achievement\s+(\d{1,9})\.(\d{1,9})(?![.\d])(?:\*\*\s*(?:(?<sep>[:(\-–—])(?<rest>.*))?$|\s*[:\-–—]\s*(?<inner>[^*]*?)\s*\*\*(?<rest>.*)$)", Opts);

    // ### Achievement 1.1: Title  (an emoji or ✅ may come first)
    private static readonly Regex HeadingDefinition = new Regex(
        @"^[^\p{L}\p{N}]*Achievement\s+(\d{1,9})\.(\d{1,9})(?![.\d])\**\s*(?:[:\-–—]\s*)?(?<rest>.*)$", Opts);

    // ### 1. Title - 3h   (older plans, under an "Achievements" heading)
    private static readonly Regex NumberedDefinition = new Regex(@"^(\d{1,9})\.\s+(?<rest>\S.*)$", Opts);

    // Field names of a definition block: "- **Goal**: …", "**Effort**: …", "- ✅ Effort: …", "**Dependencies:** …".
    private static readonly Dictionary<string, string> FieldNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["goal"] = "goal", ["objective"] = "goal",
        ["effort"] = "effort", ["estimated effort"] = "effort", ["estimate"] = "effort", ["estimated time"] = "effort", ["time estimate"] = "effort",
        ["dependencies"] = "dependencies", ["depends on"] = "dependencies", ["prerequisites"] = "dependencies",
        ["blocks"] = "blocks",
        ["deliverables"] = "other", ["success criteria"] = "other", ["success"] = "other", ["what"] = "other",
    };

    private static readonly Regex IdMention = new Regex(@"(?<![\d.])(\d{1,9})\.(\d{1,9})(?![.\d])", Opts);
    private static readonly Regex OtherPlan = new Regex(@"^\)?\s*(?:from|of|in)\s+(?:the\s+)?[\w\-]+(?:\s+[\w\-]+)?\s+plan", Opts | RegexOptions.IgnoreCase);
    private static readonly Regex NoneValue = new Regex(@"^[\s*_(]*(?:none|n/?a|nothing|-|—)\b", Opts | RegexOptions.IgnoreCase);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<DefinitionBlock> Scan(string text)
    {
        var blocks = new List<DefinitionBlock>();
        DefinitionBlock? open = null;
        var lines = LineIndex(text);
        bool inFence = false;
        char fenceChar = '\0';
        int fenceLen = 0;
        int achievementsHeadingLevel = 0; // > 0 while inside an "Achievements" section (numbered plans)

        for (int li = 0; li < lines.Count; li++)
        {
            int start = lines[li], end = LineEnd(text, lines, li);
            int p = start, indent = 0;
            while (p < end && text[p] == ' ' && indent < 4) { p++; indent++; }
            if (p >= end) continue;
            char c = text[p];

            if ((c == '`' || c == '~') && indent <= 3)
            {
                int q = p;
                while (q < end && text[q] == c) q++;
                int run = q - p;
                if (run >= 3)
                {
                    if (!inFence) { inFence = true; fenceChar = c; fenceLen = run; continue; }
                    if (c == fenceChar && run >= fenceLen && IsBlank(text, q, end)) { inFence = false; continue; }
                }
            }
            if (inFence || indent > 3) continue;

            if (c == '#')
            {
                int q = p;
                while (q < end && text[q] == '#') q++;
                int level = q - p;
                if (level > 6 || (q < end && text[q] != ' ' && text[q] != '\t')) continue;
                string headingText = text.Substring(q, end - q).Trim();
                if (open != null && (open.Kind != DefinitionKind.Heading || level <= open.HeadingLevel))
                {
                    Close(open, start, blocks);
                    open = null;
                }
                if (achievementsHeadingLevel > 0 && level <= achievementsHeadingLevel) achievementsHeadingLevel = 0;

                var m = HeadingDefinition.Match(headingText);
                if (m.Success && headingText.IndexOf("Achievement", StringComparison.Ordinal) >= 0 && level >= 2)
                {
                    open = NewBlock(m, DefinitionKind.Heading, level, li, start);
                    open.Title = m.Groups["rest"].Value;
                    open.Mark = StatusMarks.Find(headingText);
                    continue;
                }
                if (achievementsHeadingLevel > 0 && level == 3)
                {
                    var n = NumberedDefinition.Match(headingText);
                    if (n.Success && int.TryParse(n.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var num))
                    {
                        open = new DefinitionBlock { Id = new AchievementId(num), Kind = DefinitionKind.Numbered, HeadingLevel = level, Line = li + 1, Start = start };
                        open.Title = n.Groups["rest"].Value;
                        open.Mark = StatusMarks.Find(headingText);
                        continue;
                    }
                }
                if (level <= 2 && headingText.IndexOf("chievements", StringComparison.OrdinalIgnoreCase) >= 0)
                    achievementsHeadingLevel = level;
                continue;
            }

            if (c == '*' && end - p > 14 && string.CompareOrdinal(text, p, "**Achievement ", 0, 14) == 0)
            {
                var lineText = text.Substring(p, end - p);
                var m = BoldDefinition.Match(lineText);
                if (m.Success)
                {
                    if (open != null) Close(open, start, blocks);
                    open = NewBlock(m, DefinitionKind.Bold, 0, li, start);
                    open.Mark = StatusMarks.Find(lineText);
                    var inner = m.Groups["inner"];
                    if (inner.Success) open.Title = inner.Value + " " + m.Groups["rest"].Value;
                    else if (m.Groups["sep"].Value == "(") open.Title = "(" + m.Groups["rest"].Value;
                    else open.Title = m.Groups["rest"].Value;
                    continue;
                }
            }

            if (open == null) continue;
            if (IsThematicBreak(text, p, end))
            {
                Close(open, start, blocks);
                open = null;
                continue;
            }
            ReadField(open, text, p, end, li, lines, ref li);
        }
        if (open != null) Close(open, text.Length, blocks);
        return blocks;
    }

    private static DefinitionBlock NewBlock(Match m, DefinitionKind kind, int level, int li, int start) => new DefinitionBlock
    {
        Id = new AchievementId(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)),
        Kind = kind,
        HeadingLevel = level,
        Line = li + 1,
        Start = start,
    };

    private static void Close(DefinitionBlock block, int end, List<DefinitionBlock> blocks)
    {
        block.End = end;
        var (title, estimate) = TitleCleaner.Clean(block.Title);
        block.Title = title;
        block.Estimate ??= estimate;
        blocks.Add(block);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadField(DefinitionBlock block, string text, int p, int end, int li, List<int> lines, ref int cursor)
    {
        if (!TryReadField(text, p, end, out var name, out var valueStart))
        {
            if (block.Estimate == null && text.IndexOf('⏱', p, end - p) >= 0)
                block.Estimate = EstimateParser.Parse(text.Substring(p, end - p));
            return;
        }
        string value = text.Substring(valueStart, end - valueStart).Trim();
        int fieldIndent = p - lines[li];
        switch (name)
        {
            case "goal":
                block.HasFields = true;
                if (block.Goal == null && value.Length > 0) block.Goal = TitleCleaner.StripMarkup(value);
                break;
            case "effort":
                block.HasFields = true;
                block.Estimate ??= EstimateParser.Parse(value);
                break;
            case "dependencies":
            case "blocks":
            {
                block.HasFields = true;
                bool isBlocks = name == "blocks";
                var ids = new List<(AchievementId, int)>();
                int declLine = li + 1;
                ExtractIds(block, value, declLine, ids);
                if (value.Length == 0)
                {
                    // A nested list under the field: take the more-indented lines that follow.
                    int k = li + 1;
                    for (; k < lines.Count; k++)
                    {
                        int s = lines[k], e = LineEnd(text, lines, k);
                        int q = s;
                        while (q < e && text[q] == ' ') q++;
                        if (q >= e) continue;
                        if (q - s <= fieldIndent) break;
                        ExtractIds(block, text.Substring(q, e - q), k + 1, ids);
                    }
                    cursor = k - 1;
                }
                if (isBlocks)
                {
                    block.DeclaresBlocks = true;
                    (block.Blocks ??= new List<(AchievementId, int)>()).AddRange(ids);
                }
                else
                {
                    block.DeclaresDependencies = true;
                    if (block.DependenciesLine == 0) block.DependenciesLine = declLine;
                    (block.Dependencies ??= new List<(AchievementId, int)>()).AddRange(ids);
                }
                break;
            }
            default:
                block.HasFields = true;
                break;
        }
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
        if (nameEnd == nameStart || i >= end) return false;
        if (text[i] == '*' && i + 1 < end && text[i + 1] == '*')
        {
            i += 2;
            while (i < end && text[i] == ' ') i++;
            if (i >= end || text[i] != ':') return false;
            i++;
        }
        else if (text[i] == ':')
        {
            i++;
            if (i + 1 < end && text[i] == '*' && text[i + 1] == '*') i += 2;
        }
        else return false;
        if (!FieldNames.TryGetValue(text.Substring(nameStart, nameEnd - nameStart), out var canonical)) return false;
        name = canonical;
        valueStart = i;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ExtractIds(DefinitionBlock block, string value, int line, List<(AchievementId, int)> into)
    {
        if (value.Length == 0 || NoneValue.IsMatch(value)) return;
        foreach (Match m in IdMention.Matches(value))
        {
            var after = value.Substring(m.Index + m.Length);
            if (OtherPlan.IsMatch(after)) continue;
            if (m.Index >= 5 && value.LastIndexOf("PLAN_", m.Index, StringComparison.Ordinal) >= 0) continue;
            into.Add((new AchievementId(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)), line));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static List<int> LineIndex(string text)
    {
        var starts = new List<int>(text.Length / 40 + 1) { 0 };
        int i = 0;
        while (true)
        {
            i = text.IndexOf('\n', i);
            if (i < 0) break;
            i++;
            if (i < text.Length) starts.Add(i);
        }
        return starts;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int LineEnd(string text, List<int> lines, int li)
    {
        int e = li + 1 < lines.Count ? lines[li + 1] - 1 : text.Length;
        if (e > lines[li] && e <= text.Length && e - 1 >= 0 && e - 1 < text.Length && text[e - 1] == '\r') e--;
        return Math.Max(e, lines[li]);
    }

    private static bool IsBlank(string text, int from, int end)
    {
        for (int i = from; i < end; i++) if (!char.IsWhiteSpace(text[i])) return false;
        return true;
    }

    private static bool IsThematicBreak(string text, int p, int end)
    {
        char c = text[p];
        if (c != '-' && c != '*' && c != '_') return false;
        int count = 0;
        for (int i = p; i < end; i++)
        {
            if (text[i] == c) count++;
            else if (text[i] != ' ' && text[i] != '\t') return false;
        }
        return count >= 3;
    }
}
