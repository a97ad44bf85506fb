namespace ParallelExec.Status;

/// <summary>What an EXECUTION_TASK's <c>**Status**:</c> line says.</summary>
internal enum ExecutionState { None, Pending, InProgress, Complete }
