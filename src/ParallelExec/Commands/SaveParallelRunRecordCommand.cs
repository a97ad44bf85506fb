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
using ParallelExec.Run;
using ParallelExec.Workflow;

namespace ParallelExec.Commands;

/// <summary>
/// Records a CI run of an exported workflow: the result files its jobs uploaded become a run record in the plan's
/// .parallel/runs, in Invoke-ParallelPlan's format, so Measure-ParallelPlan reads what the run really took.
/// </summary>
[Cmdlet(VerbsData.Save, "ParallelRunRecord", DefaultParameterSetName = PathSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(RunResult))]
public sealed class SaveParallelRunRecordCommand : PlanInputCommand
{
    /// <summary>The folder holding the downloaded result files (result.json, or parallel-result-*/result.json).</summary>
    [Parameter(Mandatory = true)]
    [ValidateNotNullOrEmpty]
    public string? ResultPath { get; set; }

    /// <summary>The achievements the run had jobs for: those without a result are recorded as blocked.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(AchievementIdCompleter))]
    public string[]? Id { get; set; }

    [Parameter]
    public SwitchParameter StepSummary { get; set; }

    protected override void EndProcessing()
    {
        var folder = SessionState.Path.GetUnresolvedProviderPathFromPSPath(ResultPath);
        if (!Directory.Exists(folder))
            ThrowTerminatingError(ErrorMapping.Error(ErrorCodes.RunResultsNotFound, $"The result folder '{ResultPath}' does not exist.",
                "Give the folder the jobs' artifacts were downloaded to (each parallel-result-<job> folder holds a result.json).", ResultPath));
        var expected = ParseIds(Id?.SelectMany(i => i.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray());
        foreach (var plan in Plans)
        {
            var diagnostics = new List<PlanDiagnostic>();
            var results = RunResultFiles.Read(plan, folder, expected, diagnostics);
            ErrorMapping.Report(this, diagnostics);
            if (results.Count == 0)
            {
                WriteError(ErrorMapping.Error(ErrorCodes.RunResultsNotFound, $"'{folder}' holds no result of {plan.Name}, and no -Id names a job.",
                    "Download the jobs' artifacts (parallel-result-*) into the folder first.", folder));
                continue;
            }
            var now = DateTime.UtcNow;
            var started = results.Where(r => r.StartedAt != null).Select(r => r.StartedAt!.Value).DefaultIfEmpty(now).Min();
            var completed = results.Where(r => r.CompletedAt != null).Select(r => r.CompletedAt!.Value).DefaultIfEmpty(now).Max();
            var runId = RunRecord.Stamp(now);
            if (!ShouldProcess(System.IO.Path.Combine(RunRecord.Folder(plan), runId + ".json"), $"Record the run of {plan.Name} ({results.Count} achievements)"))
                continue;
            var path = RunRecord.Write(plan, runId, started, completed < started ? started : completed,
                Math.Max(1, RunResultFiles.PeakConcurrency(results)), results.Max(r => Math.Max(1, r.Attempts)), results);
            WriteVerbose($"Recorded the run of {plan.Name} in {path}.");
            if (StepSummary) CiStepSummary.Write(this, MarkdownTables.Run(plan.Name, runId, results));
            foreach (var r in results) WriteObject(r);
        }
    }
}
