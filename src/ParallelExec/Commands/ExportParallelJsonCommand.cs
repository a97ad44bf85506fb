using System.IO;
using System.Linq;
using System.Management.Automation;
using ParallelExec;
using ParallelExec.Diagnostics;
using ParallelExec.Input;
using ParallelExec.Output;
using ParallelExec.Plans;
using ParallelExec.Registry;

namespace ParallelExec.Commands;

/// <summary>Writes a plan's parallel.json (the schema's form) beside its PLAN, or to -OutFile.</summary>
[Cmdlet(VerbsData.Export, "ParallelJson", DefaultParameterSetName = PathSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(FileInfo))]
public sealed class ExportParallelJsonCommand : PlanInputCommand
{
    /// <inheritdoc/>
    protected override bool RefusesCycles => true;

    /// <inheritdoc/>
    protected override bool RecomputesLevels => true;

    /// <summary>Where to write instead of parallel.json beside the PLAN.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? OutFile { get; set; }

    [Parameter]
    public SwitchParameter Force { get; set; }

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <summary>
    /// -OutFile as a file-system path; a path on another provider (Env:, Function:) or one no file may have (a NUL
    /// character) stops the command before anything is written.
    /// </summary>
    private string ResolveOutFile(string outFile)
    {
        if (outFile.Contains('\0', System.StringComparison.Ordinal))
            ThrowTerminatingError(ErrorMapping.Error(ErrorCodes.OutFileInvalid, $"-OutFile '{outFile.Replace("\0", "\\0")}' holds a NUL character; nothing was written.",
                "Give a file path without control characters.", outFile));
        try
        {
            var path = SessionState.Path.GetUnresolvedProviderPathFromPSPath(outFile, out var provider, out _);
            if (provider.ImplementingType != typeof(Microsoft.PowerShell.Commands.FileSystemProvider))
                ThrowTerminatingError(ErrorMapping.Error(ErrorCodes.OutFileNotFileSystem,
                    $"-OutFile '{outFile}' is on the {provider.Name} provider, not the file system; nothing was written.",
                    "Give a file-system path, such as ./parallel.json.", outFile));
            return System.IO.Path.GetFullPath(path);
        }
        catch (System.Exception e) when (e is ProviderNotFoundException || e is System.Management.Automation.DriveNotFoundException || e is PSArgumentException ||
                                         e is System.NotSupportedException || e is System.ArgumentException)
        {
            ThrowTerminatingError(ErrorMapping.Error(ErrorCodes.OutFileInvalid, $"-OutFile '{outFile}' is not a usable path: {e.Message} Nothing was written.",
                "Give a file-system path, such as ./parallel.json.", outFile));
            throw;
        }
    }

    protected override void EndProcessing()
    {
        if (OutFile != null && Plans.Count > 1)
        {
            ThrowTerminatingError(ErrorMapping.Error(ErrorCodes.OutFileForManyPlans,
                $"-OutFile names one file, but the input holds {Plans.Count} plans ({string.Join(", ", Plans.Select(p => p.Name))}).",
                "Leave -OutFile out to write each plan's parallel.json beside its PLAN, or export one plan at a time.", OutFile));
        }
        string? outFile = OutFile != null ? ResolveOutFile(OutFile) : null;
        foreach (var plan in Plans)
        {
            string target = outFile ?? System.IO.Path.Combine(System.IO.Path.GetDirectoryName(plan.PlanPath)!, PlanConventions.RegistryFileName);
            string json;
            try
            {
                // The default target is the plan's own parallel.json: a link there that leaves the plan root is refused.
                if (outFile == null) PlanPaths.RequireInside(plan.PlanRoot, target, "written");
                json = RegistryWriter.ToJson(plan);
            }
            catch (ParallelExecException e)
            {
                WriteError(ErrorMapping.ToErrorRecord(e));
                continue;
            }
            bool exists = File.Exists(target);
            if (exists && !Force)
            {
                var d = new PlanDiagnostic(DiagnosticSeverity.Error, ErrorCodes.RegistryExists,
                    $"'{target}' already exists; it was not changed.", target, suggestion: "Add -Force to replace it (it is replaced in one step).", target: target);
                WriteError(ErrorMapping.ToErrorRecord(d));
                continue;
            }
            int levels = plan.Achievements.Select(a => a.Wave).Distinct().Count();
            if (!ShouldProcess(target, $"{(exists ? "Replace" : "Write")} parallel.json for {plan.Name} ({plan.Achievements.Count} achievements in {levels} levels)"))
                continue;
            try
            {
                RegistryWriter.WriteAtomically(target, json, overwrite: Force);
            }
            catch (ParallelExecException e)
            {
                WriteError(ErrorMapping.ToErrorRecord(e));
                continue;
            }
            if (PassThru) ProviderItems.WriteFile(this, target);
        }
    }
}
