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

    protected override void EndProcessing()
    {
        if (OutFile != null && Plans.Count > 1)
        {
            ThrowTerminatingError(ErrorMapping.Error(ErrorCodes.OutFileForManyPlans,
                $"-OutFile names one file, but the input holds {Plans.Count} plans ({string.Join(", ", Plans.Select(p => p.Name))}).",
                "Leave -OutFile out to write each plan's parallel.json beside its PLAN, or export one plan at a time.", OutFile));
        }
        foreach (var plan in Plans)
        {
            string target = OutFile != null
                ? SessionState.Path.GetUnresolvedProviderPathFromPSPath(OutFile)
                : System.IO.Path.Combine(System.IO.Path.GetDirectoryName(plan.PlanPath)!, PlanConventions.RegistryFileName);
            string json;
            try
            {
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
