using System;
using System.Collections.Generic;
using System.Management.Automation;
using ParallelExec.Diagnostics;

namespace ParallelExec.Output;

/// <summary>
/// The one path from a finding to PowerShell: every ErrorRecord and every warning of the module is built here, from a
/// code of the catalog (<see cref="ErrorCodes"/>). The ErrorRecord's exception is always a
/// <see cref="ParallelExecException"/>, so that scripts can catch it by type and read its diagnostic.
/// </summary>
internal static class ErrorMapping
{
    public static ErrorRecord ToErrorRecord(PlanDiagnostic d, Exception? inner = null)
    {
        var message = d.Message;
        if (d.Path != null && d.Line.HasValue && message.IndexOf(d.Path, StringComparison.Ordinal) < 0)
            message = $"{message} ({d.Path}, line {d.Line})";
        else if (d.Line.HasValue)
            message = $"{message} (line {d.Line})";
        var exception = new ParallelExecException(d, message, inner);
        var record = new ErrorRecord(exception, d.Code, Category(d.KindValue), d.TargetObject ?? d.Path);
        record.ErrorDetails = new ErrorDetails(message) { RecommendedAction = d.Suggestion ?? "" };
        return record;
    }

    /// <summary>The record of a failure Core threw.</summary>
    public static ErrorRecord ToErrorRecord(ParallelExecException e) => ToErrorRecord(e.Diagnostic, e.InnerException);

    /// <summary>A record for a failure the cmdlet layer finds itself (a parameter, a path, the host).</summary>
    public static ErrorRecord Error(ErrorCode code, string message, string suggestion, object? target, Exception? inner = null) =>
        ToErrorRecord(new PlanDiagnostic(DiagnosticSeverity.Error, code, message, suggestion: suggestion, target: target), inner);

    public static ErrorCategory Category(DiagnosticKind kind) => kind switch
    {
        DiagnosticKind.NotFound => ErrorCategory.ObjectNotFound,
        DiagnosticKind.InvalidData => ErrorCategory.InvalidData,
        DiagnosticKind.InvalidArgument => ErrorCategory.InvalidArgument,
        DiagnosticKind.LimitsExceeded => ErrorCategory.LimitsExceeded,
        DiagnosticKind.ReadError => ErrorCategory.ReadError,
        _ => ErrorCategory.InvalidOperation,
    };

    /// <summary>"[Code] message (file, line N) suggestion".</summary>
    public static string WarningText(PlanDiagnostic d)
    {
        var where = d.Line.HasValue && d.Path != null ? $" ({System.IO.Path.GetFileName(d.Path)}, line {d.Line})" : "";
        return d.ErrorCode.Tag(d.Message + where) + (string.IsNullOrEmpty(d.Suggestion) ? "" : " " + d.Suggestion);
    }

    /// <summary>A warning the cmdlet layer gives itself: "[Code] message".</summary>
    public static void WriteWarning(Cmdlet cmdlet, ErrorCode code, string message) => cmdlet.WriteWarning(code.Tag(message));

    /// <summary>Writes each diagnostic as a warning, an error record, or verbose text.</summary>
    public static void Report(PSCmdlet cmdlet, IEnumerable<PlanDiagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            switch (d.SeverityValue)
            {
                case DiagnosticSeverity.Error: cmdlet.WriteError(ToErrorRecord(d)); break;
                case DiagnosticSeverity.Warning: cmdlet.WriteWarning(WarningText(d)); break;
                default: cmdlet.WriteVerbose(WarningText(d)); break;
            }
        }
    }
}
