using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace ParallelExec.Prompts;

/// <summary>Reads the "Active EXECUTION_TASKs" table of a SUBPLAN. A SUBPLAN without one plans a single execution.</summary>
internal static class SubplanReader
{
    private static readonly Regex Label = new Regex(@"^\s*(\d+)_(\d+)\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex Reference = new Regex(@"\b\d+_(\d+)\b", RegexOptions.CultureInvariant);

    /// <summary>The executions the file's table plans, in number order; empty when it has no such table or cannot be read.</summary>
    public static PlannedExecution[] Read(string subplanPath)
    {
        string text;
        try { text = File.ReadAllText(subplanPath); }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException) { return Array.Empty<PlannedExecution>(); }
        return Parse(text);
    }

    public static PlannedExecution[] Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var result = new List<PlannedExecution>();
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
            if (!m.Success) continue; // the --- separator row, or a row that names no execution
            int number = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            if (result.Any(p => p.Number == number)) continue;
            var deps = new List<int>();
            var depText = Cell(4);
            if (depText != null)
                foreach (Match d in Reference.Matches(depText))
                {
                    int n = int.Parse(d.Groups[1].Value, CultureInfo.InvariantCulture);
                    if (n != number && !deps.Contains(n)) deps.Add(n);
                }
            result.Add(new PlannedExecution(number, label, Cell(2), Cell(1), Cell(3), deps.ToArray()));
        }
        return result.OrderBy(p => p.Number).ToArray();
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
