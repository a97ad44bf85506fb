using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using ParallelExec.Plans;

namespace ParallelExec.Status;

/// <summary>
/// Derives each achievement's status from the files below its plan root (DESIGN §1), in four steps: one enumeration
/// of the root (<see cref="StatusFileIndex"/>), the files mapped to achievements (<see cref="StatusFileMapper"/>), the
/// status table (<see cref="StatusDecider"/>) with the drift of the PLAN and registry (<see cref="StatusDrift"/>), and
/// readiness over the plan's graph (<see cref="StatusReadiness"/>). Reads only; never writes.
/// </summary>
internal static class StatusResolver
{
    /// <summary>Derives the statuses and stores them on the plan (<see cref="Achievement.Status"/>, <see cref="ParallelPlan.Statuses"/>).</summary>
    public static IReadOnlyList<AchievementStatusInfo> Apply(ParallelPlan plan, StatusScanCache? cache, IList<PlanDiagnostic> diagnostics)
    {
        var found = new List<PlanDiagnostic>();
        var infos = Resolve(plan, cache, found);
        foreach (var info in infos) info.Achievement.StatusValue = info.StatusValue;
        plan.Statuses = infos;
        plan.StatusDiagnostics = found;
        foreach (var d in found) diagnostics.Add(d);
        return infos;
    }

    /// <summary>
    /// Derives the statuses again from the files as they are now, without changing the plan object; reports only
    /// findings that the plan's own derivation did not already report.
    /// </summary>
    public static IReadOnlyList<AchievementStatusInfo> Refresh(ParallelPlan plan, StatusScanCache? cache, IList<PlanDiagnostic> diagnostics)
    {
        var found = new List<PlanDiagnostic>();
        var infos = Resolve(plan, cache, found);
        foreach (var d in found)
        {
            bool known = false;
            foreach (var k in plan.StatusDiagnostics)
                if (k.Code == d.Code && k.Path == d.Path && k.Message == d.Message) { known = true; break; }
            if (!known) diagnostics.Add(d);
        }
        return infos;
    }

    /// <summary>True when the PLAN's file name says its folder is a plan folder (PLAN_*.md, or a parallel.json), so its root is scanned deep.</summary>
    internal static bool ScansDeep(string planPath)
    {
        var name = Path.GetFileName(planPath);
        return PlanConventions.IsPlanFileName(name) || PlanConventions.IsRegistryFileName(name);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static AchievementStatusInfo[] Resolve(ParallelPlan plan, StatusScanCache? cache, List<PlanDiagnostic> diagnostics)
    {
        var achievements = plan.Achievements;
        int n = achievements.Count;
        if (n == 0) return Array.Empty<AchievementStatusInfo>();

        bool deep = ScansDeep(plan.PlanPath);
        var index = cache?.Get(plan.PlanRoot, deep) ?? StatusFileIndex.BuildAndRead(plan.PlanRoot, deep);
        if (!index.DiagnosticsReported)
        {
            diagnostics.AddRange(index.Diagnostics);
            index.DiagnosticsReported = true;
        }

        var files = StatusFileMapper.Map(plan, index, diagnostics);
        var infos = new AchievementStatusInfo[n];
        for (int i = 0; i < n; i++)
        {
            var info = StatusDecider.Decide(achievements[i], files[i], index.HasReviewFiles);
            info.Drift = StatusDrift.Of(info);
            infos[i] = info;
        }
        StatusReadiness.Apply(plan.Graph, infos);
        return infos;
    }
}
