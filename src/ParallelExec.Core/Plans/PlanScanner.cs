using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ParallelExec.Diagnostics;
using ParallelExec.Status;

namespace ParallelExec.Plans;

/// <summary>
/// Finds achievement definitions with a single pass over the lines. Only the definition blocks are
/// later handed to Markdig, and only when their structure is asked for.
/// </summary>
internal sealed class PlanScanner
{
    private const RegexOptions Opts = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    // ### Achievement 1.1: Title  (an emoji or ✅ may come first)
    private static readonly Regex HeadingDefinition = new Regex(
        @"^[^\p{L}\p{N}]*Achievement\s+([0-9]{1,9})\.([0-9]{1,9})(?![.\d])\**\s*(?:[:\-–—]\s*)?(?<rest>.*)$", Opts);

    // ### 1. Title - 3h   (older plans, under an "Achievements" heading)
    private static readonly Regex NumberedDefinition = new Regex(@"^([0-9]{1,9})\.\s+(?<rest>\S.*)$", Opts);

    private readonly string _text;
    private readonly List<int> _lines;
    private readonly List<DefinitionBlock> _blocks = new List<DefinitionBlock>();
    private List<(string Text, int Line)>? _nonAsciiIds; // definitions whose id uses other digits (١.١): not read
    private DefinitionBlock? _open;
    private bool _inFence;
    private char _fenceChar;
    private int _fenceLength;
    private int _achievementsHeadingLevel; // > 0 while inside an "Achievements" section (numbered plans)

