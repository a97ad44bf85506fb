using System;
using System.Collections.Generic;
using System.Globalization;
using ParallelExec.Plans;

namespace ParallelExec.Registry;

/// <summary>
/// One item of a flat registry's <c>sub_executions</c> as the readers collect it, and the <see cref="PlannedExecution"/>
/// it becomes: <c>"execution_id": "2.1.3"</c> is execution 3 of 2.1, its dependencies are the numbers of the
/// executions it waits for. The schema form's <c>executions</c> items are the same with <c>id</c> ("1", "01_02" or
/// "1.1.2": the last number counts) and <c>files</c>.
/// </summary>
internal sealed class SubExecution
{
    public string? ExecutionId { get; set; }
    public string? Title { get; set; }
    public string? Status { get; set; }
    public string? Estimate { get; set; }
    public List<string> Dependencies { get; } = new List<string>();
    public List<string> Files { get; } = new List<string>();

    /// <summary>The planned execution; null when the execution id does not end in a number.</summary>
    public PlannedExecution? ToPlanned()
    {
        if (ExecutionId is not { } id || Number(id) is not int number) return null;
        var depends = new List<int>(Dependencies.Count);
        foreach (var d in Dependencies)
            if (Number(d) is int n && n != number && !depends.Contains(n)) depends.Add(n);
        return new PlannedExecution(number, id, null, Status, Estimate, depends.ToArray(), Title, Files.Count == 0 ? null : Files.ToArray());
    }

    /// <summary>The planned executions of an entry's sub_executions, in the order written, each number once.</summary>
    public static PlannedExecution[] ToPlanned(List<SubExecution> items)
    {
        var list = new List<PlannedExecution>(items.Count);
        var numbers = new HashSet<int>();
        foreach (var s in items)
            if (s.ToPlanned() is { } p && numbers.Add(p.Number)) list.Add(p);
        return list.ToArray();
    }

    /// <summary>The estimate of a number of hours, as the SUBPLAN tables write one (2.5h).</summary>
    public static string? Hours(double hours) => RegistryValues.HoursInRange(hours) ? EstimateParser.FromHours(hours)?.ToString() : null;

    /// <summary>The last part of a dotted id (3 of 2.1.3), when it is a number of at most nine ASCII digits above 0.</summary>
    private static int? Number(string id)
    {
        var last = id.Substring(Math.Max(id.LastIndexOf('.'), id.LastIndexOf('_')) + 1);
        if (last.Length == 0 || last.Length > 9) return null;
        foreach (var c in last)
            if (c < '0' || c > '9') return null;
        int n = int.Parse(last, CultureInfo.InvariantCulture);
        return n > 0 ? n : null;
    }
}
