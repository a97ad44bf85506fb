using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ParallelExec.Diagnostics;

namespace ParallelExec.Plans;

/// <summary>
/// Keeps plans that share a name apart within one command: plans are identified by their root, not their name, so when
/// a second plan of a name arrives, every plan of that name gets a <see cref="ParallelPlan.Label"/> with its folder, and
/// the command warns once per shared name. One instance per command invocation.
/// </summary>
internal sealed class SharedPlanNames
{
    private readonly Dictionary<string, List<ParallelPlan>> _byName = new Dictionary<string, List<ParallelPlan>>(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _warned = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Notes the plans one path gave (<paramref name="basePath"/>: what the user named, for relative labels) and returns
    /// the warnings for names now shared. Call it before the plans' objects are written.
    /// </summary>
    public List<PlanDiagnostic> Note(IEnumerable<ParallelPlan> plans, string basePath)
    {
        var found = new List<PlanDiagnostic>();
        var touched = new List<string>();
        foreach (var plan in plans)
        {
            if (!_byName.TryGetValue(plan.Name, out var list)) _byName[plan.Name] = list = new List<ParallelPlan>();
            if (list.Any(p => string.Equals(p.PlanPath, plan.PlanPath, StringComparison.Ordinal))) continue;
            list.Add(plan);
            if (list.Count > 1) touched.Add(plan.Name);
        }
        foreach (var name in touched.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var list = _byName[name];
            var anchor = Anchor(basePath);
            foreach (var p in list) p.Label = $"{p.Name} ({Relative(anchor, p.PlanRoot)})";
            if (_warned.Add(name)) found.Add(Warning(name, list));
        }
        return found;
    }

    private static PlanDiagnostic Warning(string name, List<ParallelPlan> plans) =>
        new PlanDiagnostic(DiagnosticSeverity.Warning, ErrorCodes.SharedPlanName,
            $"{plans.Count} plans are called {name}: {string.Join(", ", plans.Select(p => "'" + p.PlanRoot + "'"))}; they are kept apart (PlanLabel shows each one's folder).",
            plans[1].PlanPath, suggestion: "Nothing to do if both are meant (a working copy and an archived one); otherwise rename one plan or point at one folder.", target: name);

    /// <summary>The folder labels are relative to: the folder given, or the folder of the file given.</summary>
    private static string Anchor(string basePath) => Directory.Exists(basePath) ? basePath : Path.GetDirectoryName(basePath) ?? basePath;

    private static string Relative(string anchor, string root)
    {
        var rel = Path.GetRelativePath(anchor, root).Replace('\\', '/');
        return rel == "." ? Path.GetFileName(root) : rel;
    }
}
