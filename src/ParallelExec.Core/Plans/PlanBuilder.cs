using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using ParallelExec.Graph;
using ParallelExec.Registry;

namespace ParallelExec.Plans;

/// <summary>
/// Turns definition blocks (and a registry) into a plan with a levelled dependency graph. One instance holds the state
/// of one build; <see cref="Build"/> runs its steps in order: group the definitions, add the registry's entries, index
/// the ids, read the achievements and their declared edges, assume what nobody declared, connect, level, report.
/// </summary>
internal sealed class PlanBuilder
{
    private readonly ParallelPlan _plan;
    private readonly RegistryDocument? _registry;
    private readonly DependencyAssumption _assumption;
    private readonly List<PlanDiagnostic> _diagnostics;
    private readonly List<AchievementId> _order = new List<AchievementId>();
    private readonly Dictionary<AchievementId, List<DefinitionBlock>> _byId = new Dictionary<AchievementId, List<DefinitionBlock>>();
    private readonly Dictionary<AchievementId, RegistryEntry> _registryById = new Dictionary<AchievementId, RegistryEntry>();
    private AchievementId[] _ids = Array.Empty<AchievementId>();        // id order: index i is _ids[i]
    private AchievementId[] _docOrder = Array.Empty<AchievementId>();   // document order, for assumptions
    private Dictionary<AchievementId, int> _indexOf = new Dictionary<AchievementId, int>();
    private Achievement[] _achievements = Array.Empty<Achievement>();
    private bool[] _declared = Array.Empty<bool>();
    private List<AchievementId>?[] _blocksOf = Array.Empty<List<AchievementId>?>();
    private EdgeTable _edges = new EdgeTable(0);
    private int _statedEdges; // edges the definitions and registry state, to size the edge table once
    private int[][] _deps = Array.Empty<int[]>();
    private int _undeclared;

