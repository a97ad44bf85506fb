using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ParallelExec.Diagnostics;
using ParallelExec.Plans;

namespace ParallelExec.Status;

/// <summary>
/// Derives each achievement's status from the files below its plan root (DESIGN §1): one enumeration of the root,
/// the first lines of each SUBPLAN and EXECUTION_TASK, files mapped to achievements through dictionaries (header
/// first, then the SUBPLAN of the same number, then the &lt;NN&gt; suffix when exactly one achievement has it).
/// The cost grows with the number of files, not files × achievements. Reads only; never writes.
/// </summary>
public static class StatusResolver
{
    /// <summary>Derives the statuses and stores them on the plan (<see cref="Achievement.Status"/>, <see cref="ParallelPlan.Statuses"/>).</summary>
    public static IReadOnlyList<AchievementStatusInfo> Apply(ParallelPlan plan, StatusScanCache? cache, IList<PlanDiagnostic> diagnostics)
    {
        var found = new List<PlanDiagnostic>();
        var infos = Resolve(plan, cache, found);
        foreach (var info in infos) info.Achievement.Status = info.Status;
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
    private static IReadOnlyList<AchievementStatusInfo> Resolve(ParallelPlan plan, StatusScanCache? cache, List<PlanDiagnostic> diagnostics)
    {
        var achievements = plan.Achievements;
        int n = achievements.Count;
        if (n == 0) return Array.Empty<AchievementStatusInfo>();

        bool deep = ScansDeep(plan.PlanPath);
        var index = cache?.Get(plan.PlanRoot, deep) ?? StatusFileIndex.Build(plan.PlanRoot, deep);
        if (!index.DiagnosticsReported)
        {
            diagnostics.AddRange(index.Diagnostics);
            index.DiagnosticsReported = true;
        }

        var indexOf = new Dictionary<AchievementId, int>(n);
        var bySuffix = new Dictionary<string, List<int>>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            indexOf[achievements[i].Id] = i;
            var suffix = achievements[i].Id.FileSuffix;
            if (!bySuffix.TryGetValue(suffix, out var list)) bySuffix[suffix] = list = new List<int>(1);
            list.Add(i);
        }
        var buckets = new Files?[n];
        // What each SUBPLAN number stands for, from SUBPLAN headers: executions and feedback without a header follow it.
        var byNumber = new Dictionary<string, int[]?>(StringComparer.Ordinal);
        bool sharedRoot = index.PlanNames.Count > 1;

        bool Mine(StatusFile f) =>
            f.PlanName == null || string.Equals(f.PlanName, plan.Name, StringComparison.OrdinalIgnoreCase) || !index.PlanNames.Contains(f.PlanName);

        void Attach(StatusFile f, int i)
        {
            var b = buckets[i] ??= new Files();
            b.Add(f);
        }

        void CheckReadable(StatusFile f)
        {
            if (f.ReadError == null || f.Reported) return;
            f.Reported = true;
            diagnostics.Add(new PlanDiagnostic(DiagnosticSeverity.Warning, ErrorCodes.StatusFileUnreadable,
                $"Cannot read '{f.Path}': {f.ReadError} It was counted from its name alone.", f.Path,
                suggestion: "Check the file's permissions.", target: f.Path));
        }

        // Without a header: the SUBPLAN of the same number (for executions and feedback), else the suffix when unambiguous.
        void MapByNumber(StatusFile f, bool viaSubplans, bool quiet)
        {
            if (viaSubplans && byNumber.TryGetValue(f.Number, out var ids) && ids != null)
            {
                foreach (var i in ids) Attach(f, i);
                return;
            }
            if (bySuffix.TryGetValue(f.Number, out var candidates) && candidates.Count == 1)
            {
                Attach(f, candidates[0]);
                return;
            }
            if (quiet) return;
            if (candidates != null)
            {
                var names = string.Join(" or ", candidates.Select(c => achievements[c].Id.ToString()));
                diagnostics.Add(new PlanDiagnostic(DiagnosticSeverity.Warning, ErrorCodes.AmbiguousFile,
                    $"'{f.Path}': the number {f.Number} could be Achievement {names} of plan {plan.Name}" +
                    (f.Kind == StatusFileKind.Subplan || f.Kind == StatusFileKind.Execution ? " and the file names no achievement in its first lines" : "") +
                    "; it was not counted.", f.Path,
                    suggestion: f.Kind == StatusFileKind.Subplan || f.Kind == StatusFileKind.Execution
                        ? $"Add a line such as '**Achievement**: {achievements[candidates[0]].Id}' near the top of the file."
                        : $"Give the achievement a SUBPLAN_{plan.Name}_{f.Number}.md whose '**Achievement**:' line names it (feedback follows its SUBPLAN's number).",
                    target: f.Path));
            }
            else
            {
                diagnostics.Add(new PlanDiagnostic(DiagnosticSeverity.Warning, ErrorCodes.OrphanFile,
                    $"'{f.Path}': the number {f.Number} matches no achievement of plan {plan.Name}" +
                    (f.Kind == StatusFileKind.Subplan || f.Kind == StatusFileKind.Execution ? " and the file names none in its first lines" : "") +
                    "; it was not counted.", f.Path,
                    suggestion: f.Kind == StatusFileKind.Subplan || f.Kind == StatusFileKind.Execution
                        ? "Add a line such as '**Achievement**: 1.1' near the top of the file, or move it to its own plan's folder."
                        : "Achievement X.Y's feedback files end in _XY (1.1 -> APPROVED_11.md); rename the file or move it to its own plan's folder.",
                    target: f.Path));
            }
        }

        // With several PLANs in one root, a file that does not carry this plan's name may be another's: no warning here.
        bool Quiet(StatusFile f) => sharedRoot && !string.Equals(f.PlanName, plan.Name, StringComparison.OrdinalIgnoreCase);

        bool MapByHeader(StatusFile f, List<int> into)
        {
            var header = f.HeaderIds;
            if (header == null) return false;
            foreach (var id in header)
                if (indexOf.TryGetValue(id, out var i) && !into.Contains(i)) into.Add(i);
            if (into.Count == 0 && !Quiet(f))
            {
                diagnostics.Add(new PlanDiagnostic(DiagnosticSeverity.Warning, ErrorCodes.OrphanFile,
                    $"'{f.Path}' names Achievement {string.Join(", ", header.Select(h => h.ToString()))} in its first lines, but plan {plan.Name} defines no such achievement; it was not counted.",
                    f.Path, suggestion: "Correct its '**Achievement**:' line, or define the achievement in the PLAN.", target: f.Path));
                return true;
            }
            foreach (var i in into) Attach(f, i);
            return true;
        }

        var mapped = new List<int>(2);
        foreach (var f in index.Subplans)
        {
            if (!Mine(f)) continue;
            CheckReadable(f);
            mapped.Clear();
            if (!MapByHeader(f, mapped)) { MapByNumber(f, viaSubplans: false, quiet: Quiet(f)); continue; }
            if (mapped.Count == 0) continue;
            var ids = mapped.ToArray();
            Array.Sort(ids);
            if (!byNumber.TryGetValue(f.Number, out var existing)) byNumber[f.Number] = ids;
            else if (existing != null && !existing.SequenceEqual(ids)) byNumber[f.Number] = null; // SUBPLANs of one number disagree
        }
        foreach (var f in index.Executions)
        {
            if (!Mine(f)) continue;
            CheckReadable(f);
            mapped.Clear();
            if (!MapByHeader(f, mapped)) MapByNumber(f, viaSubplans: true, quiet: Quiet(f));
        }
        foreach (var f in index.Feedback)
            MapByNumber(f, viaSubplans: true, quiet: Quiet(f)); // feedback names no plan: in a shared root, it may be another's

        // The status table, top-down; then readiness from the dependencies' statuses.
        var infos = new AchievementStatusInfo[n];
        for (int i = 0; i < n; i++) infos[i] = Decide(achievements[i], buckets[i], index.HasReviewFiles);
        for (int i = 0; i < n; i++)
        {
            var info = infos[i];
            info.Drift = DriftOf(info);
            if (info.Status.Equals(AchievementStatus.Complete) || info.Status.Equals(AchievementStatus.Skipped))
            {
                info.Readiness = Readiness.Done;
                continue;
            }
            List<AchievementId>? blocked = null;
            bool allDone = true;
            foreach (var dep in achievements[i].Dependencies)
            {
                if (!indexOf.TryGetValue(dep, out var j)) continue;
                var s = infos[j].Status;
                // A skipped dependency counts as done (the skip is what unblocks its dependents); a failed one blocks.
                if (s.Equals(AchievementStatus.Failed)) (blocked ??= new List<AchievementId>()).Add(dep);
                if (!s.Equals(AchievementStatus.Complete) && !s.Equals(AchievementStatus.Skipped)) allDone = false;
            }
            if (blocked != null)
            {
                info.Readiness = Readiness.Blocked;
                info.BlockedBy = blocked.ToArray();
            }
            else info.Readiness = allDone ? Readiness.Ready : Readiness.Waiting;
        }
        return infos;
    }

