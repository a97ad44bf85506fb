using System;
using System.Collections.Generic;
using System.Management.Automation;
using ParallelExec;

namespace ParallelExec.Completion;

/// <summary>
/// Completes -Id with the ids of the plan that -Path / -LiteralPath (or the current folder) names. Reads the PLAN
/// only (no status), never recurses unless -Recurse is given, and never throws.
/// </summary>
public sealed class AchievementIdCompleter : PlanCompleter
{
    private protected override void Complete(List<ParallelPlan> plans, string word, List<CompletionResult> results)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<(AchievementId Id, string Tip)>();
        foreach (var plan in plans)
            foreach (var a in plan.Achievements)
            {
                var text = a.Key.ToString();
                if (!text.StartsWith(word, StringComparison.OrdinalIgnoreCase) || !seen.Add(text)) continue;
                found.Add((a.Key, $"{text} {a.Title} ({plan.Name})"));
            }
        found.Sort((x, y) => x.Id.CompareTo(y.Id));
        foreach (var (id, tip) in found)
            results.Add(new CompletionResult(id.ToString(), id.ToString(), CompletionResultType.ParameterValue, tip));
    }
}
