using System;
using System.Collections.Generic;
using System.Management.Automation;
using ParallelExec;
using ParallelExec.Completion;
using ParallelExec.Input;
using ParallelExec.Output;
using ParallelExec.Plans;
using ParallelExec.Prompts;
using ParallelExec.Status;

namespace ParallelExec.Commands;

/// <summary>Reads PLANs (and their parallel.json) into achievements with a levelled dependency graph.</summary>
[Cmdlet(VerbsCommon.Get, "ParallelPlan", DefaultParameterSetName = PathSet)]
[OutputType(typeof(Achievement))]
public sealed class GetParallelPlanCommand : PSCmdlet
{
    private const string PathSet = "Path";
    private const string LiteralSet = "LiteralPath";
    private readonly HashSet<string> _seen = new HashSet<string>(StringComparer.Ordinal);
    private readonly SharedPlanNames _names = new SharedPlanNames();
    private readonly StatusScanCache _statusCache = new StatusScanCache(); // plan roots scanned once per command

    [Parameter(Position = 0, ParameterSetName = PathSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Path { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = LiteralSet, ValueFromPipelineByPropertyName = true)]
    [Alias("PSPath", "LP")]
    [ValidateNotNullOrEmpty]
    public string[]? LiteralPath { get; set; }

    [Parameter]
    public SwitchParameter Recurse { get; set; }

    [Parameter]
    public DependencyAssumption Assume { get; set; } = DependencyAssumption.Sequential;

    /// <summary>Only these achievements (wildcards allowed: 2.*).</summary>
    [Parameter]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(AchievementIdCompleter))]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    /// <summary>Only the achievements of these levels.</summary>
    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    [ArgumentCompleter(typeof(LevelCompleter))]
    public int[]? Level { get; set; }

    /// <summary>Only the achievements with one of these statuses (derived from the files when the plan is read).</summary>
    [Parameter]
    [ValidateSet("not_started", "subplan_created", "execution_created", "in_progress", "complete", "failed", "skipped")]
    public string[]? Status { get; set; }

    private AchievementFilter? _filter;
    private bool _sawPlan;

    protected override void BeginProcessing() => _filter = new AchievementFilter(Id, Level, Status);

    protected override void EndProcessing()
    {
        if (_sawPlan) _filter!.Finish(this);
    }

    protected override void ProcessRecord()
    {
        bool literal = ParameterSetName == LiteralSet;
        var options = new PlanLoadOptions { Assumption = Assume, Recurse = Recurse.IsPresent, StatusCache = _statusCache };
        foreach (var path in PathResolver.Resolve(this, literal ? LiteralPath : Path, literal))
        {
            PlanLoadResult result;
            try
            {
                result = PlanLoader.Load(path, options);
            }
            catch (ParallelExecException e)
            {
                WriteError(ErrorMapping.ToErrorRecord(e));
                continue;
            }
            ErrorMapping.Report(this, result.Diagnostics);
            ErrorMapping.Report(this, _names.Note(result.Plans, path));
            foreach (var plan in result.Plans)
            {
                if (!_seen.Add(plan.PlanPath)) continue; // the same plan reached twice in one call
                _sawPlan = true;
                VerboseReport.Plan(this, plan);
                PlannedExecutionReader.Fill(plan);
                int kept = 0;
                foreach (var a in plan.Achievements)
                    if (_filter!.Wanted(a.Key, a.Level, a.StatusValue))
                    {
                        kept++;
                        WriteObject(a);
                    }
                VerboseReport.Filtered(this, plan, kept, plan.Achievements.Count);
            }
        }
    }
}
