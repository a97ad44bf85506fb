using System.Linq;

namespace ParallelExec.Prompts;

/// <summary>Writes the discovery prompt of a <see cref="DiscoverySelection"/> from the template <c>discovery.md</c>.</summary>
internal static class DiscoveryPrompt
{
    public static string Render(DiscoverySelection selection)
    {
        var plan = selection.Plan;
        var values = PromptValues.ForPlan(plan)
            .Set("achievementCount", plan.Achievements.Count)
            .Set("registry", plan.RegistryPath == null ? null : PromptBuilder.Relative(plan, plan.RegistryPath))
            .Set("achievements", selection.Achievements.Select(Achievement))
            .Set("stated", selection.Stated.Select(e => Edge(e).Set("provenance", e.ProvenanceValue.ToString())))
            .Set("assumed", selection.Assumed.Select(Edge))
            .Set("waves", selection.Waves.Select(Level))
            .Set("registryLevels", selection.RegistryLevels.Select(Level));
        return PromptTemplates.Get(PromptTemplates.Discovery).Render(values);
    }

    private static TemplateValues Achievement(Achievement a)
    {
        var declared = a.DependencyEdges.Where(e => e.ProvenanceValue != EdgeProvenance.Inferred).Select(e => e.ToKey.ToString()).ToArray();
        return PromptValues.ForAchievement(a)
            .Set("declared", string.Join(", ", declared))
            .Set("declaresNone", a.DeclaresDependencies)
            .List("deliverables", "hasDeliverables", a.Deliverables);
    }

    private static TemplateValues Edge(DependencyEdge e) => new TemplateValues().Set("from", e.FromKey.ToString()).Set("to", e.ToKey.ToString());

    private static TemplateValues Level(LevelGroup g) => new TemplateValues()
        .Set("level", g.Level)
        .Set("members", string.Join(", ", g.Members.Select(a => a.Key.ToString())))
        .Set("inside", string.Join(", ", g.Inside.Select(e => $"{e.From} -> {e.To}")));
}
