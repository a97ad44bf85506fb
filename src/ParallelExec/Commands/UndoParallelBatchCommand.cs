using System.Management.Automation;
using ParallelExec;
using ParallelExec.Completion;
using ParallelExec.Diagnostics;
using ParallelExec.Input;
using ParallelExec.Output;
using ParallelExec.Prompts;

namespace ParallelExec.Commands;

/// <summary>Takes back a batch written with -Scaffold: removes only its files that are still unchanged.</summary>
[Cmdlet(VerbsCommon.Undo, "ParallelBatch", DefaultParameterSetName = PathSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(BatchUndoResult))]
public sealed class UndoParallelBatchCommand : PlanInputCommand
{
    [Parameter]
    [ArgumentCompleter(typeof(BatchIdCompleter))]
    [ValidateNotNullOrEmpty]
    public string? Id { get; set; }

    protected override void EndProcessing()
    {
        foreach (var plan in Plans)
        {
            BatchRecord record;
            try
            {
                if (!MyInvocation.BoundParameters.ContainsKey("WhatIf")) BatchPromptCommand.WarnInterrupted(this, plan.PlanRoot);
                record = BatchUndo.Load(plan.PlanRoot, Id);
            }
            catch (ParallelExecException e)
            {
                WriteError(ErrorMapping.ToErrorRecord(e));
                continue;
            }
            var results = BatchUndo.Undo(record, path => ShouldProcess(path, $"Remove file of batch {record.Id}"));
            foreach (var r in results)
            {
                if (r.ActionValue == BatchUndoAction.Kept) ErrorMapping.WriteWarning(this, ErrorCodes.BatchFileKept, $"Kept '{r.Path}': {r.Reason}.");
                if (r.ActionValue != BatchUndoAction.NotRemoved) WriteObject(r);
            }
        }
    }
}
