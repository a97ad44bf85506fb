using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ParallelExec.Prompts;
using Xunit;

namespace ParallelExec.Tests
{
    public class PromptTests
    {
        private const string Demo = @"# PLAN: Demo

**Achievement 1.1**: First Thing (2h)

- **Goal**: Do the first thing
- **Deliverables**:
  1. first.txt
- **Success Criteria**:
  - it works
- **Dependencies**: None

**Achievement 2.1**: Alpha (1h)

- **Goal**: Alpha goal
- **Dependencies**: 1.1

**Achievement 2.2**: Beta (2-3h)

- **Dependencies**: 1.1

**Achievement 2.3**: Gamma

- **Dependencies**: 1.1
";

        private const string SubplanWithTable = @"# SUBPLAN: Alpha

**Type**: SUBPLAN
**Plan**: DEMO
**Achievement**: 2.1
**Status**: Design Complete

## 🔄 Active EXECUTION_TASKs

| Execution | Status      | File                        | Time | Dependencies |
| --------- | ----------- | --------------------------- | ---- | ------------ |
| 21_01     | ✅ Complete | EXECUTION_TASK_DEMO_21_01.md | 4h   | None         |
| 21_02     | ⏳ Next     | EXECUTION_TASK_DEMO_21_02.md | 1h   | 21_01        |
| 21_03     | Planning    | EXECUTION_TASK_DEMO_21_03.md | 1h   | 21_01        |
| 21_04     | Planning    | EXECUTION_TASK_DEMO_21_04.md | 2h   | 21_02, 21_03 |

---
";

        private static ParallelPlan LoadDemo(TempDir dir) => Load.Plan(dir.Path);

        private static Achievement[] Level(ParallelPlan p, int level) => p.Achievements.Where(a => a.Level == level).ToArray();

        private static string Subplan(string id) =>
            $"# SUBPLAN: X\n\n**Type**: SUBPLAN\n**Plan**: DEMO\n**Achievement**: {id}\n**Status**: Design Complete\n\n## Objective\n\nDone.\n";

        [Fact]
        public void SubplanReaderReadsTheActiveExecutionTable()
        {
            var planned = SubplanReader.Parse(SubplanWithTable);
            Assert.Equal(new[] { 1, 2, 3, 4 }, planned.Select(p => p.Number));
            Assert.Equal("21_02", planned[1].Label);
            Assert.Equal("EXECUTION_TASK_DEMO_21_02.md", planned[1].File);
            Assert.Equal("1h", planned[1].Estimate);
            Assert.Equal(new[] { 1 }, planned[1].DependsOn);
            Assert.Equal(new[] { 2, 3 }, planned[3].DependsOn);
            Assert.Empty(SubplanReader.Parse("# SUBPLAN: X\n\n## Approach\n\n| a | b |\n|---|---|\n| 21_01 | x |\n"));
        }

        [Fact]
        public void SubplanPromptTargetsOnlyTheMissingSubplans()
        {
            using var dir = new TempDir();
            dir.Write("PLAN_DEMO.md", Demo);
            var first = PromptBuilder.Subplans(LoadDemo(dir), Level(LoadDemo(dir), 2), new PromptOptions());
            var prompt = Assert.Single(first.Prompts);
            Assert.Equal(BatchPromptKind.Subplan, prompt.KindValue);
            Assert.Equal(new[] { "SUBPLAN_DEMO_21.md", "SUBPLAN_DEMO_22.md", "SUBPLAN_DEMO_23.md" }, prompt.TargetPaths.Select(Path.GetFileName));
            Assert.All(prompt.TargetPaths, t => Assert.Equal(Path.Combine(dir.Path, "subplans"), Path.GetDirectoryName(t)));
            Assert.Contains("- subplans/SUBPLAN_DEMO_21.md (Achievement 2.1: Alpha)", prompt.Text);
            Assert.Contains("Dependencies: 1.1 (not_started)", prompt.Text);
            Assert.Equal(prompt.Text, prompt.ToString());
            Assert.Equal(prompt.Text.Length, prompt.CharacterCount);
            Assert.DoesNotContain(dir.Path, prompt.Text);

            dir.Write("subplans/SUBPLAN_DEMO_22.md", Subplan("2.2"));
            var plan = LoadDemo(dir);
            var again = PromptBuilder.Subplans(plan, Level(plan, 2), new PromptOptions());
            Assert.Equal(new[] { "SUBPLAN_DEMO_21.md", "SUBPLAN_DEMO_23.md" }, Assert.Single(again.Prompts).TargetPaths.Select(Path.GetFileName));
            var skipped = Assert.Single(again.Skipped);
            Assert.Equal("2.2", skipped.Key.ToString());
            Assert.Contains("already has a SUBPLAN", skipped.Reason);
        }

