using System;
using System.Collections.Generic;
using System.Management.Automation;
using ParallelExec;
using ParallelExec.Diagnostics;
using ParallelExec.Output;
using ParallelExec.Plans;
using ParallelExec.Status;

namespace ParallelExec.Input;

/// <summary>
/// What Get-AchievementStatus and Get-ParallelProgress share: paths or piped achievements in, statuses out,
/// filtered by -Id, with bad input reported through <see cref="ErrorMapping"/> and the pipeline going on.
/// One instance per command invocation (its scan cache must not outlive the command).
/// </summary>
internal sealed class StatusCollector
{
    private readonly PSCmdlet _cmdlet;

    /// <summary>-Verbose asked for, looked up once per command rather than once per status (a session-state lookup each).</summary>
    private readonly bool _verbose;
    private readonly StatusScanCache _cache = new StatusScanCache();
    private readonly HashSet<string> _seenPlans = new HashSet<string>(StringComparer.Ordinal);
    private readonly Dictionary<ParallelPlan, Dictionary<AchievementId, AchievementStatusInfo>> _refreshed =
        new Dictionary<ParallelPlan, Dictionary<AchievementId, AchievementStatusInfo>>();
    private readonly AchievementFilter _filter;
    private bool _sawPlan;
    private readonly SharedPlanNames _names = new SharedPlanNames();

    public StatusCollector(PSCmdlet cmdlet, AchievementFilter filter)
    {
        _cmdlet = cmdlet;
        _filter = filter;
        _verbose = VerboseReport.On(cmdlet);
    }

    /// <summary>Reads every plan a path names (each plan once per command) and emits its statuses.</summary>
    public void FromPaths(string[]? paths, bool literal, bool recurse, Action<AchievementStatusInfo> emit)
    {
        var options = new PlanLoadOptions { Recurse = recurse, StatusCache = _cache };
        foreach (var path in PathResolver.Resolve(_cmdlet, paths, literal))
        {
            PlanLoadResult result;
            try
            {
                result = PlanLoader.Load(path, options);
            }
            catch (ParallelExecException e)
            {
                _cmdlet.WriteError(ErrorMapping.ToErrorRecord(e));
                continue;
            }
            Report(result.Diagnostics);
            Report(_names.Note(result.Plans, path));
            foreach (var plan in result.Plans)
            {
                if (!_seenPlans.Add(plan.PlanPath)) continue;
                _sawPlan = true;
                VerboseReport.Plan(_cmdlet, plan);
                int kept = 0;
                foreach (var info in plan.Statuses)
                    if (Wanted(info))
                    {
                        kept++;
                        if (_verbose) VerboseReport.Status(_cmdlet, info);
                        emit(info);
                    }
                VerboseReport.Filtered(_cmdlet, plan, kept, plan.Statuses.Count);
            }
        }
    }

    /// <summary>The status of a piped achievement, derived afresh from the files (once per plan per command).</summary>
    public void FromAchievement(Achievement achievement, Action<AchievementStatusInfo> emit)
    {
        _sawPlan = true;
        var plan = achievement.Plan;
        if (!_refreshed.TryGetValue(plan, out var byId))
        {
            var diagnostics = new List<PlanDiagnostic>();
            byId = new Dictionary<AchievementId, AchievementStatusInfo>();
            foreach (var info in StatusResolver.Refresh(plan, _cache, diagnostics)) byId[info.Key] = info;
            _refreshed[plan] = byId;
            Report(diagnostics);
        }
        if (!byId.TryGetValue(achievement.Key, out var found) || !Wanted(found)) return;
        if (_verbose) VerboseReport.Status(_cmdlet, found);
        emit(found);
    }

    /// <summary>After the last input: an -Id without wildcards that matched nothing is an error.</summary>
    public void Finish()
    {
        if (_sawPlan) _filter.Finish(_cmdlet);
    }

    private bool Wanted(AchievementStatusInfo info) => _filter.Wanted(info.Key, info.Level, info.StatusValue, info.ReadinessValue);

    /// <summary>
    /// Warnings and errors as Get-ParallelPlan gives them, except the assumed-dependencies note, which belongs to
    /// the graph (Get-ParallelPlan reports it) and goes to the verbose stream here.
    /// </summary>
    private void Report(IEnumerable<PlanDiagnostic> diagnostics)
    {
        var shown = new List<PlanDiagnostic>();
        foreach (var d in diagnostics)
        {
            if (d.ErrorCode == ErrorCodes.DependenciesAssumed) _cmdlet.WriteVerbose(ErrorMapping.WarningText(d));
            else shown.Add(d);
        }
        ErrorMapping.Report(_cmdlet, shown);
    }
}
