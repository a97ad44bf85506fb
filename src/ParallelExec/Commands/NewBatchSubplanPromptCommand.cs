using System.Collections.Generic;
using System.Management.Automation;
using ParallelExec;
using ParallelExec.Prompts;

namespace ParallelExec.Commands;

/// <summary>One prompt that asks an LLM for the missing SUBPLANs of a whole batch (a level) of achievements.</summary>
[Cmdlet(VerbsCommon.New, "BatchSubplanPrompt", DefaultParameterSetName = PathSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(BatchPrompt))]
public sealed class NewBatchSubplanPromptCommand : BatchPromptCommand
{
    protected override BatchPromptKind Kind => BatchPromptKind.Subplan;

    private protected override BatchResult Build(ParallelPlan plan, IReadOnlyCollection<Achievement> requested, PromptOptions options) =>
        PromptBuilder.Subplans(plan, requested, options);
}