        [Fact]
        public void AnUnfilledScaffoldIsStillAskedForAtItsOwnPath()
        {
            using var dir = new TempDir();
            dir.Write("PLAN_DEMO.md", Demo);
            dir.Write("subplans/SUBPLAN_DEMO_21.md", "# SUBPLAN: X\n\n**Achievement**: 2.1\n\n## Objective\n\n[TO BE FILLED]\n");
            var plan = LoadDemo(dir);
            var prompt = Assert.Single(PromptBuilder.Subplans(plan, Level(plan, 2), new PromptOptions()).Prompts);
            Assert.Equal(3, prompt.TargetPaths.Length);
            Assert.Contains("unfilled scaffold", prompt.Text);
        }

        [Fact]
        public void ExecutionPromptSkipsWithReasonsAndStrictThrows()
        {
            using var dir = new TempDir();
            dir.Write("PLAN_DEMO.md", Demo);
            dir.Write("subplans/SUBPLAN_DEMO_21.md", Subplan("2.1"));
            var plan = LoadDemo(dir);
            var waiting = PromptBuilder.Executions(plan, Level(plan, 2), new PromptOptions());
            Assert.Empty(waiting.Prompts);
            Assert.Contains("waiting on unfinished dependencies (1.1 (not_started))", waiting.Skipped.Single(s => s.Key.ToString() == "2.1").Reason);
            Assert.Contains("SUBPLAN missing", waiting.Skipped.Single(s => s.Key.ToString() == "2.2").Reason);

            var ignoring = PromptBuilder.Executions(plan, Level(plan, 2), new PromptOptions { IgnoreDependencies = true });
            var prompt = Assert.Single(ignoring.Prompts);
            Assert.Equal("EXECUTION_TASK_DEMO_21_01.md", Path.GetFileName(Assert.Single(prompt.TargetPaths)));
            Assert.Equal(Path.Combine(dir.Path, "execution"), Path.GetDirectoryName(prompt.TargetPaths[0]));
            Assert.Contains("What the SUBPLAN says", prompt.Text);
            Assert.Equal(2, ignoring.Skipped.Length);

            var e = Assert.Throws<ParallelExecException>(() =>
                PromptBuilder.Executions(plan, Level(plan, 2), new PromptOptions { Strict = true, IgnoreDependencies = true }));
            Assert.Equal("SubplanMissing", e.Diagnostic.Code);
            Assert.Equal("2.2", e.Diagnostic.Target);
        }

        [Fact]
        public void ExecutionPromptAsksForEveryPlannedExecutionStillMissing()
        {
            using var dir = new TempDir();
            dir.Write("PLAN_DEMO.md", Demo);
            dir.Write("subplans/SUBPLAN_DEMO_21.md", SubplanWithTable);
            dir.Write("execution/EXECUTION_TASK_DEMO_21_01.md", "# EXECUTION_TASK: X\n\n**Achievement**: 2.1\n**Status**: Pending\n");
            var plan = LoadDemo(dir);
            var alpha = plan.Find(AchievementId.Parse("2.1"))!;
            Assert.Equal(4, PlannedExecutionReader.For(alpha).Length);
            Assert.Empty(PlannedExecutionReader.For(plan.Find(AchievementId.Parse("2.2"))!));

            var prompt = Assert.Single(PromptBuilder.Executions(plan, new[] { alpha }, new PromptOptions { IgnoreDependencies = true }).Prompts);
            Assert.Equal(new[] { "EXECUTION_TASK_DEMO_21_02.md", "EXECUTION_TASK_DEMO_21_03.md", "EXECUTION_TASK_DEMO_21_04.md" },
                prompt.TargetPaths.Select(Path.GetFileName));
            Assert.Contains("- May run at the same time:\n  - 21_02, 21_03\n  - 21_04\n", prompt.Text);
            Assert.Contains("(execution 21_04, estimate 2h, after 21_02, 21_03)", prompt.Text);
        }

