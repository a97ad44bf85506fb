using System;
using ParallelExec.Diagnostics;

namespace ParallelExec;

/// <summary>
/// A failure that stops the work on one input; the exception of every ErrorRecord the module writes, so that scripts
/// can <c>catch [ParallelExec.ParallelExecException]</c> and read <see cref="Diagnostic"/> (code, path, line, fix).
/// </summary>
public sealed class ParallelExecException : Exception
{
    public ParallelExecException(PlanDiagnostic diagnostic, Exception? inner = null)
        : this(diagnostic, diagnostic.Message, inner)
    {
    }

    internal ParallelExecException(PlanDiagnostic diagnostic, string message, Exception? inner)
        : base(message, inner)
    {
        Diagnostic = diagnostic;
    }

    public PlanDiagnostic Diagnostic { get; }

    /// <summary>The code (<see cref="PlanDiagnostic.Code"/>).</summary>
    public string Code => Diagnostic.Code;

    internal static ParallelExecException Create(ErrorCode code, string message, string? path,
        string? suggestion = null, Exception? inner = null, object? target = null, int? line = null) =>
        new(new PlanDiagnostic(DiagnosticSeverity.Error, code, message, path, line, null, suggestion, target ?? path), inner);
}
