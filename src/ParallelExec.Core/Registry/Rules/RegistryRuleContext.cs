using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;
using ParallelExec.Graph;
using ParallelExec.Plans;

namespace ParallelExec.Registry.Rules;

/// <summary>
/// What the rules check, built once per file: the document, its entries (the first of each id is the one the graph
/// uses), a <see cref="PlanGraph"/> of them, the PLAN to compare with and the resolved paths (both read on first use).
/// </summary>
internal sealed class RegistryRuleContext
{
    private readonly Dictionary<AchievementId, RegistryEntry> _byId = new Dictionary<AchievementId, RegistryEntry>();
    private PlanGraph? _graph;
    private RegistryEntry[]? _unique;
    private ComparedPlan? _plan;
    private List<ResolvedPath>? _paths;

    /// <param name="tree">The parsed tree when the full path read the text; null when the fast pass did (the schema accepts the text, and no key is written twice).</param>
    public RegistryRuleContext(RegistryDocument document, JToken? tree, string text, string path, ValidationOptions options)
    {
        Document = document;
        Tree = tree;
        Text = text;
        Path = path;
        Options = options;
        // A document that names levels means the schema's form, even when its levels are not an array (the schema check says so).
        IsLegacy = document.IsLegacyFormat && !document.NamesLevels;
        Entries = document.AllEntries;
        var registered = new List<RegistryEntry>();
        var duplicates = new List<RegistryEntry>();
        foreach (var e in Entries)
        {
            if (!e.HasId) continue; // the schema check names it
            if (_byId.TryAdd(e.Id, e)) registered.Add(e);
            else duplicates.Add(e);
        }
        Registered = registered;
        Duplicates = duplicates;
    }

    public RegistryDocument Document { get; }
    public JToken? Tree { get; }
    public string Text { get; }
    public string Path { get; }
    public ValidationOptions Options { get; }

    /// <summary>The document is in the older flat form: checked against schemas/parallel.flat.schema.json, and it has no levels to check.</summary>
    public bool IsLegacy { get; }

    /// <summary>Every entry checked, in document order, with or without a usable id.</summary>
    public IReadOnlyList<RegistryEntry> Entries { get; }

    /// <summary>The first entry of each id, in document order: the one the graph uses.</summary>
    public IReadOnlyList<RegistryEntry> Registered { get; }

    /// <summary>The entries whose id an earlier entry has.</summary>
    public IReadOnlyList<RegistryEntry> Duplicates { get; }

    /// <summary>The registered entries' graph: their dependencies that name another registered entry.</summary>
    public PlanGraph Graph => _graph ??= PlanGraph.Build(Registered.Select(e => e.Id).ToArray(), id => _byId[id].Dependencies);

    /// <summary>The registered entries in id order: <c>Unique[i]</c> is the entry of <c>Graph.Ids[i]</c>.</summary>
    public IReadOnlyList<RegistryEntry> Unique => _unique ??= Array.ConvertAll(Graph.Ids, id => _byId[id]);

    /// <summary>The line findings about the whole document give.</summary>
    public int RootLine => Document.RootAt.IsKnown ? Document.RootAt.Line : 1;

    public ComparedPlan Plan => _plan ??= ComparedPlan.Load(Path, Options);

    /// <summary>Every non-empty path the checked entries name, resolved against the registry's folder.</summary>
    public IReadOnlyList<ResolvedPath> Paths => _paths ??= ResolvePaths();

    public RegistryEntry EntryOf(AchievementId id) => _byId[id];

    public bool TryGetEntry(AchievementId id, out RegistryEntry entry) => _byId.TryGetValue(id, out entry!);

    private List<ResolvedPath> ResolvePaths()
    {
        var root = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;
        var list = new List<ResolvedPath>();
        foreach (var e in Entries)
            foreach (var p in e.Paths)
            {
                if (p.Value.Length == 0) continue;
                var resolved = PlanPaths.Resolve(root, p.Value, out var problem);
                list.Add(new ResolvedPath(e, p, resolved, problem));
            }
        return list;
    }
}
