using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using ParallelExec;
using ParallelExec.Completion;
using ParallelExec.Diagnostics;
using ParallelExec.Input;
using ParallelExec.Output;
using ParallelExec.Plans;
using ParallelExec.Registry;
using ParallelExec.Status;
using ParallelExec.Workflow;

namespace ParallelExec.Commands;

/// <summary>
/// Writes a plan as a GitHub Actions workflow or an Azure Pipelines pipeline: one job per achievement still to do,
/// waiting for the jobs of its dependencies, and a final job that records the run.
/// </summary>
[Cmdlet(VerbsData.Export, "ParallelWorkflow", DefaultParameterSetName = PathSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(WorkflowExport))]
public sealed class ExportParallelWorkflowCommand : SelectingPlanInputCommand
{
    /// <inheritdoc/>
    protected override bool RefusesCycles => true;

    [Parameter(Mandatory = true)]
    public WorkflowTarget Target { get; set; }

    /// <summary>The step that does an achievement's work, in PowerShell, with {Id}, {Title}, {PlanPath}, {PromptFile}, {Branch}.</summary>
    [Parameter(Mandatory = true)]
    [ValidateNotNullOrEmpty]
    public string? Run { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? OutFile { get; set; }

    [Parameter]
    [ArgumentCompleter(typeof(RunnerCompleter))]
    [ValidateNotNullOrEmpty]
    public string RunsOn { get; set; } = WorkflowNames.DefaultRunsOn;

    [Parameter]
    [ValidateRange(1, 10080)]
    public int TimeoutMinutes { get; set; } = WorkflowNames.DefaultTimeoutMinutes;

    /// <summary>Import the module from this manifest in the repository instead of installing it from the Gallery.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? ModulePath { get; set; }

    [Parameter]
    public SwitchParameter IncludeComplete { get; set; }

    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Give jobs that write the same files no serialising needs (by default the later one waits for the earlier).</summary>
    [Parameter]
    public SwitchParameter IgnoreConflicts { get; set; }

    protected override void EndProcessing()
    {
        if (OutFile != null && Plans.Count > 1)
            ThrowTerminatingError(ErrorMapping.Error(ErrorCodes.OutFileForManyPlans,
                $"-OutFile names one file, but the input holds {Plans.Count} plans ({string.Join(", ", Plans.Select(p => p.Name))}).",
                "Leave -OutFile out to write each plan's workflow at its default path, or export one plan at a time.", OutFile));
        var ids = ParseIds(Id);
        foreach (var plan in Plans)
        {
            try
            {
                Export(plan, ids);
            }
            catch (ParallelExecException e)
            {
                WriteError(ErrorMapping.ToErrorRecord(e));
            }
        }
    }

    private void Export(ParallelPlan plan, List<AchievementId> ids)
    {
        var repository = RepositoryRoot.Find(plan.PlanRoot) ?? throw ParallelExecException.Create(ErrorCodes.WorkflowNotInRepository,
            $"{plan.Name} is not in a git repository ('{plan.PlanRoot}'): a workflow runs on a checkout of one.", plan.PlanRoot,
            "Export from a clone of the repository that holds the plan (git init and commit, for a new one).");
        var target = TargetPath(plan, repository);
        var options = new WorkflowOptions
        {
            Target = Target, Run = Run!, RunsOn = RunsOn, TimeoutMinutes = TimeoutMinutes,
            ModulePath = ModulePath == null ? null : RepositoryRelative(repository, ModulePath), IncludeComplete = IncludeComplete.IsPresent,
            Exclusions = ParallelExec.Run.ExclusionSource.For(plan, IgnoreConflicts),
        };
        var selected = Select(plan, Level, ids);
        var statuses = ParameterSetName == InputSet ? StatusResolver.Refresh(plan, null, new List<PlanDiagnostic>()) : plan.Statuses;
        var definition = WorkflowBuilder.Build(plan, selected, statuses, repository, options);
        if (definition.Jobs.Count == 0)
            throw ParallelExecException.Create(ErrorCodes.WorkflowNothingToRun,
                $"{plan.Name} has nothing left to run: the {definition.LeftOut.Count} achievement(s) chosen are complete or skipped.", plan.PlanPath,
                "Add -IncludeComplete to export them all the same, or choose other achievements (-Id, -Level).");
        var yaml = WorkflowExporter.ToYaml(definition);
        bool exists = File.Exists(target);
        if (exists && !Force)
            throw ParallelExecException.Create(ErrorCodes.WorkflowExists, $"'{target}' already exists; it was not changed.", target,
                "Add -Force to replace it (it is replaced in one step).");
        int needs = definition.Jobs.Sum(j => j.Needs.Count);
        if (!ShouldProcess(target, $"{(exists ? "Replace" : "Write")} the {Target} workflow of {plan.Name} ({definition.Jobs.Count} jobs, {needs} dependencies, {definition.LeftOut.Count} left out)"))
            return;
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        RegistryWriter.WriteAtomically(target, yaml, overwrite: Force);
        WriteObject(new WorkflowExport(plan.Name, Target, target)
        {
            JobKeys = definition.Jobs.Select(j => j.Id).ToArray(),
            Dependencies = needs,
            LeftOutKeys = definition.LeftOut.ToArray(),
        });
    }

    /// <summary>-OutFile through the provider, or the default path; a path that is not a file inside the repository is refused.</summary>
    private string TargetPath(ParallelPlan plan, string repository)
    {
        string full;
        if (OutFile == null) full = System.IO.Path.Combine(repository, WorkflowNames.DefaultFile(Target, plan.Name));
        else
        {
            ProviderInfo provider;
            try
            {
                full = SessionState.Path.GetUnresolvedProviderPathFromPSPath(OutFile, out provider, out _);
            }
            catch (Exception e) when (e is ProviderNotFoundException || e is System.Management.Automation.DriveNotFoundException || e is PSArgumentException || e is NotSupportedException || e is ArgumentException)
            {
                throw ParallelExecException.Create(ErrorCodes.WorkflowPathNotFileSystem, $"'{OutFile}' is not a usable file path: {e.Message}", OutFile,
                    "Give a file-system path inside the repository, such as .github/workflows/parallel.yml.", e);
            }
            if (provider.ImplementingType != typeof(Microsoft.PowerShell.Commands.FileSystemProvider))
                throw ParallelExecException.Create(ErrorCodes.WorkflowPathNotFileSystem,
                    $"'{OutFile}' is on the {provider.Name} provider; a workflow is a file.", OutFile,
                    "Give a file-system path inside the repository, such as .github/workflows/parallel.yml.");
        }
        full = System.IO.Path.GetFullPath(full);
        if (!PlanPaths.IsInside(repository, full))
            throw ParallelExecException.Create(ErrorCodes.WorkflowOutsideRepository,
                $"'{full}' is outside the repository '{repository}'; CI reads workflows from the repository.", full,
                "Leave -OutFile out for the default path, or give a path inside the repository.");
        return full;
    }

    /// <summary>-ModulePath relative to the repository root, with forward slashes (a path outside it is refused).</summary>
    private string RepositoryRelative(string repository, string path)
    {
        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(SessionState.Path.CurrentFileSystemLocation.ProviderPath, path));
        if (!PlanPaths.IsInside(repository, full))
            throw ParallelExecException.Create(ErrorCodes.WorkflowOutsideRepository,
                $"-ModulePath '{path}' is outside the repository '{repository}'; the jobs see only the repository's checkout.", path,
                "Give the module's manifest inside the repository (a built module committed there), or leave -ModulePath out to install it from the Gallery.");
        return WorkflowBuilder.Relative(repository, full);
    }
}
