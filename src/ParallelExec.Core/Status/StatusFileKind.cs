namespace ParallelExec.Status;

internal enum StatusFileKind { Subplan, Execution, Approved, Fix, FixResolution, Skipped }
