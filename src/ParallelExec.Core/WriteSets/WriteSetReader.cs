using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using ParallelExec.Plans;
using ParallelExec.Prompts;
using ParallelExec.Workflow;

namespace ParallelExec.WriteSets;

/// <summary>
/// Each achievement's write-set, read once per plan on first use: the <c>files</c> of its parallel.json entry when it has
/// them (authoritative), else the backticked paths of its PLAN entry's Deliverables and of its SUBPLAN's write parts
/// (<see cref="WriteSetText"/>). Paths are relative to the repository root holding the plan (its <c>.git</c>), or to
/// the plan root when no repository holds it.
/// </summary>
internal static class WriteSetReader
{
    private const long MaxSubplanBytes = 4 * 1024 * 1024;
    private static readonly ConditionalWeakTable<ParallelPlan, WriteSet[]> Cache = new();

    /// <summary>The folder paths are relative to.</summary>
    public static string RootOf(ParallelPlan plan) => RepositoryRoot.Find(plan.PlanRoot) ?? Path.GetFullPath(plan.PlanRoot);

    /// <summary>The write-sets of the plan's achievements, index i for <c>plan.Achievements[i]</c>.</summary>
    public static WriteSet[] For(ParallelPlan plan) => Cache.GetValue(plan, Read);

    /// <summary>One achievement's write-set.</summary>
    public static WriteSet For(Achievement achievement)
    {
        var plan = achievement.Plan;
        var sets = For(plan);
        for (int i = 0; i < plan.Achievements.Count; i++)
            if (ReferenceEquals(plan.Achievements[i], achievement)) return sets[i];
        return WriteSet.Empty;
    }

    private static WriteSet[] Read(ParallelPlan plan)
    {
        var root = RootOf(plan);
        var subplans = new Dictionary<Achievement, string>();
        foreach (var info in plan.Statuses)
            if (SubplanState.IsWritten(info)) subplans[info.Achievement] = info.SubplanPath!;
        var sets = new WriteSet[plan.Achievements.Count];
        for (int i = 0; i < sets.Length; i++)
        {
            var a = plan.Achievements[i];
            sets[i] = a.RegistryFiles is { } files
                ? FromRegistry(files, plan, root)
                : FromDocuments(a, subplans.TryGetValue(a, out var s) ? s : null, root);
        }
        return sets;
    }

    private static WriteSet FromRegistry(RegistryFile[] files, ParallelPlan plan, string root)
    {
        var registry = plan.RegistryPath ?? plan.PlanPath;
        var display = WriteSetText.Display(registry, root);
        var folder = Path.GetDirectoryName(registry) ?? root;
        var paths = new List<DeclaredPath>();
        foreach (var f in files)
            if (PathText.Normalize(f.Path, root, folder, registry: true) is { } p) paths.Add(new DeclaredPath(p, display, f.Line));
        return new WriteSet(paths, WriteSetSource.Registry);
    }

    private static WriteSet FromDocuments(Achievement a, string? subplan, string root)
    {
        var paths = WriteSetText.Read(a.Section, a.PlanPath, Math.Max(1, a.SectionLine), root);
        if (subplan != null && SafeFileReader.TryReadText(subplan, MaxSubplanBytes, out _) is { } text)
            paths.AddRange(WriteSetText.Read(text, subplan, 1, root));
        return new WriteSet(paths, WriteSetSource.Documents);
    }
}
