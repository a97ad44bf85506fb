using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ParallelExec.Plans;

namespace ParallelExec.Prompts;

/// <summary>Reads the "Active EXECUTION_TASKs" table of a SUBPLAN. A SUBPLAN without one plans a single execution.</summary>
internal static class SubplanReader
{
    /// <summary>The largest SUBPLAN read (real ones are a few KB): a bigger file plans nothing that can be read.</summary>
    public const long MaxBytes = 4L * 1024 * 1024;

    private static readonly Regex Label = new Regex(@"^\s*([0-9]+)_([0-9]+)\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex Reference = new Regex(@"\b[0-9]+_([0-9]+)\b", RegexOptions.CultureInvariant);

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
            var label = Cell(0);
            if (label == null) continue;
            var m = Label.Match(label);
            // The --- separator row, a row that names no execution, or one whose number no file name can hold.
            if (!m.Success || !TryNumber(m.Groups[2], out var number) || !numbers.Add(number)) continue;
            result.Add(new PlannedExecution(number, label, Cell(2), Cell(1), Cell(3), Dependencies(Cell(4), number)));
        }
        return result.OrderBy(p => p.Number).ToArray();
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
