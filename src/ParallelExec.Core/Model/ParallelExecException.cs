using System;

namespace ParallelExec;

/// <summary>A failure that stops the work on one input. Carries the same fields as a diagnostic.</summary>
public sealed class ParallelExecException : Exception
{
    public ParallelExecException(PlanDiagnostic diagnostic, Exception? inner = null)
        : base(diagnostic.Message, inner)
    {
        Diagnostic = diagnostic;
    }

    public PlanDiagnostic Diagnostic { get; }

    internal static ParallelExecException Create(string code, DiagnosticKind kind, string message, string? path,
        string? suggestion = null, Exception? inner = null, object? target = null, int? line = null) =>
        new ParallelExecException(new PlanDiagnostic(DiagnosticSeverity.Error, code, kind, message, path, line, null,
            suggestion, target ?? path), inner);
}
