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
            .Set("registryLevels", selection.RegistryLevels.Select(Level))
            .Set("conflicts", WriteSets.ConflictFinder.ExclusionConflicts(plan).Select(c => new TemplateValues()
                .Set("id", c.Id).Set("other", c.OtherId).Set("paths", string.Join(", ", c.SharedPaths))));
        return PromptTemplates.Get(PromptTemplates.Discovery).Render(values);
    }

    private static TemplateValues Achievement(Achievement a)
    {
        var declared = a.DependencyEdges.Where(e => e.ProvenanceValue != EdgeProvenance.Inferred).Select(e => e.ToKey.ToString()).ToArray();
        return PromptValues.ForAchievement(a)
            .Set("declared", string.Join(", ", declared))
            .Set("declaresNone", a.DeclaresDependencies)
            .Set("writes", Writes(a))
            .List("deliverables", "hasDeliverables", a.Deliverables);
    }

    /// <summary>Its write-set as backticked paths with where each was declared, or null when it declares none.</summary>
    private static string? Writes(Achievement a)
    {
        var set = WriteSets.WriteSetReader.For(a);
        return set.IsEmpty ? null : string.Join(", ", set.ByPath.Values.Select(p => $"`{p.Path}` ({p.Where})"));
    }

    private static TemplateValues Edge(DependencyEdge e) => new TemplateValues().Set("from", e.FromKey.ToString()).Set("to", e.ToKey.ToString());

    private static TemplateValues Level(LevelGroup g) => new TemplateValues()
        .Set("level", g.Level)
        .Set("members", string.Join(", ", g.Members.Select(a => a.Key.ToString())))
        .Set("inside", string.Join(", ", g.Inside.Select(e => $"{e.From} -> {e.To}")));
}
