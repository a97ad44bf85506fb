using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ParallelExec;
using ParallelExec.Diagnostics;
using ParallelExec.Output;
using ParallelExec.Plans;

namespace ParallelExec.Input;

/// <summary>
/// The input shape shared by cmdlets that act on whole plans: achievements from the pipeline, or -Path /
/// -LiteralPath to plans. Collects the distinct plans; the cmdlet acts on them in EndProcessing.
/// </summary>
public abstract class PlanInputCommand : PSCmdlet
{
    protected const string PathSet = "Path";
    protected const string LiteralSet = "LiteralPath";
    protected const string InputSet = "InputObject";

    private readonly List<ParallelPlan> _plans = new List<ParallelPlan>();
    private readonly Dictionary<ParallelPlan, List<Achievement>> _piped = new Dictionary<ParallelPlan, List<Achievement>>();
    private readonly HashSet<ParallelPlan> _seen = new HashSet<ParallelPlan>();
    private readonly HashSet<string> _seenPaths = new HashSet<string>(StringComparer.Ordinal);
    private readonly SharedPlanNames _names = new SharedPlanNames();

    [Parameter(Position = 0, ParameterSetName = PathSet, ValueFromPipelineByPropertyName = true)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Path { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = LiteralSet, ValueFromPipelineByPropertyName = true)]
    [Alias("PSPath", "LP")]
    [ValidateNotNullOrEmpty]
    public string[]? LiteralPath { get; set; }

    /// <summary>An achievement, or any object that names one (a status info, a run result, a validation record with an id).</summary>
    [Parameter(Mandatory = true, ParameterSetName = InputSet, ValueFromPipeline = true)]
    [AchievementInput]
    [ValidateNotNull]
    public Achievement? InputObject { get; set; }

    [Parameter(ParameterSetName = PathSet)]
    [Parameter(ParameterSetName = LiteralSet)]
    public DependencyAssumption Assume { get; set; } = DependencyAssumption.Sequential;

    protected IReadOnlyList<ParallelPlan> Plans => _plans;

    /// <summary>-Id values as ids; a value that is not an id stops the command (InvalidAchievementId).</summary>
    protected List<AchievementId> ParseIds(string[]? values)
    {
        var ids = new List<AchievementId>();
        foreach (var text in values ?? Array.Empty<string>())
        {
            if (AchievementId.TryParse(text, out var id)) ids.Add(id);
            else
                ThrowTerminatingError(ErrorMapping.Error(ErrorCodes.InvalidAchievementId, $"'{text}' is not an achievement id such as 3.1.",
                    "Give ids as MAJOR.MINOR (3.1, 10.2).", text));
        }
        return ids;
    }

    /// <summary>
    /// The achievements of one plan to act on: those piped in (or all of it), narrowed by -Level and -Id.
    /// An -Id the plan does not have is reported (AchievementNotFound) and the rest goes on.
    /// </summary>
    protected List<Achievement> Select(ParallelPlan plan, int[]? levels, IReadOnlyCollection<AchievementId> ids)
    {
        IEnumerable<Achievement> chosen = _piped.TryGetValue(plan, out var piped) ? piped : plan.Achievements;
        if (levels != null) chosen = chosen.Where(a => a.Level is int l && levels.Contains(l));
        foreach (var id in ids)
            if (plan.Find(id) == null)
                WriteError(ErrorMapping.Error(ErrorCodes.AchievementNotFound, $"Plan {plan.Name} has no Achievement {id}.",
                    "Get-ParallelPlan lists the plan's achievements and their ids.", id.ToString()));
        if (ids.Count > 0) chosen = chosen.Where(a => ids.Contains(a.Key));
        return chosen.ToList();
    }

    /// <summary>True to read each PLAN without the parallel.json beside it (its declared edges alone).</summary>
    protected virtual bool ReadPlanOnly => false;

    /// <summary>
    /// True for cmdlets that recompute the levels (Export-ParallelJson, ConvertTo-ParallelJson): a registry's levels
    /// that contradict its dependencies are what they repair, so the RegistryLevelConflict warning is not repeated.
    /// </summary>
    protected virtual bool RecomputesLevels => false;

    /// <summary>
    /// True for cmdlets that refuse a plan with a cycle and say so in their own CircularDependency error (with the same
    /// suggestion): the reader's CircularDependency is then not reported a second time.
    /// </summary>
    protected virtual bool RefusesCycles => false;

    /// <summary>
    /// Keeps a piped achievement. Achievements of one PLAN read by different commands (or read afresh for a run result)
    /// join the first copy of that plan seen, so each plan is acted on once.
    /// </summary>
    private void Take(Achievement achievement)
    {
        var plan = achievement.Plan;
        if (!_seen.Contains(plan))
        {
            var same = _plans.FirstOrDefault(p => _seen.Contains(p) && string.Equals(p.PlanPath, plan.PlanPath, StringComparison.Ordinal));
            if (same?.Find(achievement.Key) is Achievement there) (plan, achievement) = (same, there);
        }
        if (_seen.Add(plan)) _plans.Add(plan);
        if (!_piped.TryGetValue(plan, out var list)) _piped[plan] = list = new List<Achievement>();
        if (!list.Contains(achievement)) list.Add(achievement);
    }

    protected override void ProcessRecord()
    {
        if (ParameterSetName == InputSet)
        {
            if (InputObject != null) Take(InputObject);
            return;
        }
        bool literal = ParameterSetName == LiteralSet;
        var paths = new List<string>(PathResolver.Resolve(this, literal ? LiteralPath : Path, literal));
        var loads = PlanLoads.LoadAll(paths, new PlanLoadOptions { Assumption = Assume, IgnoreRegistry = ReadPlanOnly });
        for (int k = 0; k < paths.Count; k++)
        {
            var path = paths[k];
            if (loads[k].Error is { } error)
            {
                WriteError(ErrorMapping.ToErrorRecord(error));
                continue;
            }
            var result = loads[k].Result!;
            ErrorMapping.Report(this, result.Diagnostics.Where(d =>
                !(RecomputesLevels && d.ErrorCode == ErrorCodes.RegistryLevelConflict) && !(RefusesCycles && d.ErrorCode == ErrorCodes.CircularDependency)).ToList());
            ErrorMapping.Report(this, _names.Note(result.Plans, path));
            foreach (var plan in result.Plans)
                if (_seenPaths.Add(plan.PlanPath))
                {
                    _plans.Add(plan);
                    VerboseReport.Plan(this, plan);
                }
        }
    }
}
