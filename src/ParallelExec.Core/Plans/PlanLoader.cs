using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using ParallelExec.Diagnostics;
using ParallelExec.Registry;
using ParallelExec.Status;

namespace ParallelExec.Plans;

/// <summary>
/// Resolves a path (a PLAN file, a plan folder, a parallel.json, or with Recurse a workspace root) to plans.
/// Never depends on the current directory: every path is made absolute by the caller.
/// </summary>
internal static class PlanLoader
{
    public const string RegistryFileName = PlanConventions.RegistryFileName;
    private static readonly Regex PlanIdLine = new Regex(@"^\*\*Plan ID\*\*:\s*(?<id>[A-Za-z0-9][\w.\-]*)", RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Loads everything one path names. Throws <see cref="ParallelExecException"/> when the path itself cannot be used.</summary>
    public static PlanLoadResult Load(string fullPath, PlanLoadOptions options)
    {
        var result = new PlanLoadResult();
        if (Directory.Exists(fullPath)) LoadFolder(fullPath, options, result);
        else if (!File.Exists(fullPath))
            throw ParallelExecException.Create(ErrorCodes.PlanPathNotFound,
                $"Cannot find '{fullPath}'.", fullPath, "Check the path; give a PLAN file, a plan folder or a parallel.json.");
        else if (PlanConventions.IsRegistryFileName(Path.GetFileName(fullPath)) ||
                 string.Equals(Path.GetExtension(fullPath), ".json", StringComparison.OrdinalIgnoreCase))
            LoadRegistryFile(fullPath, options, result);
        else result.Plans.Add(LoadPlan(fullPath, null, options, result.Diagnostics));
        return result;
    }

    /// <summary>A folder's PLANs (below it with Recurse), each on its own; without any, the folder's parallel.json alone.</summary>
    private static void LoadFolder(string folder, PlanLoadOptions options, PlanLoadResult result)
    {
        var plans = FindPlanFiles(folder, options.Recurse, result.Diagnostics, options.StatusCache?.Owners);
        if (plans.Count == 0 && !options.Recurse && PlanAbove(folder, result.Diagnostics) is { } above)
        {
            folder = above.Folder;
            plans = above.Plans;
        }
        if (plans.Count > 0)
        {
            LoadPlans(plans, options, result);
            return;
        }
        var registry = Path.Combine(folder, RegistryFileName);
        if (!File.Exists(registry))
            throw ParallelExecException.Create(ErrorCodes.PlanNotFoundInFolder,
                $"No PLAN_<NAME>.md file in '{folder}'" + (options.Recurse ? " or below it." : "."), folder,
                options.Recurse ? "Point at a folder that holds a plan." : "Add -Recurse to search a workspace, or point at the plan's own folder.");
        result.Plans.Add(LoadRegistryOnly(registry, options, result.Diagnostics));
    }

    /// <summary>
    /// Run from inside a plan (its subplans/, execution/, execution/feedbacks/ or summary/ folder), the plan above: the
    /// nearest folder up to two levels up that holds a PLAN. Null when the folder is not such a folder or none is found.
    /// </summary>
    private static (string Folder, List<string> Plans)? PlanAbove(string folder, List<PlanDiagnostic> diagnostics)
    {
        var dir = folder.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        for (int up = 0; up < 2; up++)
        {
            var name = Path.GetFileName(dir);
            if (!PlanConventions.ConventionalFolders.Contains(name) && !string.Equals(name, PlanConventions.SummaryFolder, StringComparison.OrdinalIgnoreCase)) return null;
            var parent = Path.GetDirectoryName(dir);
            if (string.IsNullOrEmpty(parent)) return null;
            if (File.Exists(Path.Combine(dir, RegistryFileName))) return null; // a registry of its own: this folder is the plan
            var plans = FindPlanFiles(parent, false, diagnostics);
            if (plans.Count > 0) return (parent, plans);
            dir = parent;
        }
        return null;
    }

    /// <summary>A registry named by its path: the PLANs of its folder read with it, or the registry alone.</summary>
    private static void LoadRegistryFile(string registryPath, PlanLoadOptions options, PlanLoadResult result)
    {
        var plans = FindPlanFiles(Path.GetDirectoryName(registryPath)!, false, result.Diagnostics);
        if (plans.Count == 0)
        {
            result.Plans.Add(LoadRegistryOnly(registryPath, options, result.Diagnostics));
            return;
        }
        foreach (var plan in plans) result.Plans.Add(LoadPlan(plan, registryPath, options, result.Diagnostics));
    }

    /// <summary>Below this many PLANs in a folder, they are read one after another.</summary>
    internal const int ParallelPlansFrom = 4;

    /// <summary>
    /// A folder's PLANs, in the order found, with their findings in that order. Plans of different roots share no
    /// file and no index, so with several roots each root's plans are read on a core of their own (one after another
    /// within a root, in the order found, so that a root's once-only findings go with the same plan as ever).
    /// </summary>
    private static void LoadPlans(List<string> plans, PlanLoadOptions options, PlanLoadResult result)
    {
        var roots = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var order = new List<List<int>>();
        for (int i = 0; i < plans.Count; i++)
        {
            var root = PlanRootOf(plans[i]);
            if (!roots.TryGetValue(root, out var group)) { roots[root] = group = new List<int>(); order.Add(group); }
            group.Add(i);
        }
        if (!AllCores.Worth(plans.Count, ParallelPlansFrom) || order.Count < 2)
        {
            foreach (var plan in plans) TryLoadPlan(plan, options, result);
            return;
        }
        var each = new PlanLoadResult[plans.Count];
        AllCores.For(order.Count, g =>
        {
            foreach (var i in order[g])
            {
                each[i] = new PlanLoadResult();
                TryLoadPlan(plans[i], options, each[i]);
            }
        });
        foreach (var one in each)
        {
            result.Diagnostics.AddRange(one.Diagnostics);
            result.Plans.AddRange(one.Plans);
        }
    }

    private static void TryLoadPlan(string planPath, PlanLoadOptions options, PlanLoadResult result)
    {
        try
        {
            result.Plans.Add(LoadPlan(planPath, null, options, result.Diagnostics));
        }
        catch (ParallelExecException e)
        {
            // One bad plan in a folder or workspace does not stop the others.
            result.Diagnostics.Add(e.Diagnostic);
        }
    }

    /// <summary>Reads one PLAN file, with the parallel.json given or found in its plan root.</summary>
    public static ParallelPlan LoadPlan(string planPath, string? registryPath, PlanLoadOptions options, List<PlanDiagnostic> diagnostics)
    {
        var text = PlanText.Read(planPath, diagnostics, options.MaxFileBytes);
        var root = PlanRootOf(planPath);
        var name = PlanNameOf(planPath, text);
        if (text.Trim().Length == 0)
            diagnostics.Add(new PlanDiagnostic(DiagnosticSeverity.Warning, ErrorCodes.PlanFileEmpty,
                $"'{planPath}' is empty.", planPath, suggestion: "Write the PLAN's achievements, or point at another file.", target: planPath));
        WarnIfCompanion(planPath, text, diagnostics);
        var blocks = PlanScanner.Scan(text, planPath, diagnostics);
        if (blocks.Count == 0 && text.Trim().Length > 0)
            diagnostics.Add(new PlanDiagnostic(DiagnosticSeverity.Warning, ErrorCodes.PlanHasNoAchievements,
                $"'{planPath}' defines no achievement (it may be a summary rather than a plan).", planPath,
                suggestion: "Achievements are defined by lines such as '**Achievement 1.1**: Title' or '### Achievement 1.1: Title'.", target: planPath));

        if (!options.IgnoreRegistry) registryPath ??= FindRegistry(planPath, root);
        var registry = registryPath == null ? null : ReadRegistry(registryPath, diagnostics);
        var plan = PlanBuilder.Build(name, planPath, root, text, blocks, registry, options.Assumption, diagnostics);
        if (options.ResolveStatus)
        {
            PlanMarkReader.Apply(plan, text);
            StatusResolver.Apply(plan, options.StatusCache, diagnostics);
        }
        return plan;
    }

    /// <summary>A companion document read on purpose is read, with a warning that names the plan it belongs to.</summary>
    private static void WarnIfCompanion(string planPath, string text, List<PlanDiagnostic> diagnostics)
    {
        var owner = PlanCompanion.NamedPlan(planPath, text);
        bool summary = string.Equals(Path.GetFileName(Path.GetDirectoryName(planPath)), PlanConventions.SummaryFolder, StringComparison.OrdinalIgnoreCase);
        if (owner == null && !summary) return;
        diagnostics.Add(new PlanDiagnostic(DiagnosticSeverity.Warning, ErrorCodes.CompanionDocument,
            owner != null ? $"'{planPath}' names {owner} as its plan: it is a companion document, not a plan of its own; its achievements are read as written, without the plan's files."
                : $"'{planPath}' is in a summary folder: it is a companion document, not a plan of its own.",
            planPath, suggestion: owner != null ? $"Read {owner} (or its folder) for the plan's status." : "Read the PLAN of the plan root above it.", target: planPath));
    }

    /// <summary>The registry to read the PLAN with; null when it is empty or broken (a broken one is reported as a warning).</summary>
    private static RegistryDocument? ReadRegistry(string registryPath, List<PlanDiagnostic> diagnostics)
    {
        try
        {
            var registry = RegistryReader.Read(registryPath, diagnostics);
            return registry.Entries.Count == 0 ? null : registry;
        }
        catch (ParallelExecException e)
        {
            // A broken registry must not hide the plan: report it and read the PLAN alone.
            diagnostics.Add(e.Diagnostic.With(DiagnosticSeverity.Warning, " The PLAN was read without it."));
            return null;
        }
    }

    private static ParallelPlan LoadRegistryOnly(string registryPath, PlanLoadOptions options, List<PlanDiagnostic> diagnostics)
    {
        var registry = RegistryReader.Read(registryPath, diagnostics);
        var folder = Path.GetDirectoryName(registryPath)!;
        diagnostics.Add(new PlanDiagnostic(DiagnosticSeverity.Warning, ErrorCodes.PlanFileMissing,
            $"No PLAN_<NAME>.md beside '{registryPath}'; the plan was read from the registry alone (no goals or deliverables).",
            registryPath, suggestion: "Put the registry in the folder of its PLAN.", target: registryPath));
        var name = registry.PlanName ?? Path.GetFileName(folder);
        var plan = PlanBuilder.Build(name, registryPath, folder, "", new List<DefinitionBlock>(), registry, options.Assumption, diagnostics);
        if (options.ResolveStatus) StatusResolver.Apply(plan, options.StatusCache, diagnostics);
        return plan;
    }

    /// <summary>The folder holding PLAN_&lt;NAME&gt;.md, or its parent when that folder is <c>planning/</c>.</summary>
    public static string PlanRootOf(string planPath)
    {
        return PlanConventions.PlanRootOf(planPath);
    }

    public static string PlanNameOf(string planPath, string text)
    {
        var file = Path.GetFileNameWithoutExtension(planPath);
        if (file.StartsWith(PlanConventions.PlanPrefix, StringComparison.OrdinalIgnoreCase) && file.Length > PlanConventions.PlanPrefix.Length)
            return file.Substring(PlanConventions.PlanPrefix.Length);
        var head = text.Length > 4000 ? text.Substring(0, 4000) : text;
        var m = PlanIdLine.Match(head);
        return m.Success ? m.Groups["id"].Value : file;
    }

    private static string? FindRegistry(string planPath, string root)
    {
        var beside = Path.Combine(Path.GetDirectoryName(planPath)!, RegistryFileName);
        if (File.Exists(beside)) return beside;
        var inRoot = Path.Combine(root, RegistryFileName);
        return File.Exists(inRoot) ? inRoot : null;
    }


    /// <summary>PLAN_*.md files in a folder (and its planning/ subfolder), or below it with recurse. Symlinked folders are not followed.</summary>
    public static List<string> FindPlanFiles(string folder, bool recurse, IList<PlanDiagnostic> diagnostics, ConcurrentDictionary<string, string?>? owners = null)
    {
        var found = new List<string>();
        var pending = new Stack<(string Dir, int Depth)>();
        pending.Push((folder, 0));
        while (pending.Count > 0)
        {
            var (dir, depth) = pending.Pop();
            try
            {
                int before = found.Count;
                AddPlanFiles(dir, found, owners);
                if (recurse) PushSubfolders(dir, depth, pending);
                else if (depth == 0 && found.Count == before)
                {
                    var planning = Path.Combine(dir, PlanConventions.PlanningFolder);
                    if (Directory.Exists(planning)) pending.Push((planning, 1));
                }
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is System.Security.SecurityException)
            {
                diagnostics.Add(new PlanDiagnostic(DiagnosticSeverity.Warning, ErrorCodes.FolderUnreadable,
                    $"Cannot read the folder '{dir}': {e.Message}", dir, suggestion: "Check its permissions; it was skipped.", target: dir));
            }
        }
        return found;
    }

    /// <summary>The PLAN files directly in one folder, in ordinal order; companion documents (<see cref="PlanCompanion"/>) are not plans.</summary>
    private static void AddPlanFiles(string dir, List<string> found, ConcurrentDictionary<string, string?>? owners)
    {
        var here = new List<string>();
        foreach (var f in Directory.EnumerateFiles(dir))
            if (PlanConventions.IsPlanFileName(Path.GetFileName(f)) && PlanCompanion.OwnerOf(f, owners) == null) here.Add(f);
        here.Sort(StringComparer.Ordinal);
        found.AddRange(here);
    }

    /// <summary>The subfolders a workspace scan enters (not skipped, not links), pushed so that they pop in ordinal order.</summary>
    private static void PushSubfolders(string dir, int depth, Stack<(string Dir, int Depth)> pending)
    {
        var subs = new List<string>();
        foreach (var d in Directory.EnumerateDirectories(dir))
        {
            if (PlanConventions.SkippedFolders.Contains(Path.GetFileName(d))) continue;
            if ((File.GetAttributes(d) & FileAttributes.ReparsePoint) != 0) continue;
            subs.Add(d);
        }
        subs.Sort(StringComparer.Ordinal);
        for (int k = subs.Count - 1; k >= 0; k--) pending.Push((subs[k], depth + 1));
    }
}
