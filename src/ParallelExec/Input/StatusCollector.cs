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
    private readonly StatusScanCache _cache = new StatusScanCache();
    private readonly HashSet<string> _seenPlans = new HashSet<string>(StringComparer.Ordinal);
    private readonly Dictionary<ParallelPlan, Dictionary<AchievementId, AchievementStatusInfo>> _refreshed =
        new Dictionary<ParallelPlan, Dictionary<AchievementId, AchievementStatusInfo>>();
    private readonly List<(string Text, WildcardPattern Pattern, bool Wildcard)>? _ids;
    private readonly HashSet<string> _matchedIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
    private bool _sawPlan;
    private readonly SharedPlanNames _names = new SharedPlanNames();

    public StatusCollector(PSCmdlet cmdlet, string[]? ids)
    {
        _cmdlet = cmdlet;
        if (ids == null || ids.Length == 0) return;
        _ids = new List<(string, WildcardPattern, bool)>();
        foreach (var id in ids)
        {
            if (string.IsNullOrWhiteSpace(id)) continue;
            var text = id.Trim();
            _ids.Add((text, WildcardPattern.Get(text, WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant), WildcardPattern.ContainsWildcardCharacters(text)));
        }
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
                foreach (var info in plan.Statuses)
                    if (Wanted(info.Id)) emit(info);
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
            foreach (var info in StatusResolver.Refresh(plan, _cache, diagnostics)) byId[info.Id] = info;
            _refreshed[plan] = byId;
            Report(diagnostics);
        }
        if (Wanted(achievement.Id) && byId.TryGetValue(achievement.Id, out var found)) emit(found);
    }

    /// <summary>After the last input: an -Id without wildcards that matched nothing is an error.</summary>
    public void Finish()
    {
        if (_ids == null || !_sawPlan) return;
        foreach (var (text, _, wildcard) in _ids)
        {
            if (wildcard || _matchedIds.Contains(text)) continue;
            var d = new PlanDiagnostic(DiagnosticSeverity.Error, ErrorCodes.AchievementNotFound,
                $"No plan read by this command has an achievement '{text}'.", null,
                suggestion: "Check the id (MAJOR.MINOR, such as 1.1 or 10.2); Get-ParallelPlan lists the ids of a plan.", target: text);
            _cmdlet.WriteError(ErrorMapping.ToErrorRecord(d));
        }
    }

    private bool Wanted(AchievementId id)
    {
        if (_ids == null) return true;
        var text = id.ToString();
        bool any = false;
        foreach (var (raw, pattern, wildcard) in _ids)
        {
            bool hit = wildcard ? pattern.IsMatch(text) : AchievementId.TryParse(raw, out var exact) && id == exact;
            if (!hit) continue;
            any = true;
            _matchedIds.Add(raw);
        }
        return any;
    }

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
