using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ParallelExec.Plans;

namespace ParallelExec.Prompts;

/// <summary>Writes one part of an EXECUTION batch from the template <c>executions.md</c>.</summary>
internal static class ExecutionPrompt
{
    public static string Render(BatchSelection selection, IReadOnlyList<BatchItem> items, int part, int count)
    {
        var plan = selection.Plan;
        var values = PromptValues.ForBatch(selection, part, count, items.Sum(i => i.Targets.Count))
            .Set("achievements", items.Cast<ExecutionItem>().Select(i => Item(plan, i)))
            .Set("subplanName", PlanConventions.SubplanStem(plan.Name, "<NN>"));
        return PromptTemplates.Get(PromptTemplates.Executions).Render(values);
    }

    private static TemplateValues Item(ParallelPlan plan, ExecutionItem item)
    {
        var a = item.Achievement;
        return PromptValues.ForAchievement(a)
            .Set("targets", item.Targets.Select(t => new TemplateValues().Set("target", PromptBuilder.Relative(plan, t))))
            .Set("subplan", PromptBuilder.Relative(plan, item.SubplanPath))
            .Set("dependencies", item.Dependencies)
            .Set("waiting", item.Waiting)
            .Set("existing", item.Existing.Length > 0 ? string.Join(", ", item.Existing) : null)
            .Set("create", item.Creates.Select(c => Create(a, c)))
            .Set("groups", item.Groups.Select((g, i) => new TemplateValues()
                .Set("first", i == 0)
                .Set("labels", string.Join(", ", g.Select(c => Label(a, c.Number))))))
            .Set("subplanText", item.SubplanText);
    }

    private static TemplateValues Create(Achievement a, ExecutionToCreate c) => new TemplateValues()
        .Set("file", PlanConventions.ExecutionFileName(a, c.Number))
        .Set("label", Label(a, c.Number))
        .Set("runEstimate", c.Estimate)
        .Set("after", string.Join(", ", c.DependsOn.Select(d => Label(a, d))))
        .Set("scaffoldExists", c.ScaffoldExists);

    /// <summary>"31_02": the achievement's id without its dot, and the execution number.</summary>
    private static string Label(Achievement a, int number) => a.Key.FileSuffix + "_" + number.ToString("00", CultureInfo.InvariantCulture);
}
