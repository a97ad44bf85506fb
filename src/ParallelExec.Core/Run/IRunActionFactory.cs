using System.Collections.Generic;

namespace ParallelExec.Run;

/// <summary>
/// What starts the attempts of a run: a script block in a runspace pool (the cmdlet's, it needs PowerShell) or a
/// program (<see cref="ProcessActionFactory"/>). The engine opens it for each plan it runs and closes it after.
/// </summary>
internal interface IRunActionFactory
{
    /// <summary>Before a plan's first attempt (its log folder exists): opens what its attempts share.</summary>
    void Open(IReadOnlyList<RunNode> nodes, int throttleLimit);

    /// <summary>
    /// Starts one attempt. When it cannot start (a <see cref="ParallelExecException"/>, an I/O, access, invalid
    /// operation or Win32 error), the attempt fails with that error's message.
    /// </summary>
    IRunAction Start(RunAttempt attempt);

    /// <summary>After a plan's run, however it ended (also when <see cref="Open"/> was not reached or failed).</summary>
    void Close();
}