    /// <summary>The files that map to one achievement, by kind.</summary>
    private sealed class Files
    {
        public readonly List<StatusFile> Subplans = new List<StatusFile>(1);
        public readonly List<StatusFile> Executions = new List<StatusFile>(1);
        public readonly List<StatusFile> Approved = new List<StatusFile>(0);
        public readonly List<StatusFile> Fixes = new List<StatusFile>(0);
        public readonly List<StatusFile> Resolutions = new List<StatusFile>(0);
        public readonly List<StatusFile> Skipped = new List<StatusFile>(0);

        public void Add(StatusFile f)
        {
            var list = f.Kind switch
            {
                StatusFileKind.Subplan => Subplans,
                StatusFileKind.Execution => Executions,
                StatusFileKind.Approved => Approved,
                StatusFileKind.Fix => Fixes,
                StatusFileKind.FixResolution => Resolutions,
                _ => Skipped,
            };
            if (!list.Contains(f)) list.Add(f);
        }
    }

    private static readonly string[] None = Array.Empty<string>();

    private static string[] PathsOf(IEnumerable<StatusFile> files) => files.Select(f => f.Path).ToArray();

    private static string NamesOf(IEnumerable<StatusFile> files) => string.Join(", ", files.Select(f => f.Name));

    /// <summary>DESIGN §1's table: the first row that matches wins.</summary>
    private static AchievementStatusInfo Decide(Achievement a, Files? files, bool planUsesReviews)
    {
        if (files == null)
            return new AchievementStatusInfo(a, AchievementStatus.NotStarted, "no SUBPLAN yet", None, null, None, None);

        var subplan = files.Subplans
            .OrderBy(f => f.IsScaffold ? 1 : 0)
            .ThenBy(f => string.Equals(Path.GetFileName(Path.GetDirectoryName(f.Path)), PlanConventions.SubplansFolder, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(f => f.Path, StringComparer.Ordinal)
            .FirstOrDefault();
        var executions = PathsOf(files.Executions);
        var feedback = PathsOf(files.Approved.Concat(files.Fixes).Concat(files.Resolutions).Concat(files.Skipped).OrderBy(f => f.Path, StringComparer.Ordinal));
        AchievementStatusInfo Make(AchievementStatus s, string detail, IEnumerable<StatusFile> evidence) =>
            new AchievementStatusInfo(a, s, detail, PathsOf(evidence), subplan?.Path, executions, feedback);

        if (files.Skipped.Count > 0)
            return Make(AchievementStatus.Skipped, $"skipped ({NamesOf(files.Skipped)})", files.Skipped);

        if (files.Approved.Count > 0)
            return Make(AchievementStatus.Complete,
                files.Fixes.Count > 0 ? $"approved ({NamesOf(files.Approved)}) after a fix ({NamesOf(files.Fixes)})" : $"approved ({NamesOf(files.Approved)})",
                files.Approved);

        // An unfilled EXECUTION_TASK scaffold counts as not created (it is still listed in ExecutionPaths).
        var made = files.Executions.Where(f => !f.IsScaffold).ToList();
        int unfilled = files.Executions.Count - made.Count;
        var states = made.Select(f => f.State).ToArray();
        int complete = states.Count(s => s == ExecutionState.Complete);
        if (!planUsesReviews && states.Length > 0 && complete == states.Length)
            return Make(AchievementStatus.Complete,
                states.Length == 1 ? "EXECUTION_TASK says Complete; plan has no reviews"
                    : $"all {states.Length} EXECUTION_TASKs say Complete; plan has no reviews",
                made);

        var unresolved = files.Fixes.Where(fix => !files.Resolutions.Any(r => r.Number == fix.Number)).ToList();
        if (unresolved.Count > 0)
            return Make(AchievementStatus.Failed, $"the review asked for fixes ({NamesOf(unresolved)})", unresolved);
        if (files.Fixes.Count > 0)
            return Make(AchievementStatus.InProgress, $"fix resolved ({NamesOf(files.Resolutions)}), awaiting review", files.Fixes.Concat(files.Resolutions));

        var running = made.Where(f => f.State == ExecutionState.InProgress).ToList();
        if (running.Count > 0)
            return Make(AchievementStatus.InProgress,
                states.Length == 1 ? "execution in progress" : $"{running.Count} of {states.Length} executions in progress, {complete} complete", running);
        if (complete > 0)
        {
            var done = made.Where(f => f.State == ExecutionState.Complete);
            if (complete == states.Length) return Make(AchievementStatus.InProgress, "execution complete, awaiting review", done);
            return Make(AchievementStatus.InProgress, $"{complete} of {states.Length} executions complete", done);
        }
        if (made.Count > 0)
        {
            var said = made.Select(f => f.StatusText).FirstOrDefault(t => !string.IsNullOrEmpty(t));
            return Make(AchievementStatus.ExecutionCreated,
                (made.Count == 1 ? "EXECUTION_TASK created" : $"{made.Count} EXECUTION_TASKs created") +
                (said == null ? ", no status line" : $", not started ('{Shorten(PlanText.Repair(said))}')") +
                (unfilled == 0 ? "" : $", {unfilled} unfilled scaffold{(unfilled == 1 ? "" : "s")}"), made);
        }
        if (subplan != null && !subplan.IsScaffold)
            return Make(AchievementStatus.SubplanCreated,
                unfilled == 0 ? "SUBPLAN written, no EXECUTION_TASK yet"
                    : $"SUBPLAN written, no EXECUTION_TASK yet ({unfilled} unfilled scaffold{(unfilled == 1 ? "" : "s")})", new[] { subplan });
        if (subplan != null)
            return Make(AchievementStatus.NotStarted, "the SUBPLAN is an unfilled scaffold ([TO BE FILLED markers)", new[] { subplan });
        return Make(AchievementStatus.NotStarted, feedback.Length > 0 ? "no SUBPLAN yet (feedback files only)" : "no SUBPLAN yet", Array.Empty<StatusFile>());
    }

    private static string Shorten(string s)
    {
        s = s.Replace("**", "").Trim();
        return s.Length <= 40 ? s : s.Substring(0, 39) + "…";
    }

    private static string? DriftOf(AchievementStatusInfo info)
    {
        var a = info.Achievement;
        string? plan = null, registry = null;
        if (a.PlanMarker != null && !info.Status.Equals(AchievementStatus.Complete))
            plan = $"the PLAN marks it '{a.PlanMarker}' (line {a.Line}), the files say {info.Status}";
        if (a.RegistryStatus != null)
        {
            var stored = ParseStored(a.RegistryStatus);
            if (stored == null) registry = $"parallel.json says '{a.RegistryStatus}', which is not a status; the files say {info.Status}";
            else if (!stored.Equals(info.Status)) registry = $"parallel.json says {stored}, the files say {info.Status}";
        }
        return plan == null ? registry : registry == null ? plan : plan + "; " + registry;
    }

    private static AchievementStatus? ParseStored(string text)
    {
        if (AchievementStatus.TryParse(text, out var s)) return s;
        var t = text.Trim().ToLowerInvariant();
        return t == "completed" || t == "done" || t == "approved" ? AchievementStatus.Complete
            : t == "started" || t == "executing" ? AchievementStatus.InProgress
            : null;
    }
}
