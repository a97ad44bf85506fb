using System.Collections.Generic;
using ParallelExec.Diagnostics;

namespace ParallelExec.Registry.Rules;

/// <summary>LevelContainsDependency: one level holds achievements that depend on each other. One record per level.</summary>
internal sealed class LevelContainsDependencyRule : RegistryRule
{
    public override ErrorCode Code => ErrorCodes.LevelContainsDependency;

    public override void Check(RegistryRuleContext context, RuleRecords records)
    {
        if (context.IsLegacy) return; // the flat form has no levels
        var unique = context.Unique;
        var sameLevel = new SortedDictionary<int, List<string>>();
        var firstInLevel = new Dictionary<int, RegistryEntry>();
        for (int i = 0; i < unique.Count; i++)
        {
            var e = unique[i];
            if (e.Level is not int level) continue;
            firstInLevel.TryAdd(level, e);
            foreach (var j in context.Graph.Dependencies[i])
            {
                var d = unique[j];
                if (d.Level != level) continue;
                if (!sameLevel.TryGetValue(level, out var pairs)) sameLevel[level] = pairs = new List<string>();
                pairs.Add($"{e.Id} -> {d.Id}");
            }
        }
        foreach (var (level, pairs) in sameLevel)
        {
            var first = firstInLevel[level];
            records.Add(new Discovery(CheckPass.Levels), Record(context, DiagnosticSeverity.Error,
                $"Level {level} holds achievements that depend on each other ({string.Join(", ", pairs)}), so they cannot run at the same time.",
                first.At, null,
                "Move each dependent achievement to a later level (Export-ParallelJson computes the levels from the dependencies).", $"levels[level={level}]"));
        }
    }
}
