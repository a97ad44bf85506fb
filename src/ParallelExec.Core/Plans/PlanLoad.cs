namespace ParallelExec.Plans;

/// <summary>What one path gave: its plans, or the error that stopped it.</summary>
internal readonly struct PlanLoad
{
    public PlanLoad(PlanLoadResult? result, ParallelExecException? error)
    {
        Result = result;
        Error = error;
    }

    public PlanLoadResult? Result { get; }
    public ParallelExecException? Error { get; }
}
