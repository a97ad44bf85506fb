using System;

namespace ParallelExec;

/// <summary>What kind of failure, so that the cmdlet layer can choose the ErrorCategory.</summary>
public enum DiagnosticKind
{
    NotFound,
    InvalidData,
    InvalidArgument,
    LimitsExceeded,
    ReadError,
    InvalidOperation,
}
