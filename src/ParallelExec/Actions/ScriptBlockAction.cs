using System;
using System.IO;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Text;
using System.Threading;
using ParallelExec;
using ParallelExec.Run;

namespace ParallelExec.Actions;

/// <summary>A script block run in a runspace pool: <c>$_</c> and the first argument are the achievement, the second its prompt.</summary>
internal sealed class ScriptBlockAction : IRunAction
{
    // $_ is set in the wrapper's scope; the user's block, invoked with &, sees it (and the $using: copies) through scope lookup.
    internal const string Wrapper =
        "param($__peAchievement, $__pePrompt, $__peText, $__peUsing, $__peLocation)\n" +
        "if ($__peLocation) { Set-Location -LiteralPath $__peLocation }\n" +
        "foreach ($__peKey in $__peUsing.Keys) { Set-Variable -Name $__peKey -Value $__peUsing[$__peKey] }\n" +
        "$_ = $__peAchievement\n" +
        "& ([scriptblock]::Create($__peText)) $__peAchievement $__pePrompt\n";

    private readonly PowerShell _ps;
    private readonly IAsyncResult _async;
    private readonly PSDataCollection<PSObject> _output = new PSDataCollection<PSObject>();
    private readonly string _logPath;

    public ScriptBlockAction(RunspacePool pool, ScriptBlockSource source, RunAttempt attempt)
    {
        _logPath = attempt.LogPath;
        _ps = PowerShell.Create();
        _ps.RunspacePool = pool;
        _ps.AddScript(Wrapper).AddArgument(attempt.Achievement).AddArgument(attempt.Prompt).AddArgument(source.Text).AddArgument(source.Using)
            .AddArgument(attempt.WorkingDirectory);
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
        var log = new StringBuilder();
        foreach (var o in _output) log.Append(o?.ToString()).Append('\n');
        foreach (var e in _ps.Streams.Error)
        {
            log.Append("ERROR: ").Append(e.ToString()).Append('\n');
            error ??= e.ToString();
        }
        if (error != null && log.Length == 0) log.Append("ERROR: ").Append(error).Append('\n');
        using (var w = new StreamWriter(_logPath, append: true, new UTF8Encoding(false))) w.Write(log.ToString());
        return error;
    }

    public void Cancel()
    {
        try { _ps.Stop(); } catch (Exception e) when (!(e is OutOfMemoryException)) { }
    }

    public void Dispose() => _ps.Dispose();
}
