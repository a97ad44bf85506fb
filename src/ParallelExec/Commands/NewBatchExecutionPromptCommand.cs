using System.Collections.Generic;
using System.Management.Automation;
using ParallelExec;
using ParallelExec.Prompts;

namespace ParallelExec.Commands;

/// <summary>One prompt that asks an LLM for the missing EXECUTION_TASKs of a whole batch of achievements with SUBPLANs.</summary>
[Cmdlet(VerbsCommon.New, "BatchExecutionPrompt", DefaultParameterSetName = PathSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(BatchPrompt))]
public sealed class NewBatchExecutionPromptCommand : BatchPromptCommand
{
    [Parameter]
    public SwitchParameter Strict { get; set; }

    [Parameter]
    public SwitchParameter IgnoreDependencies { get; set; }

    protected override BatchPromptKind Kind => BatchPromptKind.Execution;

    private protected override PromptOptions Options()
    {
        var o = base.Options();
        o.Strict = Strict.IsPresent;
        o.IgnoreDependencies = IgnoreDependencies.IsPresent;
        return o;
    }

    private protected override BatchResult Build(ParallelPlan plan, IReadOnlyCollection<Achievement> requested, PromptOptions options) =>
        PromptBuilder.Executions(plan, requested, options);
}
