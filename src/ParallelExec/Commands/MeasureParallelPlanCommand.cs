using System.Linq;
using System.Management.Automation;
using ParallelExec;
using ParallelExec.Diagnostics;
using ParallelExec.Graph;
using ParallelExec.Input;
using ParallelExec.Output;

namespace ParallelExec.Commands;

/// <summary>Measures what running a plan in parallel saves: sequential against parallel hours, critical path, levels.</summary>
[Cmdlet(VerbsDiagnostic.Measure, "ParallelPlan", DefaultParameterSetName = PathSet)]
[OutputType(typeof(PlanMeasure))]
public sealed class MeasureParallelPlanCommand : PlanInputCommand
{
    /// <inheritdoc/>
    protected override bool RefusesCycles => true;

    /// <summary>Schedule on this many executors instead of as many as the plan can use.</summary>
    [Parameter]
    [ValidateRange(1, 1000)]
    public int Executors { get; set; }

    /// <summary>Measure the PLAN's declared edges alone, ignoring a parallel.json beside it.</summary>
    [Parameter(ParameterSetName = PathSet)]
    [Parameter(ParameterSetName = LiteralSet)]
    public SwitchParameter IgnoreRegistry { get; set; }

    /// <summary>Let achievements that write the same files overlap in the schedule (by default they never do).</summary>
    [Parameter]
    public SwitchParameter IgnoreConflicts { get; set; }

    /// <summary>Also write each measure as markdown to the CI run's summary (GitHub Actions, Azure Pipelines).</summary>
    [Parameter]
    public SwitchParameter StepSummary { get; set; }

    protected override bool ReadPlanOnly => IgnoreRegistry.IsPresent;

    protected override void EndProcessing()
    {
        int? executors = MyInvocation.BoundParameters.ContainsKey(nameof(Executors)) ? Executors : (int?)null;
        foreach (var plan in Plans)
        {
            PlanMeasure measure;
            try
            {
                measure = MeasureEngine.Measure(plan, executors, ParallelExec.Run.ExclusionSource.For(plan, IgnoreConflicts));
            }
            catch (ParallelExecException e)
            {
                WriteError(ErrorMapping.ToErrorRecord(e));
                continue;
            }
            if (measure.WithoutEstimateKeys.Length > 0)
                ErrorMapping.WriteWarning(this, ErrorCodes.MissingEstimate, $"{plan.Name}: {measure.WithoutEstimateKeys.Length} achievement(s) have no estimate and count as 0 hours: {string.Join(", ", measure.WithoutEstimateKeys.Select(i => i.ToString()))}. Add an estimate (⏱️ 2-3 hours) to their PLAN entries for a complete measure.");
            WriteObject(measure);
            if (StepSummary) CiStepSummary.Write(this, MarkdownTables.Measure(measure));
        }
    }
}
