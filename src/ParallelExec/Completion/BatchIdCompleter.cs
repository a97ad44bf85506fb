using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using ParallelExec;
using ParallelExec.Prompts;

namespace ParallelExec.Completion;

/// <summary>Completes Undo-ParallelBatch -Id with the batches recorded for the plans -Path names, newest first.</summary>
public sealed class BatchIdCompleter : PlanCompleter
{
    private protected override void Complete(List<ParallelPlan> plans, string word, List<CompletionResult> results)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var plan in plans)
        {
            var records = BatchUndo.Records(plan.PlanRoot);
            for (int i = records.Length - 1; i >= 0; i--)
            {
                var id = Path.GetFileNameWithoutExtension(records[i]);
                if (!id.StartsWith(word, StringComparison.OrdinalIgnoreCase) || !seen.Add(id)) continue;
                var tip = i == records.Length - 1 ? $"{id} (the latest batch of {plan.Name})" : $"{id} ({plan.Name})";
                results.Add(new CompletionResult(id, id, CompletionResultType.ParameterValue, tip));
            }
        }
    }
}
