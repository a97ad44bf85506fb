using ParallelExec.Diagnostics;

namespace ParallelExec;

/// <summary>One finding of Test-ParallelJson -Detailed: a view of a <see cref="PlanDiagnostic"/> about a registry.</summary>
public sealed class ValidationRecord
{
    internal ValidationRecord(DiagnosticSeverity severity, ErrorCode code, string message, string path,
        int? line = null, int? column = null, string? achievementId = null, string? suggestion = null, string? jsonPath = null)
        : this(new PlanDiagnostic(severity, code, message, path, line, column, suggestion, (object?)achievementId ?? path)
        {
            AchievementId = achievementId,
            JsonPath = jsonPath,
        })
    {
    }

    internal ValidationRecord(PlanDiagnostic diagnostic) => Diagnostic = diagnostic;

    /// <summary>The finding this record shows.</summary>
    public PlanDiagnostic Diagnostic { get; }

    public string Severity => SeverityValue.ToString();

    internal DiagnosticSeverity SeverityValue => Diagnostic.SeverityValue;

    /// <summary>What was found: InvalidJson, SchemaViolation, DuplicateId, CircularDependency … (see the reference).</summary>
    public string Code => Diagnostic.Code;

    public string Message => Diagnostic.Message;
    public string Path => Diagnostic.Path ?? "";
    public int? Line => Diagnostic.Line;
    public int? Column => Diagnostic.Column;
    public string? AchievementId => Diagnostic.AchievementId;

    /// <summary>The same as <see cref="AchievementId"/>, under the name the default view shows (so that Select-Object Id works).</summary>
    public string? Id => AchievementId;

    public string? Suggestion => Diagnostic.Suggestion;

    /// <summary>Where in the document, as a JSON path (levels[0].achievements[2].id), when known.</summary>
    public string? JsonPath => Diagnostic.JsonPath;

    public override string ToString()
    {
        var where = Line.HasValue ? $"{System.IO.Path.GetFileName(Path)}:{Line}:{Column ?? 1}" : System.IO.Path.GetFileName(Path);
        return $"{where} {SeverityValue} {Code}: {Message}" + (Suggestion == null ? "" : " " + Suggestion);
    }
}
