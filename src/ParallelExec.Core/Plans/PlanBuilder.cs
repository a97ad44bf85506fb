using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using ParallelExec.Diagnostics;
using ParallelExec.Graph;
using ParallelExec.Registry;

namespace ParallelExec.Plans;

/// <summary>Turns definition blocks (and a registry) into a plan with a levelled dependency graph.</summary>
internal static class PlanBuilder
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ParallelPlan Build(string name, string planPath, string planRoot, string text, List<DefinitionBlock> blocks,
        RegistryDocument? registry, DependencyAssumption assumption, List<PlanDiagnostic> diagnostics)
    {
        var plan = new ParallelPlan(name, planPath, planRoot) { Assumption = assumption, RegistryPath = registry?.Path };

        // Group the definitions of each id (the seed defines each one three times) in document order.
        var order = new List<AchievementId>();
        var byId = new Dictionary<AchievementId, List<DefinitionBlock>>();
        foreach (var b in blocks)
        {
            if (!byId.TryGetValue(b.Id, out var list))
            {
                byId[b.Id] = list = new List<DefinitionBlock>(1);
                order.Add(b.Id);
            }
            list.Add(b);
        }

        var registryById = new Dictionary<AchievementId, RegistryEntry>();
        if (registry != null)
        {
            foreach (var e in registry.Entries)
            {
                if (registryById.ContainsKey(e.Id))
                {
                    diagnostics.Add(new PlanDiagnostic(DiagnosticSeverity.Warning, ErrorCodes.RegistryDuplicateId,
                        $"parallel.json registers {e.Id} more than once; the first entry is used.", registry.Path, e.Line, null,
                        "Keep one entry per achievement.", e.Id.ToString()));
                    continue;
                }
                registryById[e.Id] = e;
                if (!byId.ContainsKey(e.Id)) order.Add(e.Id); // registered but not in the PLAN
            }
        }

        var ids = order.ToArray();
        var indexOf = new Dictionary<AchievementId, int>(ids.Length);
        // Document order for assumptions; id order for output.
        var docOrder = (AchievementId[])ids.Clone();
        Array.Sort(ids);
        for (int i = 0; i < ids.Length; i++) indexOf[ids[i]] = i;

        var achievements = new Achievement[ids.Length];
        var sections = new PlanSections(text, blocks);
        var edges = new Dictionary<long, DependencyEdge>(EdgeKeyComparer.Instance);
        var declared = new bool[ids.Length];
        var blocksOf = new List<AchievementId>?[ids.Length];

        void AddEdge(int from, int to, EdgeProvenance prov)
        {
            long key = ((long)from << 32) | (uint)to;
            if (edges.TryGetValue(key, out var existing)) existing.Provenance |= prov;
            else edges[key] = new DependencyEdge(ids[from], ids[to], prov);
        }

        bool TryIndex(AchievementId owner, AchievementId target, string what, string path, int line, out int index)
        {
            if (target == owner)
            {
                diagnostics.Add(new PlanDiagnostic(DiagnosticSeverity.Warning, ErrorCodes.SelfDependency,
                    $"{owner} lists itself under {what}; that entry was ignored.", path, line, null,
                    $"Remove {owner} from its own {what} line.", owner.ToString()));
                index = -1;
                return false;
            }
            if (indexOf.TryGetValue(target, out index)) return true;
            diagnostics.Add(new PlanDiagnostic(DiagnosticSeverity.Warning, string.Equals(what, "Blocks", StringComparison.OrdinalIgnoreCase) ? ErrorCodes.UnknownBlock : ErrorCodes.UnknownDependency,
                $"{owner} names {target} under {what}, but the plan has no achievement {target}; that entry was ignored.",
                path, line, null, $"Correct the id, or define Achievement {target} in the PLAN.", owner.ToString()));
            return false;
        }

        for (int i = 0; i < ids.Length; i++)
        {
            var id = ids[i];
            byId.TryGetValue(id, out var defs);
            registryById.TryGetValue(id, out var reg);
            var source = defs == null ? null : new SectionSource(sections, defs, Primary(defs));
            var a = new Achievement(plan, id, source);
            achievements[i] = a;
            a.Priority = id.Minor.HasValue ? id.Major : (int?)null;
            a.Line = defs?[0].Line ?? 0;
            a.DependenciesLine = defs?.Select(d => d.DependenciesLine).FirstOrDefault(l => l > 0) ?? 0;
            a.Title = defs?.Select(d => d.Title).FirstOrDefault(t => t.Length > 0) ?? reg?.Title ?? "";
            a.EstimatedHours = defs?.Select(d => d.Estimate).FirstOrDefault(e => e != null) ?? reg?.EstimatedHours;
            a.Goal = defs?.Select(d => d.Goal).FirstOrDefault(g => g != null);
            a.PlanMarker = defs?.Select(d => d.Mark).FirstOrDefault(m => m != null);
            a.RegistryStatus = reg?.Status;

            if (registry != null && reg != null)
            {
                declared[i] = true;
                foreach (var d in reg.Dependencies)
                    if (TryIndex(id, d, "dependencies", registry.Path, reg.Line, out var j)) AddEdge(i, j, EdgeProvenance.Registry);
                foreach (var b in reg.Blocks)
                    if (TryIndex(id, b, "blocks", registry.Path, reg.Line, out var j)) (blocksOf[i] ??= new List<AchievementId>()).Add(b);
                continue;
            }
            if (defs == null) continue;
            foreach (var d in defs)
            {
                if (d.DeclaresDependencies) declared[i] = true;
                if (d.Dependencies != null)
                    foreach (var (dep, line) in d.Dependencies)
                        if (TryIndex(id, dep, "Dependencies", planPath, line, out var j)) AddEdge(i, j, EdgeProvenance.Declared);
                if (d.Blocks != null)
                    foreach (var (blocked, line) in d.Blocks)
                        if (TryIndex(id, blocked, "Blocks", planPath, line, out var j))
                        {
                            var list = blocksOf[i] ??= new List<AchievementId>();
                            if (!list.Contains(blocked)) list.Add(blocked);
                            // A Blocks line makes the blocked achievement's dependencies declared too,
                            // unless the registry drives that achievement.
                            if (registry == null || !registryById.ContainsKey(blocked))
                            {
                                AddEdge(j, i, EdgeProvenance.Blocks);
                                declared[j] = true;
                            }
                        }
            }
        }

        // Fill in what nobody declared.
        int assumed = 0, undeclared = 0;
        if (assumption != DependencyAssumption.Independent)
        {
            int prevDoc = -1;
            // Members of each priority, and for each priority the one before it.
            var tiers = new SortedDictionary<int, List<int>>();
            for (int k = 0; k < ids.Length; k++)
                if (achievements[k].Priority is int pr)
                {
                    if (!tiers.TryGetValue(pr, out var members)) tiers[pr] = members = new List<int>();
                    members.Add(k);
                }
            var previousTier = new Dictionary<int, List<int>>();
            List<int>? last = null;
            foreach (var tier in tiers)
            {
                if (last != null) previousTier[tier.Key] = last;
                last = tier.Value;
            }
            foreach (var docId in docOrder)
            {
                int i = indexOf[docId];
                if (!declared[i])
                {
                    undeclared++;
                    var priority = achievements[i].Priority;
                    if (assumption == DependencyAssumption.Sequential || priority == null)
                    {
                        if (prevDoc >= 0) { AddEdge(i, prevDoc, EdgeProvenance.Inferred); assumed++; }
                    }
                    else if (previousTier.TryGetValue(priority.Value, out var before))
                    {
                        foreach (var k in before) { AddEdge(i, k, EdgeProvenance.Inferred); assumed++; }
                    }
                }
                prevDoc = i;
            }
        }
        else
        {
            for (int i = 0; i < ids.Length; i++) if (!declared[i]) undeclared++;
            // Taking them as independent is an assumption too: the achievements that would have had an edge assumed
            // under Sequential (every undeclared one but the first in the document) are counted.
            bool firstUndeclared = false;
            foreach (var docId in docOrder) { firstUndeclared = !declared[indexOf[docId]]; break; }
            plan.AssumedIndependentCount = undeclared - (firstUndeclared ? 1 : 0);
        }
        plan.AssumedEdgeCount = assumed;
        for (int i = 0; i < ids.Length; i++) achievements[i].DeclaresDependencies = declared[i];

        // Adjacency, levelling, cycles: exact-size arrays per achievement, no per-node lists.
        int n = ids.Length;
        var depCount = new int[n];
        var dependentCount = new int[n];
        foreach (var e in edges.Values)
        {
            depCount[indexOf[e.From]]++;
            dependentCount[indexOf[e.To]]++;
        }
        var deps = new int[n][];
        var inEdges = new DependencyEdge[n][];
        var dependents = new AchievementId[n][];
        for (int i = 0; i < n; i++)
        {
            deps[i] = depCount[i] == 0 ? Array.Empty<int>() : new int[depCount[i]];
            inEdges[i] = depCount[i] == 0 ? Array.Empty<DependencyEdge>() : new DependencyEdge[depCount[i]];
            dependents[i] = dependentCount[i] == 0 ? Array.Empty<AchievementId>() : new AchievementId[dependentCount[i]];
            depCount[i] = 0;
            dependentCount[i] = 0;
        }
        foreach (var kv in edges)
        {
            int from = (int)(kv.Key >> 32), to = (int)(kv.Key & 0xFFFFFFFF);
            inEdges[from][depCount[from]] = kv.Value;
            deps[from][depCount[from]++] = to;
            dependents[to][dependentCount[to]++] = ids[from];
        }
        for (int i = 0; i < n; i++)
        {
            var a = achievements[i];
            if (deps[i].Length > 1)
            {
                Array.Sort(deps[i], inEdges[i]);
                Array.Sort(dependents[i]);
            }
            else if (dependents[i].Length > 1) Array.Sort(dependents[i]);
            var depIds = deps[i].Length == 0 ? Array.Empty<AchievementId>() : new AchievementId[deps[i].Length];
            for (int k = 0; k < depIds.Length; k++) depIds[k] = ids[deps[i][k]];
            a.Dependencies = depIds;
            a.DependencyEdges = inEdges[i];
            a.Dependents = dependents[i];
            var bl = blocksOf[i];
            if (bl != null) { bl.Sort(); a.Blocks = bl.ToArray(); }
        }
        var graph = PlanGraph.Build(ids, deps);
        plan.Graph = graph;
        for (int i = 0; i < ids.Length; i++)
        {
            var a = achievements[i];
            a.Wave = graph.Waves[i];
            a.Level = registryById.TryGetValue(ids[i], out var reg) && reg.Level.HasValue && !registry!.IsLegacyFormat ? reg.Level : a.Wave;
        }
        plan.WaveCount = graph.WaveCount;
        if (registry != null && !registry.IsLegacyFormat) AddLevelConflict(achievements, deps, name, registry.Path, diagnostics);
        plan.Cycles = graph.Cycles;
        plan.Achievements = achievements;
        var allEdges = new List<DependencyEdge>(edges.Count);
        for (int i = 0; i < n; i++) allEdges.AddRange(inEdges[i]);
        plan.Edges = allEdges;

        if (ids.Length > 0 && undeclared > 0 && assumption != DependencyAssumption.Independent && assumed > 0)
            diagnostics.Add(new PlanDiagnostic(DiagnosticSeverity.Warning, ErrorCodes.DependenciesAssumed,
                $"{name}: {undeclared} of {ids.Length} achievements declare no dependencies; {assumed} edge{(assumed == 1 ? " was" : "s were")} assumed ({assumption}).",
                planPath, null, null,
                "Add **Dependencies**: lines to the PLAN or register a parallel.json; -Assume " +
                (assumption == DependencyAssumption.PriorityTier ? "Sequential" : "PriorityTier") + " or Independent changes the assumption.", name));
        else if (ids.Length > 0 && undeclared > 0 && assumption == DependencyAssumption.Independent)
            diagnostics.Add(new PlanDiagnostic(DiagnosticSeverity.Warning, ErrorCodes.DependenciesAssumed,
                $"{name}: {undeclared} of {ids.Length} achievements declare no dependencies; they are treated as independent (-Assume Independent), 0 edges assumed.",
                planPath, null, null, "Add **Dependencies**: lines to the PLAN or register a parallel.json.", name));

        foreach (var cycle in plan.Cycles)
        {
            var path = CycleText.Path(cycle);
            var shown = CycleText.Shortened(cycle);
            var members = new HashSet<AchievementId>(cycle);
            var behind = achievements.Where(x => x.Wave == null && !members.Contains(x.Id)).Select(x => x.Id.ToString()).Take(20).ToList();
            diagnostics.Add(new PlanDiagnostic(DiagnosticSeverity.Error, ErrorCodes.CircularDependency,
                $"{name}: circular dependency {shown} (each depends on the next); these achievements get no Wave." +
                (behind.Count > 0 ? $" Also unlevelled because they depend on a cycle: {string.Join(", ", behind)}." : ""),
                registry?.Path ?? planPath, null, null,
                CycleText.Suggestion(cycle), path));
        }
        return plan;
    }

    /// <summary>
    /// One warning per plan when parallel.json's levels contradict its dependencies: an achievement in the level of, or
    /// a level before, one it depends on. Level keeps the registry's number; Wave is the computed one.
    /// </summary>
    private static void AddLevelConflict(Achievement[] achievements, int[][] deps, string name, string registryPath, List<PlanDiagnostic> diagnostics)
    {
        int count = 0;
        string? first = null;
        for (int i = 0; i < achievements.Length; i++)
        {
            var level = achievements[i].Level;
            if (level == null) continue;
            foreach (var d in deps[i])
            {
                var other = achievements[d].Level;
                if (other == null || other < level) continue;
                count++;
                first ??= $"{achievements[i].Id} in level {level} depends on {achievements[d].Id} in level {other}";
                break;
            }
        }
        if (count == 0) return;
        diagnostics.Add(new PlanDiagnostic(DiagnosticSeverity.Warning, ErrorCodes.RegistryLevelConflict,
            $"{name}: parallel.json puts {count} achievement{(count == 1 ? "" : "s")} in the level of, or before, one it depends on ({first}); " +
            "Level shows the registry's level, Wave the level its dependencies allow.",
            registryPath, null, null,
            "Run Test-ParallelJson -Detailed for each finding, or Export-ParallelJson -Force to recompute the levels from the dependencies.", name));
    }

    private static DefinitionBlock Primary(List<DefinitionBlock> defs)
    {
        foreach (var d in defs) if (d.HasFields) return d;
        var best = defs[0];
        foreach (var d in defs) if (d.End - d.Start > best.End - best.Start) best = d;
        return best;
    }

}
