using System.Collections.Generic;
using System.Linq;
using ParallelExec.Diagnostics;

namespace ParallelExec.Registry.Rules;

/// <summary>StatusDrift: a status stored in the registry that the files on disk contradict (a stored status is a snapshot; the files decide).</summary>
internal sealed class StatusDriftRule : RegistryRule
{
    public override ErrorCode Code => ErrorCodes.StatusDrift;

    public override void Check(RegistryRuleContext context, RuleRecords records)
    {
        if (context.Plan.Plan is not { } plan) return;
        var statusById = new Dictionary<AchievementId, AchievementStatusInfo>();
        foreach (var info in plan.Statuses) statusById[info.Key] = info;
        foreach (var e in context.Registered)
        {
            if (e.Status == null || !AchievementStatus.TryParse(e.Status, out var stored) || stored == null) continue;
            if (!statusById.TryGetValue(e.Id, out var live) || live.StatusValue.Equals(stored)) continue;
            var evidence = live.Evidence.Length == 0 ? "no SUBPLAN, EXECUTION_TASK or feedback file"
                : string.Join(", ", live.Evidence.Select(System.IO.Path.GetFileName).Take(3)) + (live.Evidence.Length > 3 ? ", …" : "");
            records.Add(new Discovery(CheckPass.Statuses), Record(context, DiagnosticSeverity.Warning,
                $"The registry stores {e.Id} as {stored}; the files say {live.StatusValue} ({evidence}).", e.At, e.IdText,
                "Status is derived from the files (Get-AchievementStatus): remove the stored status, or update it.", e.JsonPath + ".status"));
        }
    }
}
