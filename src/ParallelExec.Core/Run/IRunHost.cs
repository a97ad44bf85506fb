namespace ParallelExec.Run;

/// <summary>
/// Where a run's output goes: Invoke-ParallelPlan maps each call to WriteObject, WriteProgress, WriteVerbose,
/// WriteWarning and WriteError. Called on the engine's thread only.
/// </summary>
internal interface IRunHost
{
    /// <summary>An achievement's outcome, once final (succeeded or failed when it ends, the others at the end of the run).</summary>
    void Result(RunResult result);

    /// <summary>The plan's progress bar, or one running achievement's (child of the plan's).</summary>
    void Progress(RunProgress progress);

    void Verbose(string text);

    /// <summary>A warning: "[Code] message".</summary>
    void Warning(PlanDiagnostic warning);

    /// <summary>A failure that ends one plan's run (or its record), not the others.</summary>
    void Error(ParallelExecException error);

    /// <summary>The one-line summary of a run stopped by Ctrl+C, written even though the pipeline is stopping.</summary>
    void StoppedSummary(string line);
}