        [Fact]
        public void WithoutATableTheNextFreeNumberIsUsedOnlyWhenNoneExists()
        {
            using var dir = new TempDir();
            dir.Write("PLAN_DEMO.md", Demo);
            dir.Write("subplans/SUBPLAN_DEMO_22.md", Subplan("2.2"));
            dir.Write("execution/EXECUTION_TASK_DEMO_22_01.md", "# EXECUTION_TASK: X\n\n**Achievement**: 2.2\n**Status**: Pending\n");
            var plan = LoadDemo(dir);
            var r = PromptBuilder.Executions(plan, new[] { plan.Find(AchievementId.Parse("2.2"))! }, new PromptOptions { IgnoreDependencies = true });
            Assert.Empty(r.Prompts);
            Assert.Contains("already has its EXECUTION_TASK", Assert.Single(r.Skipped).Reason);
        }

        [Fact]
        public void ACycleIsAnErrorNamingIt()
        {
            using var dir = new TempDir();
            dir.Write("PLAN_DEMO.md", "# PLAN: C\n\n**Achievement 1.1**: A\n\n- **Dependencies**: 1.2\n\n**Achievement 1.2**: B\n\n- **Dependencies**: 1.1\n");
            var plan = LoadDemo(dir);
            var e = Assert.Throws<ParallelExecException>(() => PromptBuilder.Subplans(plan, plan.Achievements.ToArray(), new PromptOptions()));
            Assert.Equal("CircularDependency", e.Diagnostic.Code);
            Assert.Contains("1.1 -> 1.2 -> 1.1", e.Diagnostic.Message.Replace("1.2 -> 1.1 -> 1.2", "1.1 -> 1.2 -> 1.1"));
            Assert.Throws<ParallelExecException>(() => PromptBuilder.Discovery(plan));
        }

        [Fact]
        public void MaxCharactersSplitsALargeLevelIntoWholeAchievements()
        {
            using var dir = new TempDir();
            var sb = new StringBuilder("# PLAN: Big\n\n");
            for (int i = 1; i <= 20; i++)
                sb.Append($"**Achievement 1.{i}**: Thing {i} (2h)\n\n- **Goal**: {new string('g', 300)}\n- **Deliverables**:\n  1. file{i}.txt\n- **Dependencies**: None\n\n");
            dir.Write("PLAN_BIG.md", sb.ToString());
            var plan = LoadDemo(dir);
            var whole = Assert.Single(PromptBuilder.Subplans(plan, plan.Achievements.ToArray(), new PromptOptions()).Prompts);
            Assert.Equal(20, whole.TargetPaths.Length);
            Assert.True(whole.CharacterCount > 8000);

            var parts = PromptBuilder.Subplans(plan, plan.Achievements.ToArray(), new PromptOptions { MaxCharacters = 6000 }).Prompts;
            Assert.True(parts.Length > 1);
            Assert.All(parts, p => Assert.True(p.CharacterCount <= 6000, $"part {p.PartNumber} has {p.CharacterCount} characters"));
            Assert.All(parts, p => Assert.Equal(parts.Length, p.PartCount));
            Assert.Equal(whole.TargetPaths, parts.SelectMany(p => p.TargetPaths));
            Assert.Contains($"(part 2 of {parts.Length})", parts[1].Text);

            var e = Assert.Throws<ParallelExecException>(() => PromptBuilder.Subplans(plan, plan.Achievements.ToArray(), new PromptOptions { MaxCharacters = 1000 }));
            Assert.Equal("PromptTooLarge", e.Diagnostic.Code);
        }

