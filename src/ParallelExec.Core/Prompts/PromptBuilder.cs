using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ParallelExec.Diagnostics;
using ParallelExec.Graph;
using ParallelExec.Plans;
using ParallelExec.Registry;
using ParallelExec.Status;

namespace ParallelExec.Prompts;

/// <summary>
/// Builds the prompts that let an LLM create a plan's registry, or the SUBPLANs or EXECUTION_TASKs of a whole batch at
/// once. Deterministic (no clock, paths relative to the plan root) so that a change to a prompt shows as a diff.
/// Which achievements are included is decided from the statuses derived when the plan was read.
/// </summary>
public static class PromptBuilder
{
    private static readonly Regex ExecutionNumber = new Regex(@"_(\d+)_(\d+)(?:_[A-Za-z][A-Za-z0-9]*)*\.md$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>True when the status info's SUBPLAN is an unfilled scaffold (the status rules count it as not created).</summary>
    public static bool IsScaffold(AchievementStatusInfo info) =>
        info.SubplanPath != null && info.Status.Equals(AchievementStatus.NotStarted);

    /// <summary>The file name of an achievement's SUBPLAN by the conventions of DESIGN §1.</summary>
    public static string SubplanFileName(Achievement a) => PlanConventions.SubplanFileName(a);

    /// <summary>The file name of an achievement's execution number <paramref name="number"/>.</summary>
    public static string ExecutionFileName(Achievement a, int number) => PlanConventions.ExecutionFileName(a, number);

    public static string Relative(ParallelPlan plan, string full)
    {
        var root = Path.GetFullPath(plan.PlanRoot).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var path = Path.GetFullPath(full);
        var rel = path.StartsWith(root, StringComparison.Ordinal) ? path.Substring(root.Length) : path;
        return rel.Replace('\\', '/');
    }

    internal static void CheckCycles(ParallelPlan plan) =>
        plan.Graph.RequireAcyclic(plan.Name, plan.PlanPath, "no batch can be ordered while it stands", "Then ask again.");

    private static Dictionary<Achievement, AchievementStatusInfo> StatusMap(ParallelPlan plan)
    {
        var map = new Dictionary<Achievement, AchievementStatusInfo>();
        foreach (var s in plan.Statuses) map[s.Achievement] = s;
        return map;
    }

    private static string DependencyText(ParallelPlan plan, Achievement a, Dictionary<Achievement, AchievementStatusInfo> statuses)
    {
        if (a.Dependencies.Length == 0) return "none";
        return string.Join(", ", a.Dependencies.Select(d =>
        {
            var dep = plan.Find(d);
            var s = dep != null && statuses.TryGetValue(dep, out var info) ? info.Status.Value : "unknown";
            return $"{d} ({s})";
        }));
    }

    private static string Estimate(Achievement a) => a.EstimatedHours == null ? "not estimated" : RegistryWriter.Hours(a.EstimatedHours);

    private static void Bullets(StringBuilder sb, string title, string[] items, bool numbered)
    {
        if (items.Length == 0) { sb.Append("- ").Append(title).Append(": none given in the PLAN\n"); return; }
        sb.Append("- ").Append(title).Append(":\n");
        for (int i = 0; i < items.Length; i++)
            sb.Append("  ").Append(numbered ? (i + 1).ToString(CultureInfo.InvariantCulture) + "." : "-").Append(' ').Append(items[i]).Append('\n');
    }

    private static string Scope(IReadOnlyCollection<Achievement> requested)
    {
        var levels = requested.Select(a => a.Level).Distinct().ToArray();
        if (levels.Length == 1 && levels[0] is int l) return "level " + l.ToString(CultureInfo.InvariantCulture);
        return "achievements " + string.Join(", ", requested.Select(a => a.Id.ToString()));
    }

    // ---------------------------------------------------------------- discovery

    /// <summary>The prompt that asks an LLM to analyse a plan and return its parallel.json.</summary>
    public static BatchPrompt Discovery(ParallelPlan plan)
    {
        CheckCycles(plan);
        var sb = new StringBuilder();
        var planFile = Relative(plan, plan.PlanPath);
        sb.Append("# Parallel discovery: plan ").Append(plan.Name).Append("\n\n");
        sb.Append("Analyse the plan below and decide which of its achievements can run at the same time. ")
          .Append("Return its `parallel.json`: a dependency graph grouped into levels, where every achievement of a level may be worked on in parallel ")
          .Append("once all earlier levels are complete. The file must validate against `schemas/parallel.schema.json` (JSON Schema draft-07).\n\n");
        sb.Append("## Plan\n\n");
        sb.Append("- Name: ").Append(plan.Name).Append('\n');
        sb.Append("- PLAN file: ").Append(planFile).Append('\n');
        sb.Append("- Achievements: ").Append(plan.Achievements.Count.ToString(CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("- Write the result to: parallel.json at the plan root\n");
        if (plan.RegistryPath != null)
            sb.Append("- Existing registry: ").Append(Relative(plan, plan.RegistryPath))
              .Append(" (its edges are listed below as Registry; your answer replaces it, so correct what it gets wrong)\n");
        sb.Append('\n');

        sb.Append("## Achievements\n\n");
        foreach (var a in plan.Achievements)
        {
            sb.Append("### Achievement ").Append(a.Id.ToString()).Append(": ").Append(a.Title).Append("\n\n");
            sb.Append("- Goal: ").Append(string.IsNullOrWhiteSpace(a.Goal) ? "not stated in the PLAN" : a.Goal).Append('\n');
            sb.Append("- Estimated effort: ").Append(Estimate(a)).Append('\n');
            var declared = a.DependencyEdges.Where(e => e.Provenance != EdgeProvenance.Inferred).Select(e => e.To.ToString()).ToArray();
            sb.Append("- Declared dependencies: ")
              .Append(declared.Length > 0 ? string.Join(", ", declared) : a.DeclaresDependencies ? "none" : "none declared")
              .Append('\n');
            Bullets(sb, "Deliverables", a.Deliverables, numbered: true);
            sb.Append('\n');
        }

        sb.Append("## What the tool already derived\n\n");
        var declaredEdges = plan.Edges.Where(e => e.Provenance != EdgeProvenance.Inferred).ToArray();
        var assumedEdges = plan.Edges.Where(e => e.Provenance == EdgeProvenance.Inferred).ToArray();
        sb.Append("Edges read as \"A depends on B\" (A -> B), with where each comes from.\n\n");
        sb.Append("Stated edges (keep them unless they are wrong, and then say why):\n");
        if (declaredEdges.Length == 0) sb.Append("- none\n");
        foreach (var e in declaredEdges.OrderBy(e => e.From).ThenBy(e => e.To))
            sb.Append("- ").Append(e.From.ToString()).Append(" -> ").Append(e.To.ToString()).Append(" (").Append(e.Provenance.ToString()).Append(")\n");
        sb.Append("\nAssumed edges (only assumed, because nothing was declared; confirm or drop each one):\n");
        if (assumedEdges.Length == 0) sb.Append("- none\n");
        foreach (var e in assumedEdges.OrderBy(e => e.From).ThenBy(e => e.To))
            sb.Append("- ").Append(e.From.ToString()).Append(" -> ").Append(e.To.ToString()).Append('\n');
        sb.Append("\nLevels these edges give (1 + the longest chain of dependencies below each achievement):\n");
        foreach (var wave in plan.Achievements.Where(a => a.Wave != null).GroupBy(a => a.Wave!.Value).OrderBy(g => g.Key))
            sb.Append("- Level ").Append(wave.Key.ToString(CultureInfo.InvariantCulture)).Append(": ")
              .Append(string.Join(", ", wave.OrderBy(a => a.Id).Select(a => a.Id.ToString()))).Append('\n');
        if (plan.RegistryPath != null)
        {
            sb.Append("\nLevels the existing registry states (a level that holds an achievement together with one of its dependencies is wrong):\n");
            foreach (var level in plan.Achievements.Where(a => a.Level != null).GroupBy(a => a.Level!.Value).OrderBy(g => g.Key))
            {
                var members = level.OrderBy(a => a.Id).ToArray();
                var inside = members.SelectMany(a => a.Dependencies.Where(d => members.Any(m => m.Id == d)).Select(d => $"{a.Id} -> {d}")).ToArray();
                sb.Append("- Level ").Append(level.Key.ToString(CultureInfo.InvariantCulture)).Append(": ")
                  .Append(string.Join(", ", members.Select(a => a.Id.ToString())));
                if (inside.Length > 0) sb.Append(" (holds its own dependencies: ").Append(string.Join(", ", inside)).Append(')');
                sb.Append('\n');
            }
        }
        sb.Append('\n');

        sb.Append("## Three kinds of parallelism to look for\n\n");
        sb.Append("1. Several EXECUTIONs of one achievement: one achievement whose work splits into EXECUTION_TASKs that do not depend on each other (its SUBPLAN plans them).\n");
        sb.Append("2. Achievements of one priority: achievements with the same major number that do not need each other's results.\n");
        sb.Append("3. Across priorities: an achievement of a later priority that needs nothing from the earlier one may start early.\n\n");

        sb.Append("## Independence checklist\n\n");
        sb.Append("Two achievements may share a level only if all three hold; when in doubt, keep them in sequence:\n\n");
        sb.Append("- Technical: neither needs code, data, schemas or decisions that the other produces.\n");
        sb.Append("- Testing: each can be tested on its own, without the other's work being finished.\n");
        sb.Append("- Mergeability: they do not edit the same files or areas, so their work merges without conflicts.\n\n");

        sb.Append("## Output format\n\n");
        sb.Append("Return only the JSON document, in this shape:\n\n");
        sb.Append("```json\n");
        sb.Append("{\n");
        sb.Append("  \"plan\": \"").Append(plan.Name).Append("\",\n");
        sb.Append("  \"version\": \"1.0.0\",\n");
        sb.Append("  \"created\": \"<the current UTC time, such as 2025-01-31T12:00:00Z>\",\n");
        sb.Append("  \"levels\": [\n");
        sb.Append("    {\n");
        sb.Append("      \"level\": 1,\n");
        sb.Append("      \"achievements\": [\n");
        sb.Append("        {\n");
        sb.Append("          \"id\": \"1.1\",\n");
        sb.Append("          \"title\": \"<the achievement's title>\",\n");
        sb.Append("          \"dependencies\": [],\n");
        sb.Append("          \"blocks\": [\"1.2\"],\n");
        sb.Append("          \"estimated_hours\": \"4-6 hours\",\n");
        sb.Append("          \"subplan_path\": null,\n");
        sb.Append("          \"execution_paths\": []\n");
        sb.Append("        }\n");
        sb.Append("      ]\n");
        sb.Append("    }\n");
        sb.Append("  ],\n");
        sb.Append("  \"parallelization_strategy\": {\n");
        sb.Append("    \"total_sequential_time\": \"<sum of all estimates>\",\n");
        sb.Append("    \"total_parallel_time\": \"<the longest chain of estimates through the dependencies (the critical path)>\",\n");
        sb.Append("    \"time_saved\": \"<the difference>\",\n");
        sb.Append("    \"reduction_percentage\": \"<the difference as a percentage of the sequential time>\"\n");
        sb.Append("  }\n");
        sb.Append("}\n");
        sb.Append("```\n\n");
        sb.Append("Rules:\n\n");
        sb.Append("- List every achievement above exactly once, with its id and title as given.\n");
        sb.Append("- Number levels from 1 without gaps; every dependency of an achievement sits in an earlier level, never in its own.\n");
        sb.Append("- `blocks` mirrors `dependencies`: if 1.2 depends on 1.1, then 1.1 blocks 1.2.\n");
        sb.Append("- Leave out `status`: each achievement's status is derived from its files when asked, and a stored one is only compared with them.\n");
        sb.Append("- No cycles. If two achievements seem to need each other, keep the stated edge and explain the other one after the JSON.\n");
        sb.Append("- After the JSON, list in a few lines each assumed edge you dropped and why the achievements pass the independence checklist.\n");

        var target = Path.Combine(plan.PlanRoot, PlanConventions.RegistryFileName);
        return new BatchPrompt(BatchPromptKind.Discovery, plan, plan.Achievements.ToArray(), Array.Empty<SkippedAchievement>(),
            new[] { target }, sb.ToString(), 1, 1);
    }

    // ---------------------------------------------------------------- batches

    private sealed class Entry
    {
        public Entry(Achievement a) { Achievement = a; }
        public Achievement Achievement { get; }
        public List<string> Targets { get; } = new List<string>();
        public string Block { get; set; } = "";
    }

    /// <summary>The prompt(s) that ask for the missing SUBPLANs of the requested achievements.</summary>
    public static BatchResult Subplans(ParallelPlan plan, IReadOnlyCollection<Achievement> requested, PromptOptions options)
    {
        CheckCycles(plan);
        var statuses = StatusMap(plan);
        var entries = new List<Entry>();
        var skipped = new List<SkippedAchievement>();
        foreach (var a in requested.OrderBy(x => x.Id))
        {
            statuses.TryGetValue(a, out var info);
            var reason = info == null ? null : SubplanSkipReason(plan, info);
            if (reason != null) { skipped.Add(new SkippedAchievement(a, reason)); continue; }
            var e = new Entry(a);
            var target = info?.SubplanPath != null && IsScaffold(info)
                ? info.SubplanPath
                : PlanConventions.SubplanPath(a);
            e.Targets.Add(target);
            e.Block = SubplanBlock(plan, a, info, target, statuses);
            entries.Add(e);
        }
        var siblings = requested.OrderBy(x => x.Id).ToArray();
        return Pack(BatchPromptKind.Subplan, plan, requested, entries, skipped.ToArray(), options,
            (part, count, list) => SubplanText(plan, requested, siblings, list, skipped, part, count));
    }

    private static string? SubplanSkipReason(ParallelPlan plan, AchievementStatusInfo info)
    {
        if (info.Status.Equals(AchievementStatus.Skipped)) return "skipped (a SKIPPED file says so)";
        if (info.Status.Equals(AchievementStatus.Complete)) return "already complete";
        if (info.SubplanPath != null && !IsScaffold(info)) return "already has a SUBPLAN (" + Relative(plan, info.SubplanPath) + ")";
        if (info.Readiness == Readiness.Blocked)
            return "blocked by a failed dependency (" + string.Join(", ", info.BlockedBy.Select(b => b.ToString())) + ")";
        return null;
    }

    private static string SubplanBlock(ParallelPlan plan, Achievement a, AchievementStatusInfo? info, string target,
        Dictionary<Achievement, AchievementStatusInfo> statuses)
    {
        var sb = new StringBuilder();
        sb.Append("### Achievement ").Append(a.Id.ToString()).Append(": ").Append(a.Title).Append("\n\n");
        sb.Append("- Create: ").Append(Relative(plan, target)).Append('\n');
        if (info != null && IsScaffold(info)) sb.Append("- The file exists as an unfilled scaffold: fill it in, keeping its header lines.\n");
        sb.Append("- Goal: ").Append(string.IsNullOrWhiteSpace(a.Goal) ? "not stated in the PLAN" : a.Goal).Append('\n');
        sb.Append("- Estimated effort: ").Append(Estimate(a)).Append('\n');
        sb.Append("- Dependencies: ").Append(DependencyText(plan, a, statuses)).Append('\n');
        if (info != null && info.Readiness == Readiness.Waiting)
            sb.Append("- Note: its dependencies are not complete yet. Design the SUBPLAN now, and say in its Dependencies section what it needs from them before execution can start.\n");
        Bullets(sb, "Deliverables", a.Deliverables, numbered: true);
        Bullets(sb, "Success criteria", a.SuccessCriteria, numbered: false);
        sb.Append('\n');
        return sb.ToString();
    }

    private static string SubplanText(ParallelPlan plan, IReadOnlyCollection<Achievement> requested, Achievement[] siblings,
        List<Entry> list, List<SkippedAchievement> skipped, int part, int count)
    {
        var sb = new StringBuilder();
        sb.Append("# Create SUBPLANs: plan ").Append(plan.Name).Append(", ").Append(Scope(requested));
        if (count > 1) sb.Append(" (part ").Append(part.ToString(CultureInfo.InvariantCulture)).Append(" of ").Append(count.ToString(CultureInfo.InvariantCulture)).Append(')');
        sb.Append("\n\n");
        sb.Append("You are designing work for the plan ").Append(plan.Name).Append(" (PLAN file: ").Append(Relative(plan, plan.PlanPath)).Append("). ")
          .Append("Create the ").Append(list.Count == 1 ? "SUBPLAN" : list.Count.ToString(CultureInfo.InvariantCulture) + " SUBPLANs")
          .Append(" below in one pass. The achievements of this batch may run at the same time, so design each SUBPLAN to be executed independently of the others.\n\n");
        sb.Append("## Files to create\n\n");
        foreach (var e in list)
            sb.Append("- ").Append(Relative(plan, e.Targets[0])).Append(" (Achievement ").Append(e.Achievement.Id.ToString()).Append(": ").Append(e.Achievement.Title).Append(")\n");
        sb.Append('\n');
        sb.Append("## Achievements\n\n");
        foreach (var e in list) sb.Append(e.Block);
        AppendSkipped(sb, plan, skipped);
        sb.Append("## SUBPLAN structure to follow\n\n");
        sb.Append("Each file starts with these lines (the tools read them back; keep the words before the colons as they are):\n\n");
        sb.Append("```markdown\n");
        sb.Append("# SUBPLAN: <achievement title>\n\n");
        sb.Append("**Type**: SUBPLAN\n");
        sb.Append("**Plan**: ").Append(plan.Name).Append('\n');
        sb.Append("**Achievement**: <X.Y>\n");
        sb.Append("**Status**: Design Complete\n");
        sb.Append("**Created**: <today, YYYY-MM-DD>\n");
        sb.Append("**Estimated Effort**: <hours>\n");
        sb.Append("```\n\n");
        sb.Append("Then these sections, each filled in:\n\n");
        sb.Append("1. `## Objective`: what the achievement delivers and why.\n");
        sb.Append("2. `## Deliverables`: the files and features it creates or changes.\n");
        sb.Append("3. `## Approach`: how, step by step.\n");
        sb.Append("4. `## Execution Strategy`: one EXECUTION_TASK, or several that may run in parallel.\n");
        sb.Append("5. `## Tests Required`: the tests that prove it works.\n");
        sb.Append("6. `## Expected Results`: what is true when it is done.\n");
        sb.Append("7. `## Success Criteria`: checkable items, from the PLAN's criteria above.\n");
        sb.Append("8. `## Dependencies`: what it needs from other achievements, and whether that is complete.\n");
        sb.Append("9. `## Conflict Analysis with Other Subplans`: the files and areas it shares with ")
          .Append(siblings.Length > 1 ? "the other achievements of this batch (" + string.Join(", ", siblings.Select(s => s.Id.ToString())) + ")" : "the other achievements of its level")
          .Append(", and whether they can still be executed and merged in parallel.\n");
        sb.Append("10. `## Active EXECUTION_TASKs`: a table of the planned executions, for example:\n\n");
        sb.Append("```markdown\n");
        sb.Append("| Execution | Status     | File | Estimate | Dependencies |\n");
        sb.Append("| --------- | ---------- | ---- | -------- | ------------ |\n");
        sb.Append("| NN_01     | ⏳ Pending | EXECUTION_TASK_").Append(plan.Name).Append("_NN_01.md | 2h | None |\n");
        sb.Append("| NN_02     | ⏳ Pending | EXECUTION_TASK_").Append(plan.Name).Append("_NN_02.md | 1h | NN_01 |\n");
        sb.Append("```\n\n");
        sb.Append("NN is the achievement id without its dot (3.1 -> 31). List one row when the achievement needs a single execution; executions whose Dependencies column does not name each other may run at the same time.\n\n");
        sb.Append("## Rules\n\n");
        sb.Append("- Create exactly the files listed under \"Files to create\", at those paths relative to the plan root; do not create EXECUTION_TASKs yet.\n");
        sb.Append("- Do not change the PLAN, parallel.json or any other file.\n");
        sb.Append("- Leave no `[TO BE FILLED` marker: a SUBPLAN that still holds one counts as not created.\n");
        sb.Append("- If you cannot finish every file, finish some completely rather than all partly: the missing ones can be asked for again.\n");
        return sb.ToString();
    }

    private static void AppendSkipped(StringBuilder sb, ParallelPlan plan, List<SkippedAchievement> skipped)
    {
        if (skipped.Count == 0) return;
        sb.Append("## Not in this batch\n\n");
        foreach (var s in skipped)
            sb.Append("- ").Append(s.Id.ToString()).Append(' ').Append(s.Title).Append(": ").Append(s.Reason).Append('\n');
        sb.Append('\n');
    }

    /// <summary>The prompt(s) that ask for the missing EXECUTION_TASKs of the requested achievements.</summary>
    public static BatchResult Executions(ParallelPlan plan, IReadOnlyCollection<Achievement> requested, PromptOptions options)
    {
        CheckCycles(plan);
        var statuses = StatusMap(plan);
        var entries = new List<Entry>();
        var skipped = new List<SkippedAchievement>();
        foreach (var a in requested.OrderBy(x => x.Id))
        {
            if (!statuses.TryGetValue(a, out var info)) { skipped.Add(new SkippedAchievement(a, "no status could be derived")); continue; }
            string? reason = null;
            if (info.Status.Equals(AchievementStatus.Skipped)) reason = "skipped (a SKIPPED file says so)";
            else if (info.Status.Equals(AchievementStatus.Complete)) reason = "already complete";
            else if (info.Status.Equals(AchievementStatus.Failed)) reason = "failed: its review asked for fixes; write the fix rather than new EXECUTION_TASKs";
            else if (info.SubplanPath == null || IsScaffold(info))
            {
                if (options.Strict)
                    throw ParallelExecException.Create(ErrorCodes.SubplanMissing,
                        $"Achievement {a.Id} of plan {plan.Name} has no SUBPLAN; its EXECUTION_TASKs cannot be planned.", plan.PlanPath,
                        "Create its SUBPLAN first (New-BatchSubplanPrompt), or leave out -Strict to skip it.", target: a.Id.ToString());
                reason = info.SubplanPath == null ? "SUBPLAN missing (create it first with New-BatchSubplanPrompt)" : "SUBPLAN is an unfilled scaffold (fill it in first)";
            }
            else if (info.Readiness == Readiness.Blocked)
                reason = "blocked by a failed dependency (" + string.Join(", ", info.BlockedBy.Select(b => b.ToString())) + ")";
            else if (info.Readiness == Readiness.Waiting && !options.IgnoreDependencies)
                reason = "waiting on unfinished dependencies (" + DependencyText(plan, a, statuses) + ")";
            if (reason != null) { skipped.Add(new SkippedAchievement(a, reason)); continue; }

            // An unfilled scaffold (-Scaffold's skeleton) is not created yet: it is asked for again, at its own path.
            var filled = info.ExecutionPaths.Where(p => !IsUnfilledExecution(p)).ToArray();
            var existing = new HashSet<int>();
            foreach (var p in filled)
            {
                var m = ExecutionNumber.Match(Path.GetFileName(p));
                if (m.Success) existing.Add(int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
            }
            var planned = a.PlannedExecutions;
            List<PlannedExecution> missing;
            if (planned.Length == 0)
            {
                if (filled.Length > 0)
                {
                    skipped.Add(new SkippedAchievement(a, "already has its EXECUTION_TASK (its SUBPLAN plans a single one)"));
                    continue;
                }
                missing = new List<PlannedExecution> { new PlannedExecution(1, a.Id.FileSuffix + "_01", null, null, null, Array.Empty<int>()) };
            }
            else
            {
                missing = planned.Where(p => !existing.Contains(p.Number)).ToList();
                if (missing.Count == 0)
                {
                    skipped.Add(new SkippedAchievement(a, $"every EXECUTION_TASK its SUBPLAN plans exists ({planned.Length})"));
                    continue;
                }
            }
            var e = new Entry(a);
            foreach (var p in missing) e.Targets.Add(PlanConventions.ExecutionPath(a, p.Number));
            e.Block = ExecutionBlock(plan, a, info, filled, planned, missing, existing, statuses);
            entries.Add(e);
        }
        return Pack(BatchPromptKind.Execution, plan, requested, entries, skipped.ToArray(), options,
            (part, count, list) => ExecutionText(plan, requested, list, skipped, part, count));
    }


    /// <summary>True for an EXECUTION_TASK that is still the skeleton -Scaffold wrote (its Status says [TO BE FILLED]).</summary>
    internal static bool IsUnfilledExecution(string path) =>
        File.Exists(path) && new StatusFile(path, Path.GetFileName(path), StatusFileKind.Execution, "", null).IsScaffold;

    private static string ExecutionBlock(ParallelPlan plan, Achievement a, AchievementStatusInfo info, string[] filled, PlannedExecution[] planned,
        List<PlannedExecution> missing, HashSet<int> existing, Dictionary<Achievement, AchievementStatusInfo> statuses)
    {
        var sb = new StringBuilder();
        sb.Append("### Achievement ").Append(a.Id.ToString()).Append(": ").Append(a.Title).Append("\n\n");
        sb.Append("- SUBPLAN: ").Append(Relative(plan, info.SubplanPath!)).Append('\n');
        sb.Append("- Goal: ").Append(string.IsNullOrWhiteSpace(a.Goal) ? "not stated in the PLAN" : a.Goal).Append('\n');
        sb.Append("- Estimated effort: ").Append(Estimate(a)).Append('\n');
        sb.Append("- Dependencies: ").Append(DependencyText(plan, a, statuses)).Append('\n');
        if (info.Readiness == Readiness.Waiting)
            sb.Append("- Note: its dependencies are not complete yet (included because dependencies were ignored): do not start executing before they are.\n");
        if (existing.Count > 0)
            sb.Append("- Existing EXECUTION_TASKs: ").Append(string.Join(", ", filled.Select(p => Path.GetFileName(p)))).Append('\n');
        sb.Append("- Create:\n");
        foreach (var p in missing)
        {
            sb.Append("  - ").Append("execution/").Append(ExecutionFileName(a, p.Number)).Append(" (execution ").Append(a.Id.FileSuffix).Append('_')
              .Append(p.Number.ToString("00", CultureInfo.InvariantCulture));
            if (p.Estimate != null) sb.Append(", estimate ").Append(p.Estimate);
            if (p.DependsOn.Length > 0) sb.Append(", after ").Append(string.Join(", ", p.DependsOn.Select(d => a.Id.FileSuffix + "_" + d.ToString("00", CultureInfo.InvariantCulture))));
            sb.Append(')');
            if (File.Exists(PlanConventions.ExecutionPath(a, p.Number)))
                sb.Append(": the file exists as an unfilled scaffold; fill it in, keeping its header lines");
            sb.Append('\n');
        }
        if (missing.Count > 1)
        {
            sb.Append("- May run at the same time:\n");
            foreach (var group in Waves(planned, missing))
                sb.Append("  - ").Append(string.Join(", ", group.Select(p => a.Id.FileSuffix + "_" + p.Number.ToString("00", CultureInfo.InvariantCulture)))).Append('\n');
        }
        sb.Append("\nWhat the SUBPLAN says:\n\n");
        string text;
        try { text = PlanText.Repair(File.ReadAllText(info.SubplanPath!)); }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException) { text = "(the SUBPLAN could not be read: " + ex.Message + ")"; }
        sb.Append("~~~~~markdown\n").Append(text.Replace("\r\n", "\n").TrimEnd('\n')).Append("\n~~~~~\n\n");
        return sb.ToString();
    }

    /// <summary>The missing executions grouped by wave of the SUBPLAN's table: each group may run at the same time.</summary>
    private static IEnumerable<List<PlannedExecution>> Waves(PlannedExecution[] planned, List<PlannedExecution> missing)
    {
        var byNumber = planned.ToDictionary(p => p.Number);
        var wave = new Dictionary<int, int>();
        int WaveOf(int n, int depth)
        {
            if (wave.TryGetValue(n, out var w)) return w;
            if (depth > planned.Length || !byNumber.TryGetValue(n, out var p)) return 0;
            int best = 0;
            foreach (var d in p.DependsOn) best = Math.Max(best, WaveOf(d, depth + 1));
            wave[n] = best + 1;
            return best + 1;
        }
        return missing.GroupBy(p => WaveOf(p.Number, 0)).OrderBy(g => g.Key).Select(g => g.ToList());
    }

    private static string ExecutionText(ParallelPlan plan, IReadOnlyCollection<Achievement> requested, List<Entry> list,
        List<SkippedAchievement> skipped, int part, int count)
    {
        int files = list.Sum(e => e.Targets.Count);
        var sb = new StringBuilder();
        sb.Append("# Create EXECUTION_TASKs: plan ").Append(plan.Name).Append(", ").Append(Scope(requested));
        if (count > 1) sb.Append(" (part ").Append(part.ToString(CultureInfo.InvariantCulture)).Append(" of ").Append(count.ToString(CultureInfo.InvariantCulture)).Append(')');
        sb.Append("\n\n");
        sb.Append("You are preparing the execution of the plan ").Append(plan.Name).Append(" (PLAN file: ").Append(Relative(plan, plan.PlanPath)).Append("). ")
          .Append("Create the ").Append(files == 1 ? "EXECUTION_TASK" : files.ToString(CultureInfo.InvariantCulture) + " EXECUTION_TASKs")
          .Append(" below in one pass, each from its achievement's SUBPLAN. Achievements of this batch may be executed at the same time by different executors.\n\n");
        sb.Append("## Files to create\n\n");
        foreach (var e in list)
            foreach (var t in e.Targets)
                sb.Append("- ").Append(Relative(plan, t)).Append(" (Achievement ").Append(e.Achievement.Id.ToString()).Append(")\n");
        sb.Append('\n');
        sb.Append("## Achievements\n\n");
        foreach (var e in list) sb.Append(e.Block);
        AppendSkipped(sb, plan, skipped);
        sb.Append("## EXECUTION_TASK structure to follow\n\n");
        sb.Append("Each file starts with these lines (the tools read them back; keep the words before the colons as they are):\n\n");
        sb.Append("```markdown\n");
        sb.Append("# EXECUTION_TASK: <what this execution does>\n\n");
        sb.Append("**SUBPLAN**: SUBPLAN_").Append(plan.Name).Append("_<NN>\n");
        sb.Append("**Achievement**: <X.Y>\n");
        sb.Append("**Status**: Pending\n");
        sb.Append("**Created**: <today, YYYY-MM-DD>\n");
        sb.Append("**Execution Number**: <MM>\n");
        sb.Append("```\n\n");
        sb.Append("Then these sections:\n\n");
        sb.Append("1. `## SUBPLAN Context`: what the SUBPLAN decided that this execution carries out.\n");
        sb.Append("2. `## Objective`: the concrete result of this execution, and how it is tested.\n");
        sb.Append("3. `## Iteration Log`: empty for now; the executor records each iteration here.\n");
        sb.Append("4. `## Learning Summary`: empty for now.\n");
        sb.Append("5. `## Completion Status`: the checklist that says when it is done.\n\n");
        sb.Append("## Rules\n\n");
        sb.Append("- Create exactly the files listed under \"Files to create\", at those paths relative to the plan root.\n");
        sb.Append("- Keep `**Status**: Pending`: creating a task does not start it.\n");
        sb.Append("- Do not change the PLAN, the SUBPLANs, parallel.json or any other file.\n");
        sb.Append("- If you cannot finish every file, finish some completely rather than all partly: the missing ones can be asked for again.\n");
        return sb.ToString();
    }

    // ---------------------------------------------------------------- splitting

    private static BatchResult Pack(BatchPromptKind kind, ParallelPlan plan, IReadOnlyCollection<Achievement> requested, List<Entry> entries,
        SkippedAchievement[] skipped, PromptOptions options, Func<int, int, List<Entry>, string> render)
    {
        if (entries.Count == 0) return new BatchResult(Array.Empty<BatchPrompt>(), skipped);
        var groups = new List<List<Entry>>();
        if (options.MaxCharacters is int max)
        {
            // Budget a little under the maximum for the "(part i of n)" text that is only known at the end.
            int budget = max - 24;
            var current = new List<Entry>();
            foreach (var e in entries)
            {
                var trial = new List<Entry>(current) { e };
                if (render(1, 1, trial).Length <= budget) { current = trial; continue; }
                if (current.Count == 0 || render(1, 1, new List<Entry> { e }).Length > budget)
                {
                    int needed = render(1, 2, new List<Entry> { e }).Length + 24;
                    throw ParallelExecException.Create(ErrorCodes.PromptTooLarge,
                        $"The prompt for Achievement {e.Achievement.Id} of plan {plan.Name} alone needs {needed} characters, more than -MaxCharacters {max}.",
                        plan.PlanPath, $"Raise -MaxCharacters to at least {needed}.", target: e.Achievement.Id.ToString());
                }
                groups.Add(current);
                current = new List<Entry> { e };
            }
            groups.Add(current);
        }
        else groups.Add(entries);

        var prompts = new BatchPrompt[groups.Count];
        for (int i = 0; i < groups.Count; i++)
        {
            var list = groups[i];
            prompts[i] = new BatchPrompt(kind, plan, list.Select(e => e.Achievement).ToArray(), skipped,
                list.SelectMany(e => e.Targets).ToArray(), render(i + 1, groups.Count, list), i + 1, groups.Count)
            {
                TargetAchievements = list.SelectMany(e => e.Targets.Select(_ => (Achievement?)e.Achievement)).ToArray(),
            };
        }
        return new BatchResult(prompts, skipped);
    }
}
