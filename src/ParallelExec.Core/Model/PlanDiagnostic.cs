using ParallelExec.Diagnostics;

namespace ParallelExec;

/// <summary>
/// A finding about an input: a warning, or an error that did not stop the rest of the work. The one record of a
/// finding: a <see cref="ParallelExecException"/> carries one, a <see cref="ValidationRecord"/> is a view of one, and the
/// cmdlets turn them into ErrorRecords and warnings through one mapper. Core never throws for bad input it can report.
/// </summary>
public sealed class PlanDiagnostic
{
    internal PlanDiagnostic(DiagnosticSeverity severity, ErrorCode code, string message,
        string? path = null, int? line = null, int? column = null, string? suggestion = null, object? target = null)
    {
        SeverityValue = severity;
        ErrorCode = code;
        Message = message;
        Path = path;
        Line = line;
        Column = column;
        Suggestion = suggestion;
        TargetObject = target;
    }

    public string Severity => SeverityValue.ToString();

    internal DiagnosticSeverity SeverityValue { get; }

    /// <summary>The code, from the catalog (<see cref="ErrorCodes"/>).</summary>
    internal ErrorCode ErrorCode { get; }

    /// <summary>Stable PascalCase id (<c>PlanFileNotFound</c>, <c>CircularDependency</c>).</summary>
    public string Code => ErrorCode.Name;

    public string Kind => KindValue.ToString();

    internal DiagnosticKind KindValue => ErrorCode.Kind;
    public string Message { get; }
    public string? Path { get; }
    public int? Line { get; }
    public int? Column { get; }
    public string? Suggestion { get; }

    /// <summary>The offending input (a path, an id, a cycle); the path when nothing more precise is known.</summary>
    public object? Target => TargetObject switch
    {
        null => null,
        string text => text,
        AchievementId[] ids => IdText.Of(ids),
        _ => TargetObject.ToString(),
    };

    /// <summary>The ErrorRecord's target as the Core gave it (a path, an id, a cycle's ids).</summary>
    internal object? TargetObject { get; }

    /// <summary>The achievement a registry finding is about, as written in the registry; null when none.</summary>
    public string? AchievementId { get; init; }

    /// <summary>Where in a JSON document, as a JSON path (levels[0].achievements[2].id), when known.</summary>
    public string? JsonPath { get; init; }

    /// <summary>The same finding with another severity and words added to its message.</summary>
    internal PlanDiagnostic With(DiagnosticSeverity severity, string addedMessage) =>
        new(severity, ErrorCode, Message + addedMessage, Path, Line, Column, Suggestion, TargetObject)
        {
            AchievementId = AchievementId,
            JsonPath = JsonPath,
        };

    public override string ToString()
    {
        var where = Path == null ? "" : Line.HasValue ? $"{Path}:{Line}: " : $"{Path}: ";
        return where + Message + (Suggestion == null ? "" : " " + Suggestion);
    }
}
