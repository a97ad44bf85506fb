using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ParallelExec.Plans;
using ParallelExec.Registry;

namespace ParallelExec.Prompts;

/// <summary>The template values the prompts share: a plan's header, an achievement's fields, bullet lists, the skipped ones.</summary>
internal static class PromptValues
{
    /// <summary>The values every prompt starts from: the plan, its PLAN file, and the names the conventions give.</summary>
    public static TemplateValues ForPlan(ParallelPlan plan) => new TemplateValues()
        .Set("plan", plan.Name)
        .Set("planFile", PromptBuilder.Relative(plan, plan.PlanPath))
        .Set("registryFile", PlanConventions.RegistryFileName)
        .Set("executionFolder", PlanConventions.ExecutionFolder)
        .Set("marker", PlanConventions.ScaffoldMarker)
        .Set("markerStart", PlanConventions.ScaffoldMarkerStart);

    /// <summary>A batch prompt's header: the plan, what was asked for (one level, or the ids), and which part this is.</summary>
    public static TemplateValues ForBatch(BatchSelection selection, int part, int count, int fileCount)
    {
        var levels = selection.Requested.Select(a => a.Level).Distinct().ToArray();
        return ForPlan(selection.Plan)
            .Set("level", levels.Length == 1 && levels[0] is int l ? l.ToString(CultureInfo.InvariantCulture) : null)
            .Set("requested", string.Join(", ", selection.Requested.Select(a => a.Key.ToString())))
            .Set("split", count > 1)
            .Set("part", part)
            .Set("partCount", count)
            .Set("single", fileCount == 1)
            .Set("fileCount", fileCount)
            .Set("hasSkipped", selection.Skipped.Length > 0)
            .Set("skipped", selection.Skipped.Select(s => new TemplateValues().Set("id", s.Key.ToString()).Set("title", s.Title).Set("reason", s.Reason)));
    }

    /// <summary>An achievement's id, title, goal (null when not stated) and estimate (null when not estimated).</summary>
    public static TemplateValues ForAchievement(Achievement a) => new TemplateValues()
        .Set("id", a.Key.ToString())
        .Set("title", a.Title)
        .Set("goal", string.IsNullOrWhiteSpace(a.Goal) ? null : a.Goal)
        .Set("estimate", a.EstimatedHours == null ? null : RegistryWriter.Hours(a.EstimatedHours));

    /// <summary>A list as <c>{{#name}}</c> items of <c>number</c> and <c>text</c>, with the flag <c>has&lt;Name&gt;</c>.</summary>
    public static TemplateValues List(this TemplateValues values, string name, string flag, IReadOnlyList<string> items) => values
        .Set(flag, items.Count > 0)
        .Set(name, items.Select((text, i) => new TemplateValues().Set("number", i + 1).Set("text", text)));
}