        [Fact]
        public void DiscoveryPromptSaysWhatIsAssumed()
        {
            using var dir = new TempDir();
            dir.Write("PLAN_DEMO.md", Demo + "\n**Achievement 3.1**: Undeclared\n\n- **Goal**: g\n");
            var plan = LoadDemo(dir);
            var p = PromptBuilder.Discovery(plan);
            Assert.Equal(BatchPromptKind.Discovery, p.KindValue);
            Assert.Equal(Path.Combine(dir.Path, "parallel.json"), Assert.Single(p.TargetPaths));
            Assert.Contains("- 2.1 -> 1.1 (Declared)", p.Text);
            Assert.Contains("Assumed edges (only assumed, because nothing was declared; confirm or drop each one):\n- 3.1 -> 2.3\n", p.Text);
            Assert.Contains("Mergeability", p.Text);
            Assert.Contains("schemas/parallel.schema.json", p.Text);
        }

        private static Dictionary<string, string> Snapshot(string root)
        {
            var map = new Dictionary<string, string>();
            foreach (var d in Directory.GetDirectories(root, "*", SearchOption.AllDirectories)) map[d] = "dir";
            foreach (var f in Directory.GetFiles(root, "*", SearchOption.AllDirectories)) map[f] = BatchScaffolder.Sha256(f);
            return map;
        }

        [Fact]
        public void ScaffoldThenUndoLeavesTheFolderIdenticalAndKeepsEditedFiles()
        {
            using var dir = new TempDir();
            dir.Write("PLAN_DEMO.md", Demo);
            var before = Snapshot(dir.Path);
            var plan = LoadDemo(dir);
            var prompt = Assert.Single(PromptBuilder.Subplans(plan, Level(plan, 2), new PromptOptions()).Prompts);
            var record = BatchScaffolder.Scaffold(prompt, prompt.TargetPaths, new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc))!;
            Assert.Equal(3, record.Files.Length);
            Assert.True(File.Exists(record.RecordPath));
            Assert.Contains(".parallel", record.CreatedFolders);
            Assert.All(prompt.TargetPaths, t => Assert.Contains("[TO BE FILLED", File.ReadAllText(t)));

            // The status rules count the skeletons as not created: the same prompt still asks for all three.
            var replan = LoadDemo(dir);
            Assert.Equal(3, Assert.Single(PromptBuilder.Subplans(replan, Level(replan, 2), new PromptOptions()).Prompts).TargetPaths.Length);
            Assert.Throws<ParallelExecException>(() => BatchScaffolder.Scaffold(prompt, prompt.TargetPaths, DateTime.UtcNow));

            File.AppendAllText(prompt.TargetPaths[1], "edited\n");
            var first = BatchUndo.Undo(BatchUndo.Load(dir.Path, null), _ => true);
            Assert.Equal(new[] { BatchUndoAction.Removed, BatchUndoAction.Kept, BatchUndoAction.Removed }, first.Select(r => r.ActionValue));
            Assert.True(File.Exists(prompt.TargetPaths[1]));
            Assert.True(File.Exists(record.RecordPath)); // kept while an edited file remains

            File.Delete(prompt.TargetPaths[1]);
            var second = BatchUndo.Undo(BatchUndo.Load(dir.Path, record.Id), _ => true);
            Assert.All(second, r => Assert.Equal(BatchUndoAction.AlreadyGone, r.ActionValue));
            Assert.Equal(before, Snapshot(dir.Path));
        }

