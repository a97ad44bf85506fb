using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Management.Automation.Runspaces;
using System.Threading;
using ParallelExec.Run;

namespace ParallelExec.Actions;

/// <summary>
/// -ScriptBlock: each plan's run opens a runspace pool of -ThrottleLimit runspaces (this module and the utility and
/// management modules imported), its attempts run the block there, and the pool is closed when the run ends.
/// </summary>
internal sealed class ScriptBlockActionFactory : IRunActionFactory
{
    private readonly ScriptBlockSource _source;
    private readonly string? _modulePath;
    private readonly ActionHost _host;
    private readonly List<ScriptBlockAction> _started = new List<ScriptBlockAction>();
    private RunspacePool? _pool;

    public ScriptBlockActionFactory(ScriptBlockSource source, string? modulePath, PSHost host)
    {
        _source = source;
        _modulePath = modulePath;
        _host = new ActionHost(host);
    }

    public void Open(IReadOnlyList<RunNode> nodes, int throttleLimit)
    {
        var iss = InitialSessionState.CreateDefault2();
        // Loaded when each runspace opens (before the first achievement), not at its first command.
        var modules = new List<string> { "Microsoft.PowerShell.Utility", "Microsoft.PowerShell.Management" };
        if (!string.IsNullOrEmpty(_modulePath)) modules.Add(_modulePath!);
        iss.ImportPSModule(modules.ToArray());
        _pool = RunspaceFactory.CreateRunspacePool(throttleLimit, throttleLimit, iss, _host);
        _pool.Open();
        WarmUp(_pool, SchedulePrediction.Of(nodes, throttleLimit).Width);
    }

    public IRunAction Start(RunAttempt attempt)
    {
        var action = new ScriptBlockAction(_pool ?? throw new InvalidOperationException("The runspace pool is not open."), _host, _source, attempt);
        _started.Add(action);
        return action;
    }

    /// <summary>Closes the pool; with an abandoned action still running in it, on a background thread (closing waits for it).</summary>
    public void Close()
    {
        var pool = _pool;
        _pool = null;
        bool abandoned = _started.Exists(a => a.Abandoned);
        _started.Clear();
        if (pool == null) return;
        if (!abandoned)
        {
            pool.Dispose();
            return;
        }
        new Thread(() => pool.Dispose()) { IsBackground = true, Name = "ParallelExec abandoned runspace pool" }.Start();
    }

    // A RunspacePool opens one runspace and creates each other one when it is first needed, synchronously inside BeginInvoke
    // (100-300 ms: a session with this module imported). Mid-run, that delayed the achievements dispatched after it and
    // lengthened the first action on each new runspace. So the runspaces the run can use at once (the widest point of the
    // predicted schedule) are created here, before the first achievement: each warm-up call holds its runspace until all
    // are created, so the pool cannot hand the same one out twice.
    internal static void WarmUp(RunspacePool pool, int count)
    {
        if (count < 2) return;
        var gate = new ManualResetEventSlim(false);
        var calls = new List<(PowerShell Shell, IAsyncResult Async)>();
        try
        {
            for (int k = 0; k < count; k++)
            {
                var ps = PowerShell.Create();
                ps.RunspacePool = pool;
                ps.AddScript("param($gate) $null = $gate.Wait(30000)").AddArgument(gate);
                calls.Add((ps, ps.BeginInvoke()));
            }
        }
        finally
        {
            gate.Set();
            foreach (var (ps, async) in calls)
            {
                try { ps.EndInvoke(async); }
                catch (Exception e) when (!(e is OutOfMemoryException)) { }
                ps.Dispose();
            }
            gate.Dispose();
        }
    }
}
