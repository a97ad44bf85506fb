using System;
using System.Collections.Generic;
using System.Management.Automation;
using ParallelExec;
using ParallelExec.Diagnostics;
using ParallelExec.Output;

namespace ParallelExec.Input;

/// <summary>
/// The filters of the reading cmdlets (-Id with wildcards, -Level, -Status, -Readiness), applied per achievement, and
/// the one error they owe at the end: an -Id without wildcards that matched nothing (AchievementNotFound).
/// One instance per command invocation.
/// </summary>
internal sealed class AchievementFilter
{
    private readonly List<(string Text, WildcardPattern Pattern, bool Wildcard)>? _ids;
    private readonly HashSet<string> _matchedIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<int>? _levels;
    private readonly List<AchievementStatus>? _statuses;
    private readonly HashSet<Readiness>? _readiness;

    public AchievementFilter(string[]? ids, int[]? levels = null, string[]? statuses = null, Readiness[]? readiness = null)
    {
        if (levels is { Length: > 0 }) _levels = new HashSet<int>(levels);
        if (readiness is { Length: > 0 }) _readiness = new HashSet<Readiness>(readiness);
        if (statuses is { Length: > 0 })
        {
            _statuses = new List<AchievementStatus>();
            foreach (var s in statuses) _statuses.Add(AchievementStatus.Parse(s)); // the ValidateSet of -Status has checked them
        }
        if (ids == null || ids.Length == 0) return;
        _ids = new List<(string, WildcardPattern, bool)>();
        foreach (var id in ids)
        {
            if (string.IsNullOrWhiteSpace(id)) continue;
            var text = id.Trim();
            _ids.Add((text, WildcardPattern.Get(text, WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant), WildcardPattern.ContainsWildcardCharacters(text)));
        }
    }

    /// <summary>True when nothing but -Id narrows (so that the status of an achievement need not be known).</summary>
    public bool ById => _levels == null && _statuses == null && _readiness == null;

    /// <summary>True when the achievement passes every filter given; notes which -Id values matched.</summary>
    public bool Wanted(AchievementId id, int? level, AchievementStatus? status = null, Readiness? readiness = null)
    {
        if (!WantedId(id)) return false;
        if (_levels != null && !(level is int l && _levels.Contains(l))) return false;
        if (_statuses != null && (status == null || !_statuses.Contains(status))) return false;
        return _readiness == null || (readiness is Readiness r && _readiness.Contains(r));
    }

    private bool WantedId(AchievementId id)
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

    /// <summary>After the last input: each -Id without wildcards that matched no achievement read is an error.</summary>
    public void Finish(PSCmdlet cmdlet)
    {
        if (_ids == null) return;
        foreach (var (text, _, wildcard) in _ids)
        {
            if (wildcard || _matchedIds.Contains(text)) continue;
            var d = new PlanDiagnostic(DiagnosticSeverity.Error, ErrorCodes.AchievementNotFound,
                $"No plan read by this command has an achievement '{text}'.", null,
                suggestion: "Check the id (MAJOR.MINOR, such as 1.1 or 10.2); Get-ParallelPlan lists the ids of a plan.", target: text);
            cmdlet.WriteError(ErrorMapping.ToErrorRecord(d));
        }
    }
}
