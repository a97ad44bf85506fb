using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation;
using ParallelExec;
using ParallelExec.Diagnostics;
using ParallelExec.Input;
using ParallelExec.Output;
using ParallelExec.Prompts;

namespace ParallelExec.Commands;

/// <summary>
/// Shared by New-BatchSubplanPrompt and New-BatchExecutionPrompt: collects the achievements (piped, or chosen with
/// -Level/-Id from -Path plans), builds one prompt per plan in EndProcessing, and scaffolds with -Scaffold.
/// </summary>
public abstract class BatchPromptCommand : SelectingPlanInputCommand
{
    /// <inheritdoc/>
    protected override bool RefusesCycles => true;

    [Parameter]
    [ValidateRange(1000, int.MaxValue)]
    public int MaxCharacters { get; set; }

    [Parameter]
    public SwitchParameter Scaffold { get; set; }

    protected abstract BatchPromptKind Kind { get; }

    private protected abstract BatchResult Build(ParallelPlan plan, IReadOnlyCollection<Achievement> requested, PromptOptions options);

    private protected virtual PromptOptions Options() =>
        new PromptOptions { MaxCharacters = MyInvocation.BoundParameters.ContainsKey(nameof(MaxCharacters)) ? MaxCharacters : (int?)null };

    protected override void EndProcessing()
    {
        var ids = ParseIds(Id);
        foreach (var plan in Plans)
        {
            var requested = Select(plan, Level, ids);
            if (requested.Count == 0)
            {
                if (Level != null && ids.Count == 0)
                    WriteError(ErrorMapping.Error(ErrorCodes.LevelNotFound, $"Plan {plan.Name} has no achievement in level {string.Join(", ", Level)}.",
                        "Get-ParallelPlan shows each achievement's Level.", string.Join(",", Level)));
                continue;
            }
            BatchResult result;
            try
            {
                result = Build(plan, requested, Options());
            }
            catch (ParallelExecException e)
            {
                WriteError(ErrorMapping.ToErrorRecord(e));
                continue;
            }
            foreach (var s in result.Skipped) WriteVerbose($"{plan.Name} {s.Key}: {s.Reason}");
            if (result.Prompts.Length == 0)
            {
                ErrorMapping.WriteWarning(this, ErrorCodes.NothingToCreate, $"Nothing left to create for plan {plan.Name}: " +
                    string.Join("; ", result.Skipped.Select(s => $"{s.Key} {s.Reason}")) + ".");
                continue;
            }
            foreach (var prompt in result.Prompts)
            {
                // A batch whose skeletons could not be written is reported, not emitted: nothing of it was left behind.
                if (Scaffold && !ScaffoldPrompt(prompt)) continue;
                WriteObject(prompt);
            }
        }
    }


    private bool ScaffoldPrompt(BatchPrompt prompt)
    {
        if (!MyInvocation.BoundParameters.ContainsKey("WhatIf")) WarnInterrupted(this, prompt.PlanRoot);
        var chosen = new List<string>();
        foreach (var target in prompt.TargetPaths)
        {
            if (File.Exists(target) || Directory.Exists(target))
            {
                ErrorMapping.WriteWarning(this, ErrorCodes.ScaffoldKeptExisting, $"'{target}' already exists; it is not scaffolded (a scaffold never overwrites).");
                continue;
            }
            if (ShouldProcess(target, "Create skeleton file")) chosen.Add(target);
        }
        try
        {
            var record = BatchScaffolder.Scaffold(prompt, chosen, DateTime.UtcNow);
            if (record != null)
                WriteVerbose(string.Format(CultureInfo.InvariantCulture, "Batch {0}: {1} skeleton files written, recorded in {2}. Undo-ParallelBatch takes them back.",
                    record.Id, record.Files.Length, record.RecordPath));
            return true;
        }
        catch (ParallelExecException e)
        {
            WriteError(ErrorMapping.ToErrorRecord(e));
            return false;
        }
    }

    /// <summary>Cleans the batches a killed writer left in the plan root (<see cref="BatchRecovery"/>), each with a warning.</summary>
    internal static void WarnInterrupted(Cmdlet cmdlet, string planRoot)
    {
        foreach (var said in BatchRecovery.Clean(planRoot)) ErrorMapping.WriteWarning(cmdlet, ErrorCodes.BatchInterrupted, said);
    }
}
