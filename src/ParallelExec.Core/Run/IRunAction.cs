using System;
using System.Threading;

namespace ParallelExec.Run;

/// <summary>One attempt of one achievement's action, started by the run engine and polled from its thread.</summary>
internal interface IRunAction : IDisposable
{
    /// <summary>Signalled when the action has ended.</summary>
    WaitHandle Handle { get; }

    /// <summary>Collects the outcome of an ended action (writing what remains to the log): null on success, else the error.</summary>
    string? Finish();

    /// <summary>
    /// Stops a running action and waits for it to end, for a few seconds at most: one that cannot be stopped is
    /// abandoned (a run stopped with Ctrl+C returns promptly and writes its record). May be called from any thread.
    /// </summary>
    void Cancel();
}