        [Fact]
        public void ScaffoldedExecutionsAreAskedForAgainUntilFilled()
        {
            using var dir = new TempDir();
            dir.Write("PLAN_DEMO.md", Demo);
            dir.Write("subplans/SUBPLAN_DEMO_21.md", Subplan("2.1"));
            dir.Write("subplans/SUBPLAN_DEMO_22.md", Subplan("2.2"));
            var plan = LoadDemo(dir);
            var prompt = Assert.Single(PromptBuilder.Executions(plan, Level(plan, 2), new PromptOptions { IgnoreDependencies = true }).Prompts);
            Assert.Equal(new[] { "EXECUTION_TASK_DEMO_21_01.md", "EXECUTION_TASK_DEMO_22_01.md" }, prompt.TargetPaths.Select(Path.GetFileName));
            BatchScaffolder.Scaffold(prompt, prompt.TargetPaths, DateTime.UtcNow);

            // The skeletons are not created yet: both are still asked for, at their own paths, to be filled in.
            var replan = LoadDemo(dir);
            Assert.Equal("subplan_created", replan.Statuses.Single(s => s.Key == AchievementId.Parse("2.1")).StatusValue.ToString());
            var again = Assert.Single(PromptBuilder.Executions(replan, Level(replan, 2), new PromptOptions { IgnoreDependencies = true }).Prompts);
            Assert.Equal(prompt.TargetPaths, again.TargetPaths);
            Assert.Contains("EXECUTION_TASK_DEMO_21_01.md (execution 21_01): the file exists as an unfilled scaffold", again.Text);

            // Once one is filled in, only the other is asked for.
            File.WriteAllText(prompt.TargetPaths[0], "# EXECUTION_TASK: Alpha\n\n**Achievement**: 2.1\n**Status**: Pending\n");
            var filled = LoadDemo(dir);
            Assert.Equal("execution_created", filled.Statuses.Single(s => s.Key == AchievementId.Parse("2.1")).StatusValue.ToString());
            var last = PromptBuilder.Executions(filled, Level(filled, 2), new PromptOptions { IgnoreDependencies = true });
            Assert.Equal(new[] { "EXECUTION_TASK_DEMO_22_01.md" }, Assert.Single(last.Prompts).TargetPaths.Select(Path.GetFileName));
            Assert.Contains("already has its EXECUTION_TASK", last.Skipped.Single(s => s.Key.ToString() == "2.1").Reason);
        }

        [Fact]
        public void DeclinedRemovalsRemoveNothing()
        {
            using var dir = new TempDir();
            dir.Write("PLAN_DEMO.md", Demo);
            var plan = LoadDemo(dir);
            var prompt = Assert.Single(PromptBuilder.Subplans(plan, Level(plan, 2), new PromptOptions()).Prompts);
            BatchScaffolder.Scaffold(prompt, prompt.TargetPaths, DateTime.UtcNow);
            var after = Snapshot(dir.Path);
            var r = BatchUndo.Undo(BatchUndo.Load(dir.Path, null), _ => false);
            Assert.All(r, x => Assert.Equal(BatchUndoAction.NotRemoved, x.ActionValue));
            Assert.Equal(after, Snapshot(dir.Path));
            Assert.Equal("BatchNotFound", Assert.Throws<ParallelExecException>(() => BatchUndo.Load(dir.Path, "nope")).Diagnostic.Code);
        }

        [Fact]
        public void AFailedScaffoldLeavesNothingBehind()
        {
            using var dir = new TempDir();
            dir.Write("PLAN_DEMO.md", Demo);
            dir.Write(".parallel", "a file where the batch folder must be created");
            var before = Snapshot(dir.Path);
            var plan = LoadDemo(dir);
            var prompt = Assert.Single(PromptBuilder.Subplans(plan, Level(plan, 2), new PromptOptions()).Prompts);
            var e = Assert.Throws<ParallelExecException>(() => BatchScaffolder.Scaffold(prompt, prompt.TargetPaths, DateTime.UtcNow));
            Assert.Equal("ScaffoldWriteFailed", e.Diagnostic.Code);
            Assert.Equal(before, Snapshot(dir.Path));
        }

