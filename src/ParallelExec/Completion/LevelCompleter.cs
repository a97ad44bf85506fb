using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using System.Management.Automation.Language;
using ParallelExec;

namespace ParallelExec.Completion;

/// <summary>Completes -Level with the levels of the plan that -Path / -LiteralPath (or the current folder) names, each with its ids.</summary>
public sealed class LevelCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var results = new List<CompletionResult>();
        try
        {
            var word = (wordToComplete ?? "").Trim('\'', '"');
            var levels = new SortedDictionary<int, List<string>>();
            foreach (var plan in AchievementIdCompleter.LoadPlans(fakeBoundParameters))
                foreach (var a in plan.Achievements)
                    if (a.Level is int l)
                    {
                        if (!levels.TryGetValue(l, out var ids)) levels[l] = ids = new List<string>();
                        ids.Add(a.Id.ToString());
                    }
            foreach (var kv in levels)
            {
                var text = kv.Key.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!text.StartsWith(word, StringComparison.Ordinal)) continue;
                results.Add(new CompletionResult(text, text, CompletionResultType.ParameterValue, $"Level {text}: {string.Join(", ", kv.Value)}"));
            }
        }
        catch (Exception)
        {
            results.Clear();
        }
        return results;
    }
}
