using System;
using System.Collections.Generic;
using System.Linq;
using ParallelExec.Diagnostics;

namespace ParallelExec.Prompts;

/// <summary>Turns a batch selection into prompts: one, or under -MaxCharacters as many parts as the budget needs.</summary>
internal static class BatchPacker
{
    /// <summary>Writes one part: the selection, that part's items, the part number and the number of parts.</summary>
    public delegate string Renderer(BatchSelection selection, IReadOnlyList<BatchItem> items, int part, int count);

    /// <summary>What the "(part i of n)" text may add to a part: budgeted before the number of parts is known.</summary>
    private const int PartTextAllowance = 24;

    public static BatchResult Pack(BatchSelection selection, PromptOptions options, Renderer render)
    {
        if (selection.Items.Count == 0) return new BatchResult(Array.Empty<BatchPrompt>(), selection.Skipped);
        var groups = options.MaxCharacters is int max ? Split(selection, max, render) : new List<IReadOnlyList<BatchItem>> { selection.Items };
        var prompts = new BatchPrompt[groups.Count];
        for (int i = 0; i < groups.Count; i++)
        {
            var list = groups[i];
            prompts[i] = new BatchPrompt(selection.Kind, selection.Plan, list.Select(e => e.Achievement).ToArray(), selection.Skipped,
                list.SelectMany(e => e.Targets).ToArray(), render(selection, list, i + 1, groups.Count), i + 1, groups.Count)
            {
                TargetAchievements = list.SelectMany(e => e.Targets.Select(_ => (Achievement?)e.Achievement)).ToArray(),
            };
        }
        return new BatchResult(prompts, selection.Skipped);
    }

    /// <summary>Fills each part with as many achievements as fit; one that alone does not fit is an error.</summary>
    private static List<IReadOnlyList<BatchItem>> Split(BatchSelection selection, int max, Renderer render)
    {
        int budget = max - PartTextAllowance;
        var groups = new List<IReadOnlyList<BatchItem>>();
        var current = new List<BatchItem>();
        foreach (var item in selection.Items)
        {
            var trial = new List<BatchItem>(current) { item };
            if (render(selection, trial, 1, 1).Length <= budget) { current = trial; continue; }
            if (current.Count == 0 || render(selection, new[] { item }, 1, 1).Length > budget)
            {
                int needed = render(selection, new[] { item }, 1, 2).Length + PartTextAllowance;
                var a = item.Achievement;
                throw ParallelExecException.Create(ErrorCodes.PromptTooLarge,
                    $"The prompt for Achievement {a.Key} of plan {selection.Plan.Name} alone needs {needed} characters, more than -MaxCharacters {max}.",
                    selection.Plan.PlanPath, $"Raise -MaxCharacters to at least {needed}.", target: a.Key.ToString());
            }
            groups.Add(current);
            current = new List<BatchItem> { item };
        }
        groups.Add(current);
        return groups;
    }
}
