using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics;
using System.IO;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Management.Automation.Runspaces;
using System.Text;
using System.Threading;
using ParallelExec;

namespace ParallelExec.Actions;

/// <summary>A script block run in a runspace pool: <c>$_</c> and the first argument are the achievement, the second its prompt.</summary>
internal sealed class ScriptBlockAction : RunningAction
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

    public ScriptBlockAction(RunspacePool pool, ScriptBlockSource source, Achievement achievement, string? prompt, int attempt, string logPath,
        string workingDirectory) : base(achievement, attempt, logPath, workingDirectory)
    {
        _ps = PowerShell.Create();
        _ps.RunspacePool = pool;
        _ps.AddScript(Wrapper).AddArgument(achievement).AddArgument(prompt).AddArgument(source.Text).AddArgument(source.Using).AddArgument(workingDirectory);
        _async = _ps.BeginInvoke<PSObject, PSObject>(null, _output);
    }

    public override WaitHandle Handle => _async.AsyncWaitHandle;

    public override string? Finish()
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
        AppendLog(LogPath, log.ToString());
        return error;
    }

    public override void Cancel()
    {
        try { _ps.Stop(); } catch (Exception e) when (!(e is OutOfMemoryException)) { }
    }

    public override void Dispose() => _ps.Dispose();
}
