using System;
using System.Linq;

namespace ParallelExec.Prompts;

/// <summary>Gathers what a discovery prompt shows of a plan: its edges by provenance, the levels they give, the registry's levels.</summary>
internal static class DiscoverySelector
{
    public static DiscoverySelection Select(ParallelPlan plan)
    {
        var stated = plan.Edges.Where(e => e.ProvenanceValue != EdgeProvenance.Inferred).OrderBy(e => e.FromKey).ThenBy(e => e.ToKey).ToArray();
        var assumed = plan.Edges.Where(e => e.ProvenanceValue == EdgeProvenance.Inferred).OrderBy(e => e.FromKey).ThenBy(e => e.ToKey).ToArray();
        var waves = plan.Achievements.Where(a => a.Wave != null).GroupBy(a => a.Wave!.Value).OrderBy(g => g.Key)
            .Select(g => new LevelGroup(g.Key, g.OrderBy(a => a.Key).ToArray(), Array.Empty<(AchievementId, AchievementId)>())).ToArray();
        var registered = plan.RegistryPath == null ? Array.Empty<LevelGroup>()
            : plan.Achievements.Where(a => a.Level != null).GroupBy(a => a.Level!.Value).OrderBy(g => g.Key).Select(g => Registered(g.Key, g.ToArray())).ToArray();
        return new DiscoverySelection(plan, stated, assumed, waves, registered);
    }

    private static LevelGroup Registered(int level, Achievement[] achievements)
    {
        var members = achievements.OrderBy(a => a.Key).ToArray();
        var inside = members.SelectMany(a => a.DependencyKeys.Where(d => members.Any(m => m.Key == d)).Select(d => (a.Key, d))).ToArray();
        return new LevelGroup(level, members, inside);
    }
}