    private PlanBuilder(ParallelPlan plan, RegistryDocument? registry, DependencyAssumption assumption, List<PlanDiagnostic> diagnostics)
    {
        _plan = plan;
        _registry = registry;
        _assumption = assumption;
        _diagnostics = diagnostics;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ParallelPlan Build(string name, string planPath, string planRoot, string text, List<DefinitionBlock> blocks,
        RegistryDocument? registry, DependencyAssumption assumption, List<PlanDiagnostic> diagnostics)
    {
        var plan = new ParallelPlan(name, planPath, planRoot) { AssumptionValue = assumption, RegistryPath = registry?.Path };
        var b = new PlanBuilder(plan, registry, assumption, diagnostics);
        b.GroupDefinitions(blocks);
        b.AddRegistryEntries();
        b.IndexIds();
        b.ReadAchievements(new PlanSections(text, blocks));
        if (assumption != DependencyAssumption.Independent) b.AssumeUndeclared();
        else b.CountAssumedIndependent();
        b.Connect();
        b.Level();
        b.Report();
        return plan;
    }

    /// <summary>The definitions of each id (the seed defines each one three times), ids in document order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void GroupDefinitions(List<DefinitionBlock> blocks)
    {
        _byId.EnsureCapacity(blocks.Count);
        _order.Capacity = Math.Max(_order.Capacity, blocks.Count);
        foreach (var b in blocks)
        {
            if (!_byId.TryGetValue(b.Id, out var list))
            {
                _byId[b.Id] = list = new List<DefinitionBlock>(1);
                _order.Add(b.Id);
            }
            list.Add(b);
            _statedEdges += (b.Dependencies?.Count ?? 0) + (b.Blocks?.Count ?? 0);
        }
    }

    /// <summary>The registry's entries by id (the first of a repeated one), and the ids it registers beyond the PLAN.</summary>
    private void AddRegistryEntries()
    {
        if (_registry == null) return;
        foreach (var e in _registry.Entries)
        {
            if (_registryById.ContainsKey(e.Id))
            {
                _diagnostics.Add(BuildFindings.DuplicateRegistryEntry(_registry, e));
                continue;
            }
            _registryById[e.Id] = e;
            _statedEdges += e.Dependencies.Count + e.Blocks.Count;
            if (!_byId.ContainsKey(e.Id)) _order.Add(e.Id); // registered but not in the PLAN
        }
    }

    private void IndexIds()
    {
        _docOrder = _order.ToArray();
        _ids = (AchievementId[])_docOrder.Clone();
        Array.Sort(_ids);
        _indexOf = new Dictionary<AchievementId, int>(_ids.Length);
        for (int i = 0; i < _ids.Length; i++) _indexOf[_ids[i]] = i;
        _achievements = new Achievement[_ids.Length];
        _declared = new bool[_ids.Length];
        _blocksOf = new List<AchievementId>?[_ids.Length];
        _edges = new EdgeTable(_ids.Length, _statedEdges);
    }

    /// <summary>Each achievement in id order, with the edges its registry entry, or else its PLAN definitions, declare.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadAchievements(PlanSections sections)
    {
        for (int i = 0; i < _ids.Length; i++)
        {
            var id = _ids[i];
            _byId.TryGetValue(id, out var defs);
            _registryById.TryGetValue(id, out var reg);
            var source = defs == null ? null : new SectionSource(sections, defs);
            var a = new Achievement(_plan, i, id, source);
            _achievements[i] = a;
            a.Priority = id.Minor.HasValue ? id.Major : (int?)null;
            a.RegistryStatus = reg?.Status;
            Describe(a, defs, reg);
            if (_registry != null && reg != null) AddRegistryEdges(i, reg, _registry.Path);
            else if (defs != null) AddPlanEdges(i, defs);
        }
    }

    /// <summary>Line, title, estimate, goal and mark: the first definition that has each, else the registry's title and estimate.</summary>
    private static void Describe(Achievement a, List<DefinitionBlock>? defs, RegistryEntry? reg)
    {
        string? title = null;
        EstimateRange? estimate = null;
        if (defs != null)
        {
            a.Line = defs[0].Line;
            foreach (var d in defs)
            {
                if (a.DependenciesLine == 0 && d.DependenciesLine > 0) a.DependenciesLine = d.DependenciesLine;
                if (title == null && d.Title.Length > 0) title = d.Title;
                estimate ??= d.Estimate;
                a.Goal ??= d.Goal;
                a.PlanMarker ??= d.Mark;
            }
        }
        a.Title = title ?? reg?.Title ?? "";
        a.EstimatedHours = estimate ?? reg?.EstimatedHours;
        if (reg?.Files is { } files) a.RegistryFiles = WriteSets.RegistryFile.Of(files);
        if (reg != null) a.PlannedExecutions = reg.PlannedExecutions; // a flat registry's sub_executions; a written SUBPLAN's table replaces them
    }

    private void AddRegistryEdges(int i, RegistryEntry reg, string path)
    {
        var id = _ids[i];
        _declared[i] = true;
        foreach (var d in reg.Dependencies)
            if (TryIndex(id, d, "dependencies", path, reg.Line, out var j)) AddEdge(i, j, EdgeProvenance.Registry);
        foreach (var b in reg.Blocks)
            if (TryIndex(id, b, "blocks", path, reg.Line, out _)) (_blocksOf[i] ??= new List<AchievementId>()).Add(b);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddPlanEdges(int i, List<DefinitionBlock> defs)
    {
        var id = _ids[i];
        var planPath = _plan.PlanPath;
        foreach (var d in defs)
        {
            if (d.DeclaresDependencies) _declared[i] = true;
            if (d.Dependencies != null)
                foreach (var (dep, line) in d.Dependencies)
                    if (TryIndex(id, dep, "Dependencies", planPath, line, out var j)) AddEdge(i, j, EdgeProvenance.Declared);
            if (d.Blocks != null)
                foreach (var (blocked, line) in d.Blocks)
                    if (TryIndex(id, blocked, "Blocks", planPath, line, out var j)) AddBlocks(i, j, blocked);
        }
    }

    /// <summary>
    /// i's Blocks line names j. It makes j's dependencies declared too (j depends on i), unless the registry drives j.
    /// </summary>
    private void AddBlocks(int i, int j, AchievementId blocked)
    {
        var list = _blocksOf[i] ??= new List<AchievementId>();
        if (!list.Contains(blocked)) list.Add(blocked);
        if (_registry == null || !_registryById.ContainsKey(blocked))
        {
            AddEdge(j, i, EdgeProvenance.Blocks);
            _declared[j] = true;
        }
    }

    private void AddEdge(int from, int to, EdgeProvenance provenance) => _edges.Add(from, to, provenance);

    /// <summary>The index of what <paramref name="owner"/> names; false (reported) for itself or an id the plan lacks.</summary>
    private bool TryIndex(AchievementId owner, AchievementId target, string what, string path, int line, out int index)
    {
        if (target == owner)
        {
            _diagnostics.Add(BuildFindings.SelfReference(owner, what, path, line));
            index = -1;
            return false;
        }
        if (_indexOf.TryGetValue(target, out index)) return true;
        _diagnostics.Add(BuildFindings.UnknownTarget(owner, target, what, path, line));
        return false;
    }

    /// <summary>
    /// Fills in what nobody declared, in document order: under Sequential an edge to the achievement before; under
    /// PriorityTier edges to every member of the priority before (an achievement without a priority as Sequential).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AssumeUndeclared()
    {
        var previousTier = _assumption == DependencyAssumption.PriorityTier ? PreviousTiers() : null;
        int prevDoc = -1, assumed = 0;
        foreach (var docId in _docOrder)
        {
            int i = _indexOf[docId];
            if (!_declared[i])
            {
                _undeclared++;
                var priority = _achievements[i].Priority;
                if (previousTier == null || priority == null)
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
        _plan.AssumedEdgeCount = assumed;
    }

    /// <summary>For each priority, the members (indices) of the priority before it.</summary>
    private Dictionary<int, List<int>> PreviousTiers()
    {
        var tiers = new SortedDictionary<int, List<int>>();
        for (int k = 0; k < _ids.Length; k++)
            if (_achievements[k].Priority is int pr)
            {
                if (!tiers.TryGetValue(pr, out var members)) tiers[pr] = members = new List<int>();
                members.Add(k);
            }
        var previous = new Dictionary<int, List<int>>();
        List<int>? last = null;
        foreach (var tier in tiers)
        {
            if (last != null) previous[tier.Key] = last;
            last = tier.Value;
        }
        return previous;
    }

    /// <summary>
    /// Taking the undeclared as independent is an assumption too: the achievements that would have had an edge assumed
    /// under Sequential (every undeclared one but the first in the document) are counted.
    /// </summary>
    private void CountAssumedIndependent()
    {
        for (int i = 0; i < _ids.Length; i++) if (!_declared[i]) _undeclared++;
        bool firstUndeclared = _docOrder.Length > 0 && !_declared[_indexOf[_docOrder[0]]];
        _plan.AssumedIndependentCount = _undeclared - (firstUndeclared ? 1 : 0);
    }

    /// <summary>Each achievement's dependencies and incoming edges, sorted by dependency, and its Blocks; the plan's edges in that order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Connect()
    {
        var deps = _edges.Adjacency(out var provenances, out var starts);
        for (int i = 0; i < _ids.Length; i++)
        {
            var a = _achievements[i];
            a.DeclaresDependencies = _declared[i];
            var bl = _blocksOf[i];
            if (bl != null) { bl.Sort(); a.BlockKeys = bl.ToArray(); }
        }
        _deps = deps;
        _plan.EdgeProvenances = provenances;
        _plan.EdgeStarts = starts;
    }

    /// <summary>The plan's graph: waves, dependents and cycles; each achievement's Level is the registry's, else its wave.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Level()
    {
        var graph = PlanGraph.Build(_ids, _indexOf, _deps);
        bool registryLevels = _registry != null && !_registry.IsLegacyFormat;
        for (int i = 0; i < _ids.Length; i++)
        {
            var a = _achievements[i];
            a.Wave = graph.Waves[i];
            a.Level = registryLevels && _registryById.TryGetValue(_ids[i], out var reg) && reg.Level.HasValue ? reg.Level : a.Wave;
        }
        _plan.Graph = graph;
        _plan.WaveCount = graph.WaveCount;
        _plan.CycleKeys = graph.Cycles;
        _plan.Achievements = _achievements;
    }

    /// <summary>The plan's findings, in this order: registry levels against dependencies, the assumption, each cycle.</summary>
    private void Report()
    {
        if (_registry != null && !_registry.IsLegacyFormat) ReportLevelConflict(_registry.Path);
        var assumed = BuildFindings.Assumed(_plan.Name, _plan.PlanPath, _ids.Length, _undeclared, _plan.AssumedEdgeCount, _assumption);
        if (assumed != null) _diagnostics.Add(assumed);
        var unlevelled = _plan.Graph.Unlevelled;
        foreach (var cycle in _plan.CycleKeys)
        {
            var members = new HashSet<AchievementId>(cycle);
            var behind = new List<string>();
            for (int k = 0; k < unlevelled.Length && behind.Count < 20; k++)
                if (!members.Contains(_ids[unlevelled[k]])) behind.Add(_ids[unlevelled[k]].ToString());
            _diagnostics.Add(BuildFindings.Cycle(_plan.Name, _registry?.Path ?? _plan.PlanPath, cycle, behind));
        }
    }

    /// <summary>
    /// One warning per plan when parallel.json's levels contradict its dependencies: an achievement in the level of, or
    /// a level before, one it depends on. Level keeps the registry's number; Wave is the computed one.
    /// </summary>
    private void ReportLevelConflict(string registryPath)
    {
        int count = 0;
        string? first = null;
        for (int i = 0; i < _achievements.Length; i++)
        {
            var level = _achievements[i].Level;
            if (level == null) continue;
            foreach (var d in _deps[i])
            {
                var other = _achievements[d].Level;
                if (other == null || other < level) continue;
                count++;
                first ??= $"{_achievements[i].Key} in level {level} depends on {_achievements[d].Key} in level {other}";
                break;
            }
        }
        if (count > 0) _diagnostics.Add(BuildFindings.LevelConflict(_plan.Name, registryPath, count, first!));
    }
}
