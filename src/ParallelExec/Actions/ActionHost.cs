using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Management.Automation.Runspaces;

namespace ParallelExec.Actions;

/// <summary>
/// The host of the action runspaces: the caller's host for everything the user sees (its UI, culture, private data),
/// but <c>exit N</c> and <c>$host.SetShouldExit(N)</c> inside an action are the action's exit code, kept per runspace
/// for <see cref="ScriptBlockAction"/> to read, instead of asking the caller's shell to exit.
/// </summary>
internal sealed class ActionHost : PSHost
{
    private readonly PSHost _inner;
    private readonly ConcurrentDictionary<Guid, int> _exitCodes = new ConcurrentDictionary<Guid, int>();

    public ActionHost(PSHost inner) => _inner = inner;

    public override string Name => _inner.Name;
    public override Version Version => _inner.Version;
    public override Guid InstanceId { get; } = Guid.NewGuid();
    public override PSHostUserInterface? UI => _inner.UI;
    public override CultureInfo CurrentCulture => _inner.CurrentCulture;
    public override CultureInfo CurrentUICulture => _inner.CurrentUICulture;
    public override PSObject? PrivateData => _inner.PrivateData;

    /// <summary>Records the exit code of the action running on this thread's runspace.</summary>
    public override void SetShouldExit(int exitCode)
    {
        var runspace = Runspace.DefaultRunspace;
        if (runspace != null) _exitCodes[runspace.InstanceId] = exitCode;
    }

    /// <summary>The exit code the action on <paramref name="runspace"/> asked for (and forgets it); null when it asked for none.</summary>
    public int? TakeExitCode(Guid runspace) => _exitCodes.TryRemove(runspace, out var code) ? code : null;

    public override void EnterNestedPrompt() => throw new NotSupportedException("An action of Invoke-ParallelPlan cannot enter a nested prompt.");

    public override void ExitNestedPrompt() => throw new NotSupportedException("An action of Invoke-ParallelPlan has no nested prompt.");

    public override void NotifyBeginApplication() { }

    public override void NotifyEndApplication() { }
}
