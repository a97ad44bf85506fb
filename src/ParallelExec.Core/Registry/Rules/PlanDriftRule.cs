using System.Collections.Generic;
using System.Linq;
using ParallelExec.Diagnostics;

namespace ParallelExec.Registry.Rules;

/// <summary>
/// PlanDrift: the registry and its PLAN disagree: an achievement one defines and the other does not, a different title
/// (Information), a different estimate (a single number inside the PLAN's range agrees), or dependencies the PLAN
/// declares that differ from the registry's (only what the PLAN declares is compared: assumed edges are not claims).
/// </summary>
internal sealed class PlanDriftRule : RegistryRule
{
    public override ErrorCode Code => ErrorCodes.PlanDrift;

    public override void Check(RegistryRuleContext context, RuleRecords records)
    {
        if (context.Plan.Plan is not { } plan) return;
        string planFile = context.Plan.FileName;
        var registryDeps = RegistryEdges(context);
        var inPlan = new Discovery(CheckPass.PlanAchievements);
        foreach (var a in plan.Achievements)
        {
            if (!context.TryGetEntry(a.Key, out var e))
            {
                records.Add(inPlan, Record(context, DiagnosticSeverity.Warning,
                    $"The PLAN ({planFile}) defines {a.Key} \"{a.Title}\", which the registry does not register.", context.RootLine, 1, a.Key.ToString(),
                    $"Register {a.Key} in a level after its dependencies, or regenerate the registry with Export-ParallelJson."));
                continue;
            }
            CompareTitleAndEstimate(context, a, e, inPlan, records);
            CompareDependencies(context, a, e, registryDeps.TryGetValue(a.Key, out var rd) ? rd : new SortedSet<AchievementId>(), planFile, inPlan, records);
        }
        foreach (var e in context.Registered)
            if (plan.Find(e.Id) == null)
                records.Add(new Discovery(CheckPass.RegisteredEntries), Record(context, DiagnosticSeverity.Warning,
                    $"The registry registers {e.Id}, which the PLAN ({planFile}) does not define.", e.At, e.IdText,
                    $"Remove {e.Id} from the registry, or define it in the PLAN.", e.JsonPath));
    }

    /// <summary>The registry's edges: dependencies, plus blocks read in reverse (both say the same thing when consistent).</summary>
    private static Dictionary<AchievementId, SortedSet<AchievementId>> RegistryEdges(RegistryRuleContext context)
    {
        var edges = new Dictionary<AchievementId, SortedSet<AchievementId>>();
        SortedSet<AchievementId> Of(AchievementId id)
        {
            if (!edges.TryGetValue(id, out var set)) edges[id] = set = new SortedSet<AchievementId>();
            return set;
        }
        foreach (var e in context.Registered)
        {
            var set = Of(e.Id);
            foreach (var d in e.Dependencies) if (d != e.Id) set.Add(d);
            foreach (var b in e.Blocks) if (b != e.Id) Of(b).Add(e.Id);
        }
        return edges;
    }

    private void CompareTitleAndEstimate(RegistryRuleContext context, Achievement a, RegistryEntry e, Discovery at, RuleRecords records)
    {
        if (e.Title != null && a.Title.Length > 0 && RegistryText.Normalize(e.Title) != RegistryText.Normalize(a.Title))
            records.Add(at, Record(context, DiagnosticSeverity.Information,
                $"{a.Key} is titled \"{e.Title}\" here and \"{a.Title}\" in the PLAN.", e.At, e.IdText,
                "Use the PLAN's title in the registry.", e.JsonPath + ".title"));
        // A single number inside the PLAN's range (often its middle: 3.5 for 3-4h) agrees with it.
        var mine = e.EstimatedHours;
        var planned = a.EstimatedHours;
        if (mine != null && planned != null && !mine.Equals(planned)
            && !(mine.Min == mine.Max && mine.Min >= planned.Min && mine.Max <= planned.Max))
            records.Add(at, Record(context, DiagnosticSeverity.Warning,
                $"{a.Key} is estimated {mine} here and {planned} in the PLAN; the PLAN's estimate is the one measured.", e.At, e.IdText,
                "Use the PLAN's estimate in the registry (Export-ParallelJson writes it, and recomputes parallelization_strategy from it).", e.JsonPath + ".estimated_hours"));
    }

    private void CompareDependencies(RegistryRuleContext context, Achievement a, RegistryEntry e, SortedSet<AchievementId> registry,
        string planFile, Discovery at, RuleRecords records)
    {
        var declared = new SortedSet<AchievementId>(a.DependencyEdges
            .Where(x => (x.ProvenanceValue & (EdgeProvenance.Declared | EdgeProvenance.Blocks)) != 0).Select(x => x.ToKey));
        if ((declared.Count == 0 && !a.DeclaresDependencies) || declared.SetEquals(registry)) return;
        static string List(SortedSet<AchievementId> s) => s.Count == 0 ? "nothing" : string.Join(", ", s);
        records.Add(at, Record(context, DiagnosticSeverity.Warning,
            $"The PLAN ({planFile}) declares that {a.Key} depends on {List(declared)}; the registry has it depending on {List(registry)}.",
            e.At, e.IdText,
            a.DependenciesLine > 0
                ? $"Make the two agree: edit the registry's dependencies of {a.Key}, or the PLAN's Dependencies line (line {a.DependenciesLine})."
                : a.Line > 0
                    ? $"Make the two agree: edit the registry's dependencies of {a.Key}, or give its definition in the PLAN (line {a.Line}) a Dependencies line."
                    : $"Make the two agree: edit the registry's dependencies of {a.Key}, or the PLAN's Blocks lines that name it.",
            e.JsonPath + ".dependencies"));
    }
}
