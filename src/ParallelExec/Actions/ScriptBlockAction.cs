using System;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Text;
using System.Threading;
using ParallelExec;
using ParallelExec.Run;

namespace ParallelExec.Actions;

/// <summary>
/// A script block run in a runspace pool: <c>$_</c> and the first argument are the achievement, the second its prompt.
/// It fails when it throws, writes an error, or ends with a non-zero exit code (<c>exit 3</c>, <c>$host.SetShouldExit(1)</c>:
/// <see cref="ActionHost"/>). Cancelled, it is stopped; one that does not stop within <see cref="StopGrace"/> (a .NET call
/// such as <c>[Threading.Thread]::Sleep</c> cannot be interrupted) is abandoned to its runspace, so that Ctrl+C returns.
/// </summary>
internal sealed class ScriptBlockAction : IRunAction
{
    // $_ is set in the wrapper's scope; the user's block, invoked with &, sees it (and the $using: copies) through scope lookup.
    internal const string Wrapper =
        "param($__peAchievement, $__pePrompt, $__peText, $__peUsing, $__peLocation, $__peState, $__peExecution)\n" +
        "$__peState['Runspace'] = [runspace]::DefaultRunspace.InstanceId\n" +
        "$__peState['Thread'] = [System.Threading.Thread]::CurrentThread\n" +
        "if ($__peLocation) { Set-Location -LiteralPath $__peLocation }\n" +
        "foreach ($__peKey in $__peUsing.Keys) { Set-Variable -Name $__peKey -Value $__peUsing[$__peKey] }\n" +
        "$_ = $__peAchievement\n" +
        "$VerbosePreference = 'Continue'\n" +
        "if ($null -ne $__peExecution) { & ([scriptblock]::Create($__peText)) $__peAchievement $__pePrompt $__peExecution }\n" +
        "else { & ([scriptblock]::Create($__peText)) $__peAchievement $__pePrompt }\n";

    private readonly PowerShell _ps;
    private readonly IAsyncResult _async;
    private readonly PSDataCollection<PSObject> _output = new PSDataCollection<PSObject>();
    private readonly string _logPath;
    private readonly int _attempt;
    private readonly ActionHost _host;
    private readonly System.Collections.Hashtable _state = new System.Collections.Hashtable();

    /// <summary>How long a cancelled action is given to stop before it is abandoned.</summary>
    internal static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(2);

    public ScriptBlockAction(RunspacePool pool, ActionHost host, ScriptBlockSource source, RunAttempt attempt)
    {
        _logPath = attempt.LogPath;
        _attempt = attempt.Attempt;
        _host = host;
        _ps = PowerShell.Create();
        _ps.RunspacePool = pool;
        _ps.AddScript(Wrapper).AddArgument(attempt.Achievement).AddArgument(attempt.Prompt).AddArgument(source.Text).AddArgument(source.Using)
            .AddArgument(attempt.WorkingDirectory).AddArgument(_state).AddArgument(attempt.Execution);
        _async = _ps.BeginInvoke<PSObject, PSObject>(null, _output);
    }

    public WaitHandle Handle => _async.AsyncWaitHandle;

    public string? Finish()
    {
        string? error = null;
        try
        {
            _ps.EndInvoke(_async);
        }
        catch (RuntimeException e)
        {
            error = e.ErrorRecord?.ToString() ?? e.Message;
        }
        catch (Exception e) when (!(e is OutOfMemoryException))
        {
            error = e.Message;
        }
        if (_state["Runspace"] is Guid runspace && _host.TakeExitCode(runspace) is int code && code != 0) error ??= "exit code " + code.ToString(CultureInfo.InvariantCulture);
        var log = new StringBuilder();
        // Attempts append to one log: each retry begins with a separator (the first is unmarked, so a one-attempt log is the output alone).
        if (_attempt > 1) log.Append("===== attempt ").Append(_attempt.ToString(CultureInfo.InvariantCulture)).Append(" =====\n");
        foreach (var o in _output) log.Append(o?.ToString()).Append('\n');
        foreach (var w in _ps.Streams.Warning) log.Append("WARNING: ").Append(w.Message).Append('\n');
        foreach (var v in _ps.Streams.Verbose) log.Append("VERBOSE: ").Append(v.Message).Append('\n');
        // Write-Host and Write-Information both arrive here (Write-Host's are tagged PSHOST).
        foreach (var i in _ps.Streams.Information)
            log.Append(i.Tags.Contains("PSHOST") ? "HOST: " : "INFO: ").Append(i.MessageData?.ToString()).Append('\n');
        foreach (var e in _ps.Streams.Error)
        {
            log.Append("ERROR: ").Append(e.ToString()).Append('\n');
            error ??= e.ToString();
        }
        if (error != null && !log.ToString().Contains("ERROR: ", StringComparison.Ordinal)) log.Append("ERROR: ").Append(error).Append('\n');
        try
        {
            using var w = new StreamWriter(_logPath, append: true, new UTF8Encoding(false));
            w.Write(log.ToString());
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            // A log that cannot be written (a full disk) does not undo the action's work: the action's own outcome stands.
        }
        return error;
    }

    /// <summary>True when the action did not stop within <see cref="StopGrace"/> and was left running.</summary>
    public bool Abandoned { get; private set; }

    public void Cancel()
    {
        try
        {
            var stop = _ps.BeginStop(null, null);
            if (stop.AsyncWaitHandle.WaitOne(StopGrace)) _ps.EndStop(stop);
            else
            {
                Abandoned = true;
                // The thread it is stuck on must not keep the process alive when the session ends (pwsh waits for
                // foreground threads: an abandoned Thread.Sleep(600000) would hold the exit for ten minutes).
                if (_state["Thread"] is Thread stuck) stuck.IsBackground = true;
            }
        }
        catch (Exception e) when (!(e is OutOfMemoryException)) { }
    }

    /// <summary>Disposes the pipeline; an abandoned one when it ends at last (disposing it now would wait for it).</summary>
    public void Dispose()
    {
        if (!Abandoned)
        {
            _ps.Dispose();
            return;
        }
        ThreadPool.RegisterWaitForSingleObject(_async.AsyncWaitHandle, (ps, _) => ((PowerShell)ps!).Dispose(), _ps, Timeout.Infinite, true);
    }
}