        [Fact]
        public void ASecondTargetThatCannotBeWrittenRollsBackTheFirst()
        {
            using var dir = new TempDir();
            dir.Write("PLAN_DEMO.md", Demo);
            dir.Write("subplans/SUBPLAN_DEMO_22.md", Subplan("2.2"));
            dir.Write("subplans/SUBPLAN_DEMO_23.md", Subplan("2.3"));
            dir.Write("execution", "a file where the execution folder must be created");
            var plan = LoadDemo(dir);
            // 2.1 needs a SUBPLAN (target in subplans/, writable); then ask EXECUTIONs for 2.2 and 2.3 in one batch: both in execution/.
            var exec = Assert.Single(PromptBuilder.Executions(plan, Level(plan, 2), new PromptOptions { IgnoreDependencies = true }).Prompts);
            Assert.Equal(2, exec.TargetPaths.Length);
            var before = Snapshot(dir.Path);
            Assert.Throws<ParallelExecException>(() => BatchScaffolder.Scaffold(exec, exec.TargetPaths, DateTime.UtcNow));
            Assert.Equal(before, Snapshot(dir.Path));

            // A SUBPLAN batch whose first target is written and whose record cannot be: the first file is rolled back.
            File.Delete(Path.Combine(dir.Path, "execution"));
            dir.Write(".parallel/batches", "a file where the record folder must be");
            var sub = Assert.Single(PromptBuilder.Subplans(plan, Level(plan, 2), new PromptOptions()).Prompts);
            var before2 = Snapshot(dir.Path);
            Assert.Throws<ParallelExecException>(() => BatchScaffolder.Scaffold(sub, sub.TargetPaths, DateTime.UtcNow));
            Assert.Equal(before2, Snapshot(dir.Path));
            Assert.False(File.Exists(sub.TargetPaths[0]));
        }

        [Fact]
        public void AFailedDependencyBlocksBothKindsOfPrompt()
        {
            using var dir = new TempDir();
            dir.Write("PLAN_DEMO.md", Demo);
            dir.Write("subplans/SUBPLAN_DEMO_11.md", Subplan("1.1"));
            dir.Write("subplans/SUBPLAN_DEMO_21.md", Subplan("2.1"));
            dir.Write("execution/EXECUTION_TASK_DEMO_11_01.md", "# EXECUTION_TASK: X\n\n**Achievement**: 1.1\n**Status**: Complete\n");
            dir.Write("execution/feedbacks/FIX_11.md", "# FIX\n");
            var plan = LoadDemo(dir);
            var sub = PromptBuilder.Subplans(plan, Level(plan, 2), new PromptOptions());
            Assert.Empty(sub.Prompts);
            Assert.Equal("already has a SUBPLAN (subplans/SUBPLAN_DEMO_21.md)", sub.Skipped[0].Reason);
            Assert.Equal("blocked by a failed dependency (1.1)", sub.Skipped[1].Reason);
            var exec = PromptBuilder.Executions(plan, plan.Achievements.ToArray(), new PromptOptions { IgnoreDependencies = true });
            Assert.Empty(exec.Prompts);
            Assert.Contains("failed", exec.Skipped[0].Reason);
            Assert.Equal("blocked by a failed dependency (1.1)", exec.Skipped[1].Reason);
        }

        [Fact]
        public void BatchesInTheSameMillisecondGetIdsInTimeOrder()
        {
            using var dir = new TempDir();
            dir.Write("PLAN_DEMO.md", Demo);
            var plan = LoadDemo(dir);
            var now = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);
            var ids = new List<string>();
            foreach (var a in Level(plan, 2))
            {
                var p = Assert.Single(PromptBuilder.Subplans(plan, new[] { a }, new PromptOptions()).Prompts);
                ids.Add(BatchScaffolder.Scaffold(p, p.TargetPaths, now)!.Id);
            }
            Assert.Equal(3, ids.Distinct().Count());
            Assert.Equal(ids.OrderBy(i => i, StringComparer.Ordinal), ids);
            Assert.Equal(ids[2], BatchUndo.Load(dir.Path, null).Id);
        }
    }
}
