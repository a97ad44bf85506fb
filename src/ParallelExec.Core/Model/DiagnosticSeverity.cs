using System;

namespace ParallelExec;

public enum DiagnosticSeverity { Information, Warning, Error }
