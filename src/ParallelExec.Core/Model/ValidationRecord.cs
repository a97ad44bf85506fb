namespace ParallelExec;

/// <summary>One finding of Test-ParallelJson -Detailed.</summary>
public sealed class ValidationRecord
{
    public ValidationRecord(DiagnosticSeverity severity, string code, string message, string path,
        int? line = null, int? column = null, string? achievementId = null, string? suggestion = null, string? jsonPath = null)
    {
        Severity = severity;
        Code = code;
        Message = message;
        Path = path;
        Line = line;
        Column = column;
        AchievementId = achievementId;
        Suggestion = suggestion;
        JsonPath = jsonPath;
    }

    public DiagnosticSeverity Severity { get; }

    /// <summary>What was found: InvalidJson, SchemaViolation, DuplicateId, CircularDependency … (see the reference).</summary>
    public string Code { get; }

    public string Message { get; }
    public string Path { get; }
    public int? Line { get; }
    public int? Column { get; }
    public string? AchievementId { get; }

    /// <summary>The same as <see cref="AchievementId"/>, under the name the default view shows (so that Select-Object Id works).</summary>
    public string? Id => AchievementId;

    public string? Suggestion { get; }

    /// <summary>Where in the document, as a JSON path (levels[0].achievements[2].id), when known.</summary>
    public string? JsonPath { get; }

    public override string ToString()
    {
        var where = Line.HasValue ? $"{System.IO.Path.GetFileName(Path)}:{Line}:{Column ?? 1}" : System.IO.Path.GetFileName(Path);
        return $"{where} {Severity} {Code}: {Message}" + (Suggestion == null ? "" : " " + Suggestion);
    }
}
