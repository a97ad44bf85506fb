using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using ParallelExec;

namespace ParallelExec.Completion;

/// <summary>Completes -Level with the levels of the plan that -Path / -LiteralPath (or the current folder) names, each with its ids.</summary>
public sealed class LevelCompleter : PlanCompleter
{
    private protected override void Complete(List<ParallelPlan> plans, string word, List<CompletionResult> results)
    {
        var levels = new SortedDictionary<int, List<string>>();
        foreach (var plan in plans)
            foreach (var a in plan.Achievements)
                if (a.Level is int l)
                {
                    if (!levels.TryGetValue(l, out var ids)) levels[l] = ids = new List<string>();
                    ids.Add(a.Key.ToString());
                }
        foreach (var kv in levels)
        {
            var text = kv.Key.ToString(CultureInfo.InvariantCulture);
            if (!text.StartsWith(word, StringComparison.Ordinal)) continue;
            results.Add(new CompletionResult(text, text, CompletionResultType.ParameterValue, $"Level {text}: {string.Join(", ", kv.Value)}"));
        }
    }
}
