using System;
using System.Linq;

namespace ParallelExec.Prompts;

/// <summary>Gathers what a discovery prompt shows of a plan: its edges by provenance, the levels they give, the registry's levels.</summary>
internal static class DiscoverySelector
{
    public static DiscoverySelection Select(ParallelPlan plan)
    {
        var stated = plan.Edges.Where(e => e.Provenance != EdgeProvenance.Inferred).OrderBy(e => e.From).ThenBy(e => e.To).ToArray();
        var assumed = plan.Edges.Where(e => e.Provenance == EdgeProvenance.Inferred).OrderBy(e => e.From).ThenBy(e => e.To).ToArray();
        var waves = plan.Achievements.Where(a => a.Wave != null).GroupBy(a => a.Wave!.Value).OrderBy(g => g.Key)
            .Select(g => new LevelGroup(g.Key, g.OrderBy(a => a.Id).ToArray(), Array.Empty<(AchievementId, AchievementId)>())).ToArray();
        var registered = plan.RegistryPath == null ? Array.Empty<LevelGroup>()
            : plan.Achievements.Where(a => a.Level != null).GroupBy(a => a.Level!.Value).OrderBy(g => g.Key).Select(g => Registered(g.Key, g.ToArray())).ToArray();
        return new DiscoverySelection(plan, stated, assumed, waves, registered);
    }

    private static LevelGroup Registered(int level, Achievement[] achievements)
    {
        var members = achievements.OrderBy(a => a.Id).ToArray();
        var inside = members.SelectMany(a => a.Dependencies.Where(d => members.Any(m => m.Id == d)).Select(d => (a.Id, d))).ToArray();
        return new LevelGroup(level, members, inside);
    }
}
