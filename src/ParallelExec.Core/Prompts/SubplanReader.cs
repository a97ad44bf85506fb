using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ParallelExec.Plans;

namespace ParallelExec.Prompts;

/// <summary>
/// Reads the "Active EXECUTION_TASKs" table of a SUBPLAN. A SUBPLAN without one plans a single execution. The general
/// rule over the tables the methodology writes: the execution column holds a label (<c>02_01</c>) or the execution's
/// file name (<c>EXECUTION_TASK_NAME_02_01</c>, with or without <c>.md</c>, in backticks or a markdown link), whose last
/// <c>NN_MM</c> gives the number; the Dependencies cell is <c>None</c>/<c>-</c>/empty, a list of labels or file names
/// (<c>01_01, 01_02</c>), or <c>All previous</c> (every execution numbered lower).
/// </summary>
internal static class SubplanReader
{
    /// <summary>The largest SUBPLAN read (real ones are a few KB): a bigger file plans nothing that can be read.</summary>
    public const long MaxBytes = 4L * 1024 * 1024;

    private static readonly Regex Label = new Regex(@"^(?:.*_)?([0-9]+)_([0-9]+)(?:\.md)?$", RegexOptions.CultureInvariant);
    private static readonly Regex Reference = new Regex(@"(?<![0-9])[0-9]+_([0-9]+)(?![0-9_])", RegexOptions.CultureInvariant);
    private static readonly Regex AllPrevious = new Regex(@"^\s*all\s+(previous|prior|above|earlier)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex Link = new Regex(@"^\[([^\]]*)\]\([^)]*\)$", RegexOptions.CultureInvariant);

    /// <summary>The executions the file's table plans, in number order; empty when it has no such table or cannot be read.</summary>
    public static PlannedExecution[] Read(string subplanPath)
    {
        string? text;
        try { text = SafeFileReader.TryReadText(subplanPath, MaxBytes, out _); }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException) { return Array.Empty<PlannedExecution>(); }
        return text == null ? Array.Empty<PlannedExecution>() : Parse(text);
    }

    public static PlannedExecution[] Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var result = new List<PlannedExecution>();
        var numbers = new HashSet<int>();
        var previous = new HashSet<int>(); // rows whose dependencies are "All previous"
        bool inSection = false;
        int[]? columns = null; // execution, status, file, estimate, dependencies
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.StartsWith('#'))
            {
                inSection = line.Contains("Active EXECUTION_TASK", StringComparison.OrdinalIgnoreCase);
                columns = null;
                continue;
            }
            if (!inSection || !line.StartsWith('|')) continue;
            var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            if (columns == null) { columns = Columns(cells); continue; }
            string? Cell(int c) => columns[c] >= 0 && columns[c] < cells.Length && cells[columns[c]].Length > 0 ? cells[columns[c]] : null;
            var label = Cell(0) is { } c0 ? Plain(c0) : null;
            if (label == null) continue;
            var m = Label.Match(label);
            // The --- separator row, a row that names no execution, or one whose number no file name can hold.
            if (!m.Success || !TryNumber(m.Groups[2], out var number) || !numbers.Add(number)) continue;
            bool named = m.Groups[1].Index > 0; // a file name rather than a bare label
            var file = Cell(2) ?? (label.Length > 5 && label.Contains("EXECUTION_TASK", StringComparison.OrdinalIgnoreCase)
                ? (label.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? label : label + ".md") : null);
            var shortLabel = named || label.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? m.Groups[1].Value + "_" + m.Groups[2].Value : label;
            var depText = Cell(4);
            if (depText != null && AllPrevious.IsMatch(depText)) previous.Add(number);
            result.Add(new PlannedExecution(number, shortLabel, file, Cell(1), Cell(3), Dependencies(depText, number)));
        }
        var ordered = result.OrderBy(p => p.Number).ToArray();
        for (int k = 0; k < ordered.Length; k++)
        {
            var p = ordered[k];
            if (!previous.Contains(p.Number)) continue;
            var before = ordered.Take(k).Select(x => x.Number).ToArray();
            ordered[k] = new PlannedExecution(p.Number, p.Label, p.File, p.Status, p.Estimate, before, p.Title, p.Files);
        }
        return ordered;
    }

    /// <summary>A cell without markdown around its text: backticks, bold, a link's target.</summary>
    private static string Plain(string cell)
    {
        var s = cell.Trim().Trim('`', '*').Trim();
        var link = Link.Match(s);
        if (link.Success) s = link.Groups[1].Value.Trim().Trim('`', '*').Trim();
        return s;
    }

    /// <summary>The execution numbers a Dependencies cell names (04_01 → 1), without the row's own.</summary>
    private static int[] Dependencies(string? text, int number)
    {
        if (text == null) return Array.Empty<int>();
        var deps = new List<int>();
        var seen = new HashSet<int>();
        foreach (Match d in Reference.Matches(text))
            if (TryNumber(d.Groups[1], out var n) && n != number && seen.Add(n)) deps.Add(n);
        return deps.ToArray();
    }

    /// <summary>An execution number as file names write it: 1 to 9 digits (EXECUTION_TASK_X_11_01.md); false for more.</summary>
    private static bool TryNumber(Group digits, out int value)
    {
        value = 0;
        return digits.Length <= 9 && int.TryParse(digits.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Where the header row puts the execution, status, file, estimate and dependencies columns (-1: none).</summary>
    private static int[] Columns(string[] header)
    {
        var columns = new[] { -1, -1, -1, -1, -1 };
        for (int i = 0; i < header.Length; i++)
        {
            var h = header[i].ToLowerInvariant();
            if (h.StartsWith("execution", StringComparison.Ordinal) || h == "#" || h == "task") columns[0] = columns[0] < 0 ? i : columns[0];
            else if (h.StartsWith("status", StringComparison.Ordinal)) columns[1] = i;
            else if (h.StartsWith("file", StringComparison.Ordinal)) columns[2] = i;
            else if (h.StartsWith("time", StringComparison.Ordinal) || h.StartsWith("estimate", StringComparison.Ordinal) || h.StartsWith("effort", StringComparison.Ordinal)) columns[3] = i;
            else if (h.StartsWith("depend", StringComparison.Ordinal)) columns[4] = i;
        }
        if (columns[0] < 0) columns[0] = 0;
        return columns;
    }
}
