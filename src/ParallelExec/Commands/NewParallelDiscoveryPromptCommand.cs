using System.Management.Automation;
using ParallelExec;
using ParallelExec.Input;
using ParallelExec.Output;
using ParallelExec.Prompts;

namespace ParallelExec.Commands;

/// <summary>A prompt that asks an LLM to analyse a plan and return its parallel.json (the seed's --parallel-upgrade).</summary>
[Cmdlet(VerbsCommon.New, "ParallelDiscoveryPrompt", DefaultParameterSetName = PathSet)]
[OutputType(typeof(BatchPrompt))]
public sealed class NewParallelDiscoveryPromptCommand : PlanInputCommand
{
    /// <inheritdoc/>
    protected override bool RefusesCycles => true;

    protected override void EndProcessing()
    {
        foreach (var plan in Plans)
        {
            try
            {
                WriteObject(PromptBuilder.Discovery(plan));
            }
            catch (ParallelExecException e)
            {
                WriteError(ErrorMapping.ToErrorRecord(e));
            }
        }
    }
}
