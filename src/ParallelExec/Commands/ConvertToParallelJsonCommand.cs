using System.Management.Automation;
using ParallelExec;
using ParallelExec.Input;
using ParallelExec.Output;
using ParallelExec.Registry;

namespace ParallelExec.Commands;

/// <summary>Returns a plan's registry (parallel.json in the schema's form) as text.</summary>
[Cmdlet(VerbsData.ConvertTo, "ParallelJson", DefaultParameterSetName = PathSet)]
[OutputType(typeof(string))]
public sealed class ConvertToParallelJsonCommand : PlanInputCommand
{
    /// <inheritdoc/>
    protected override bool RefusesCycles => true;

    /// <inheritdoc/>
    protected override bool RecomputesLevels => true;

    protected override void EndProcessing()
    {
        foreach (var plan in Plans)
        {
            try
            {
                WriteObject(RegistryWriter.ToJson(plan));
            }
            catch (ParallelExecException e)
            {
                WriteError(ErrorMapping.ToErrorRecord(e));
            }
        }
    }
}
