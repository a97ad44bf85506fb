namespace ParallelExec.Run;

/// <summary>A unit's place in a simulated schedule.</summary>
internal readonly record struct UnitSlot(int Unit, int Executor, double Start, double End);
