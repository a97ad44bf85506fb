using System;

namespace ParallelExec;

/// <summary>
/// A finding about an input: a warning, or an error that did not stop the rest of the work.
/// The cmdlets turn these into warnings and ErrorRecords; Core never throws for bad input it can report.
/// </summary>
public sealed class PlanDiagnostic
{
    public PlanDiagnostic(DiagnosticSeverity severity, string code, DiagnosticKind kind, string message,
        string? path = null, int? line = null, int? column = null, string? suggestion = null, object? target = null)
    {
        Severity = severity;
        Code = code;
        Kind = kind;
        Message = message;
        Path = path;
        Line = line;
        Column = column;
        Suggestion = suggestion;
        Target = target;
    }

    public DiagnosticSeverity Severity { get; }

    /// <summary>Stable PascalCase id (<c>PlanFileNotFound</c>, <c>CircularDependency</c>).</summary>
    public string Code { get; }

    public DiagnosticKind Kind { get; }
    public string Message { get; }
    public string? Path { get; }
    public int? Line { get; }
    public int? Column { get; }
    public string? Suggestion { get; }

    /// <summary>The offending input (a path, an id, a cycle); the path when nothing more precise is known.</summary>
    public object? Target { get; }

    public override string ToString()
    {
        var where = Path == null ? "" : Line.HasValue ? $"{Path}:{Line}: " : $"{Path}: ";
        return where + Message + (Suggestion == null ? "" : " " + Suggestion);
    }
}
