using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Reflection;

namespace ParallelExec.Hosting;

/// <summary>
/// Registers Should -BeValidParallelJson (its test is ParallelExec.Pester.ps1 beside the module) with Pester's
/// Add-ShouldOperator, so that Pester is never a dependency: at once when Pester is loaded at import (the usual case: a
/// test file imports ParallelExec in BeforeAll), else at the first lookup of a Pester command through the session's
/// PostCommandLookupAction, which it then gives back as it was. Nothing is compiled until Pester is there.
/// </summary>
internal static class PesterOperator
{
    public const string OperatorName = "BeValidParallelJson";
    public const string ScriptFileName = "ParallelExec.Pester.ps1";

    private static readonly HashSet<string> PesterCommands = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "Invoke-Pester", "Describe", "Context", "It", "Should", "BeforeAll", "BeforeDiscovery", "Add-ShouldOperator" };

    // The session whose lookup action is hooked, and the action it had before; one module instance per process.
    private static CommandInvocationIntrinsics? _hooked;
    private static EventHandler<CommandLookupEventArgs>? _previous;
    private static bool _registering;

    public static void Install()
    {
        var runspace = Runspace.DefaultRunspace;
        if (runspace == null || _hooked != null) return;
        // Pester 5 loads Pester.dll at its import: without it in the process no Pester is loaded in this session, and the
        // nested pipeline that would ask (tens of milliseconds the first time) is saved.
        if (PesterAssemblyLoaded() && TryRegister()) return;
        var invoke = InvokeCommandOf(runspace);
        _previous = invoke.PostCommandLookupAction;
        invoke.PostCommandLookupAction = OnLookup;
        _hooked = invoke;
    }

    private static bool PesterAssemblyLoaded()
    {
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
            if (string.Equals(assembly.GetName().Name, "Pester", StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>
    /// The session's command intrinsics ($ExecutionContext.InvokeCommand). Import-Module runs inside a pipeline, where
    /// SessionStateProxy refuses calls; the runspace's own accessor is read directly, and where a PowerShell lacks it,
    /// a one-variable script asks.
    /// </summary>
    private static CommandInvocationIntrinsics InvokeCommandOf(Runspace runspace)
    {
        const BindingFlags flags = BindingFlags.Instance | BindingFlags.NonPublic;
        if (runspace.GetType().GetProperty("DoInvokeCommand", flags)?.GetValue(runspace) is CommandInvocationIntrinsics direct) return direct;
        return ((EngineIntrinsics)ScriptBlock.Create("$ExecutionContext").Invoke()[0].BaseObject).InvokeCommand;
    }

    public static void Uninstall()
    {
        if (_hooked == null) return;
        _hooked.PostCommandLookupAction = _previous;
        _hooked = null;
        _previous = null;
    }

    private static void OnLookup(object? sender, CommandLookupEventArgs e)
    {
        _previous?.Invoke(sender, e);
        if (_registering || !PesterCommands.Contains(e.CommandName)) return;
        _registering = true;
        try
        {
            if (TryRegister()) Uninstall();
        }
        catch (RuntimeException)
        {
            Uninstall(); // a Pester that refuses the operator: leave the session as it was
        }
        finally
        {
            _registering = false;
        }
    }

    /// <summary>Registers the operator with the Pester already loaded (never one found on PSModulePath); false when none is.</summary>
    private static bool TryRegister()
    {
        var script = Path.Combine(Path.GetDirectoryName(typeof(PesterOperator).Assembly.Location)!, ScriptFileName);
        // Run in this pipeline, where Pester's functions see their module's state (a nested PowerShell would not).
        var result = ScriptBlock.Create(RegisterScript).Invoke(OperatorName, ScriptBlock.Create(File.ReadAllText(script)));
        return result.Count == 1 && result[0].BaseObject is true;
    }

    private const string RegisterScript = """
        param([string] $Name, [scriptblock] $Test)
        $add = foreach ($m in @(Get-Module -Name Pester)) { if ($m.ExportedCommands.ContainsKey('Add-ShouldOperator')) { $m.ExportedCommands['Add-ShouldOperator']; break } }
        if (-not $add) { return $false }
        & $add -Name $Name -Test $Test
        $true
        """;
}