    private PlanScanner(string text)
    {
        _text = text;
        _lines = LineIndex(text);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<DefinitionBlock> Scan(string text) => Scan(text, null, null);

    /// <summary>
    /// The definition blocks; with <paramref name="diagnostics"/>, one <c>AchievementIdNotAscii</c> warning when ids
    /// written in other digits (١.١, １.１) were left unread, with <paramref name="path"/> as its target.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<DefinitionBlock> Scan(string text, string? path, IList<PlanDiagnostic>? diagnostics)
    {
        var scanner = new PlanScanner(text);
        scanner.ScanLines();
        if (diagnostics != null && path != null) scanner.ReportNonAsciiIds(path, diagnostics);
        return scanner._blocks;
    }

    /// <summary>One warning for the ids in other digits, of definitions and of Dependencies and Blocks lines.</summary>
    private void ReportNonAsciiIds(string path, IList<PlanDiagnostic> diagnostics)
    {
        var all = _nonAsciiIds ?? new List<(string Text, int Line)>();
        foreach (var b in _blocks)
            if (b.NonAsciiIds != null) all.AddRange(b.NonAsciiIds);
        if (all.Count == 0) return;
        all.Sort((x, y) => x.Line.CompareTo(y.Line));
        var shown = new List<string>();
        for (int k = 0; k < all.Count && k < 5; k++) shown.Add($"{all[k].Text} on line {all[k].Line}");
        diagnostics.Add(new PlanDiagnostic(DiagnosticSeverity.Warning, ErrorCodes.AchievementIdNotAscii,
            $"'{path}' writes {all.Count} achievement id(s) with digits other than 0-9 ({string.Join(", ", shown)}" +
            (all.Count > 5 ? ", …" : "") + "); ids take the digits 0-9 only, so these were not read as ids.",
            path, all[0].Line, suggestion: "Write the ids with the digits 0-9 (1.1, 2.3).", target: path));
    }

    /// <summary>One pass: fences are skipped, headings and bold lines may open a definition, other lines are its fields.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ScanLines()
    {
        var text = _text;
        for (int li = 0; li < _lines.Count; li++)
        {
            int start = _lines[li], end = LineEnd(text, _lines, li);
            int p = start, indent = 0;
            while (p < end && text[p] == ' ' && indent < 4) { p++; indent++; }
            if (p >= end) continue;
            char c = text[p];
            if ((c == '`' || c == '~') && indent <= 3 && ToggleFence(c, p, end)) continue;
            if (_inFence || indent > 3) continue;
            if (c == '#')
            {
                ReadHeading(p, end, li, start);
                continue;
            }
            if (c == '*' && end - p > 14 && string.CompareOrdinal(text, p, "**Achievement ", 0, 14) == 0 && TryOpenBold(p, end, li, start)) continue;
            if (_open == null) continue;
            if (IsThematicBreak(text, p, end))
            {
                CloseOpen(start);
                continue;
            }
            FieldReader.Read(_open, text, p, end, li, _lines, ref li);
        }
        if (_open != null) CloseOpen(text.Length);
    }

    /// <summary>A run of three or more backticks or tildes opens a fence, or closes the open one; true when it did.</summary>
    private bool ToggleFence(char c, int p, int end)
    {
        int q = p;
        while (q < end && _text[q] == c) q++;
        int run = q - p;
        if (run < 3) return false;
        if (!_inFence)
        {
            _inFence = true;
            _fenceChar = c;
            _fenceLength = run;
            return true;
        }
        if (c != _fenceChar || run < _fenceLength || !IsBlank(_text, q, end)) return false;
        _inFence = false;
        return true;
    }

    /// <summary>
    /// A heading closes a heading definition of its level or above (and any bold one); it may open a definition
    /// (<c>### Achievement 1.1</c>, or <c>### 1. Title</c> inside an Achievements section) or start such a section.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadHeading(int p, int end, int li, int start)
    {
        int q = p;
        while (q < end && _text[q] == '#') q++;
        int level = q - p;
        if (level > 6 || (q < end && _text[q] != ' ' && _text[q] != '\t')) return;
        string headingText = _text.Substring(q, end - q).Trim();
        if (_open != null && (_open.Kind != DefinitionKind.Heading || level <= _open.HeadingLevel)) CloseOpen(start);
        if (_achievementsHeadingLevel > 0 && level <= _achievementsHeadingLevel) _achievementsHeadingLevel = 0;

        int named = level >= 2 ? headingText.IndexOf("Achievement", StringComparison.Ordinal) : -1;
        var m = named >= 0 ? HeadingDefinition.Match(headingText) : null;
        if (m != null && m.Success)
        {
            _open = NewBlock(Number(m.Groups[1].Value), Number(m.Groups[2].Value), DefinitionKind.Heading, level, li, start);
            _open.Title = m.Groups["rest"].Value;
            _open.Mark = StatusMarks.Find(headingText);
            return;
        }
        if (m != null) NoteNonAsciiId(headingText, named + 11, li);
        if (_achievementsHeadingLevel > 0 && level == 3 && TryOpenNumbered(headingText, level, li, start)) return;
        if (level <= 2 && headingText.Contains("chievements", StringComparison.OrdinalIgnoreCase))
            _achievementsHeadingLevel = level;
    }

    private bool TryOpenNumbered(string headingText, int level, int li, int start)
    {
        var n = NumberedDefinition.Match(headingText);
        if (!n.Success || !int.TryParse(n.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var num)) return false;
        _open = new DefinitionBlock { Id = new AchievementId(num), Kind = DefinitionKind.Numbered, HeadingLevel = level, Line = li + 1, Start = start };
        _open.Title = n.Groups["rest"].Value;
        _open.Mark = StatusMarks.Find(headingText);
        return true;
    }

    /// <summary>A <c>**Achievement 1.1**…</c> line closes the open definition and opens its own; false when it is not one.</summary>
    private bool TryOpenBold(int p, int end, int li, int start)
    {
        if (!BoldDefinitionLine.TryParse(_text, p, end, out var major, out var minor, out var title, out var nonAscii))
        {
            if (nonAscii != null) (_nonAsciiIds ??= new List<(string Text, int Line)>()).Add((nonAscii, li + 1));
            return false;
        }
        if (_open != null) Close(_open, start, _blocks);
        _open = NewBlock(major, minor, DefinitionKind.Bold, 0, li, start);
        _open.Mark = StatusMarks.Find(_text, p, end);
        _open.Title = title;
        return true;
    }

    /// <summary>After "Achievement" in a heading that is no definition: an id in other digits is noted.</summary>
    private void NoteNonAsciiId(string heading, int from, int li)
    {
        while (from < heading.Length && char.IsWhiteSpace(heading[from])) from++;
        var id = BoldDefinitionLine.NonAsciiId(heading, from, heading.Length);
        if (id != null) (_nonAsciiIds ??= new List<(string Text, int Line)>()).Add((id, li + 1));
    }

    private void CloseOpen(int end)
    {
        Close(_open!, end, _blocks);
        _open = null;
    }

    private static DefinitionBlock NewBlock(int major, int minor, DefinitionKind kind, int level, int li, int start) => new DefinitionBlock
    {
        Id = new AchievementId(major, minor),
        Kind = kind,
        HeadingLevel = level,
        Line = li + 1,
        Start = start,
    };

    /// <summary>A group of 1 to 9 digits 0-9 (the patterns allow no other).</summary>
    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static void Close(DefinitionBlock block, int end, List<DefinitionBlock> blocks)
    {
        block.End = end;
        var (title, estimate) = TitleCleaner.Clean(block.Title);
        block.Title = title;
        block.Estimate ??= estimate;
        blocks.Add(block);
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
