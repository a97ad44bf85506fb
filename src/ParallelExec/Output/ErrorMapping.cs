using System;
using System.Management.Automation;
using ParallelExec;

namespace ParallelExec.Output;

/// <summary>The one place where Core's findings and exceptions become ErrorRecords and warnings.</summary>
internal static class ErrorMapping
{
    public static ErrorRecord ToErrorRecord(PlanDiagnostic d, Exception? inner = null)
    {
        var message = d.Message;
        if (d.Path != null && d.Line.HasValue && message.IndexOf(d.Path, StringComparison.Ordinal) < 0)
            message = $"{message} ({d.Path}, line {d.Line})";
        else if (d.Line.HasValue)
            message = $"{message} (line {d.Line})";
        var exception = new ParallelExecException(d, inner);
        var record = new ErrorRecord(new InvalidOperationException(message, exception), d.Code, Category(d.Kind), d.Target ?? d.Path);
        record.ErrorDetails = new ErrorDetails(message) { RecommendedAction = d.Suggestion ?? "" };
        return record;
    }

    public static ErrorCategory Category(DiagnosticKind kind) => kind switch
    {
        DiagnosticKind.NotFound => ErrorCategory.ObjectNotFound,
        DiagnosticKind.InvalidData => ErrorCategory.InvalidData,
        DiagnosticKind.InvalidArgument => ErrorCategory.InvalidArgument,
        DiagnosticKind.LimitsExceeded => ErrorCategory.LimitsExceeded,
        DiagnosticKind.ReadError => ErrorCategory.ReadError,
        _ => ErrorCategory.InvalidOperation,
    };

    public static string WarningText(PlanDiagnostic d)
    {
        var where = d.Line.HasValue && d.Path != null ? $" ({System.IO.Path.GetFileName(d.Path)}, line {d.Line})" : "";
        return $"[{d.Code}] {d.Message}{where}" + (string.IsNullOrEmpty(d.Suggestion) ? "" : " " + d.Suggestion);
    }

    /// <summary>Writes each diagnostic as a warning, an error record, or verbose text.</summary>
    public static void Report(PSCmdlet cmdlet, System.Collections.Generic.IEnumerable<PlanDiagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            switch (d.Severity)
            {
                case DiagnosticSeverity.Error: cmdlet.WriteError(ToErrorRecord(d)); break;
                case DiagnosticSeverity.Warning: cmdlet.WriteWarning(WarningText(d)); break;
                default: cmdlet.WriteVerbose(WarningText(d)); break;
            }
        }
    }
}
