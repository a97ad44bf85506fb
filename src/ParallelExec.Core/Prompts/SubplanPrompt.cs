using System.Collections.Generic;
using System.Linq;
using ParallelExec.Plans;

namespace ParallelExec.Prompts;

/// <summary>Writes one part of a SUBPLAN batch from the template <c>subplans.md</c>.</summary>
internal static class SubplanPrompt
{
    public static string Render(BatchSelection selection, IReadOnlyList<BatchItem> items, int part, int count)
    {
        var plan = selection.Plan;
        var siblings = selection.Requested.OrderBy(x => x.Key).ToArray();
        var values = PromptValues.ForBatch(selection, part, count, items.Count)
            .Set("achievements", items.Cast<SubplanItem>().Select(i => Item(plan, i)))
            .Set("siblings", siblings.Length > 1 ? string.Join(", ", siblings.Select(s => s.Key.ToString())) : null)
            .Set("exampleExecution1", PlanConventions.ExecutionFileName(plan.Name, "NN", "01"))
            .Set("exampleExecution2", PlanConventions.ExecutionFileName(plan.Name, "NN", "02"));
        return PromptTemplates.Get(PromptTemplates.Subplans).Render(values);
    }

    private static TemplateValues Item(ParallelPlan plan, SubplanItem item) => PromptValues.ForAchievement(item.Achievement)
        .Set("target", PromptBuilder.Relative(plan, item.Target))
        .Set("fillScaffold", item.FillsScaffold)
        .Set("dependencies", item.Dependencies)
        .Set("waiting", item.Waiting)
        .List("deliverables", "hasDeliverables", item.Achievement.Deliverables)
        .List("criteria", "hasCriteria", item.Achievement.SuccessCriteria);
}
