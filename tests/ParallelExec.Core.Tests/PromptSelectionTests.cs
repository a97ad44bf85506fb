using System.IO;
using System.Linq;
using ParallelExec.Prompts;
using Xunit;

namespace ParallelExec.Tests
{
    /// <summary>The selection step alone: what a batch covers, before any text is written.</summary>
    public class PromptSelectionTests
    {
        private const string Plan = "# PLAN: Demo\n\n**Achievement 1.1**: First (2h)\n\n- **Dependencies**: None\n\n**Achievement 2.1**: Alpha\n\n- **Dependencies**: 1.1\n\n**Achievement 2.2**: Beta\n\n- **Dependencies**: 1.1\n";

        private const string Table = "# SUBPLAN: Alpha\n\n**Status**: Design Complete\n\n## Active EXECUTION_TASKs\n\n| Execution | Status | File | Estimate | Dependencies |\n| --- | --- | --- | --- | --- |\n" +
            "| 21_01 | Done | f | 4h | None |\n| 21_02 | Pending | f | 1h | 21_01 |\n| 21_03 | Pending | f | | 21_01 |\n| 21_04 | Pending | f | 2h | 21_02, 21_03 |\n";

        [Fact]
        public void SubplanSelectionNamesTargetsAndSkipsWithReasons()
        {
            using var dir = new TempDir();
            dir.Write("PLAN_DEMO.md", Plan);
            dir.Write("subplans/SUBPLAN_DEMO_22.md", "# SUBPLAN: Beta\n\n**Status**: Design Complete\n");
            var plan = Load.Plan(dir.Path);
            var selection = SubplanSelector.Select(plan, plan.Achievements.Reverse().ToArray());

            Assert.Equal(BatchPromptKind.Subplan, selection.Kind);
            Assert.Equal(new[] { "2.2", "2.1", "1.1" }, selection.Requested.Select(a => a.Key.ToString()));
            var items = selection.Items.Cast<SubplanItem>().ToArray();
            Assert.Equal(new[] { "1.1", "2.1" }, items.Select(i => i.Achievement.Key.ToString()));
            Assert.Equal(Path.Combine(dir.Path, "subplans", "SUBPLAN_DEMO_21.md"), items[1].Target);
            Assert.False(items[1].FillsScaffold);
            Assert.True(items[1].Waiting);
            Assert.Equal("1.1 (not_started)", items[1].Dependencies);
            Assert.Equal("none", items[0].Dependencies);
            var skipped = Assert.Single(selection.Skipped);
            Assert.Equal("2.2", skipped.Key.ToString());
            Assert.Equal("already has a SUBPLAN (subplans/SUBPLAN_DEMO_22.md)", skipped.Reason);
        }

        [Fact]
        public void ExecutionSelectionListsWhatExistsWhatToCreateAndWhatMayRunTogether()
        {
            using var dir = new TempDir();
            dir.Write("PLAN_DEMO.md", Plan);
            dir.Write("subplans/SUBPLAN_DEMO_21.md", Table);
            dir.Write("execution/EXECUTION_TASK_DEMO_21_01.md", "# EXECUTION_TASK: X\n\n**Status**: Pending\n");
            var plan = Load.Plan(dir.Path);
            var selection = ExecutionSelector.Select(plan, plan.Achievements.Where(a => a.Level == 2).ToArray(), new PromptOptions { IgnoreDependencies = true });

            var item = Assert.IsType<ExecutionItem>(Assert.Single(selection.Items));
            Assert.Equal(new[] { "EXECUTION_TASK_DEMO_21_01.md" }, item.Existing);
            Assert.Equal(new[] { 2, 3, 4 }, item.Creates.Select(c => c.Number));
            Assert.Equal(new[] { "1h", null, "2h" }, item.Creates.Select(c => c.Estimate));
            Assert.Equal(item.Creates.Select(c => c.Path), item.Targets);
            Assert.Equal(Path.Combine(dir.Path, "execution", "EXECUTION_TASK_DEMO_21_04.md"), item.Creates[2].Path);
            Assert.Equal(new[] { "2,3", "4" }, item.Groups.Select(g => string.Join(",", g.Select(c => c.Number))));
            Assert.StartsWith("# SUBPLAN: Alpha\n", item.SubplanText);
            Assert.False(item.SubplanText.EndsWith("\n"));
            Assert.Equal("SUBPLAN missing (create it first with New-BatchSubplanPrompt)", Assert.Single(selection.Skipped).Reason);
        }

        [Fact]
        public void DiscoverySelectionSortsEdgesByProvenance()
        {
            using var dir = new TempDir();
            dir.Write("PLAN_DEMO.md", Plan + "\n**Achievement 3.1**: Gamma\n");
            var plan = Load.Plan(dir.Path);
            var selection = DiscoverySelector.Select(plan);
            Assert.Equal(new[] { "2.1 -> 1.1", "2.2 -> 1.1" }, selection.Stated.Select(e => $"{e.FromKey} -> {e.ToKey}"));
            Assert.All(selection.Assumed, e => Assert.Equal(EdgeProvenance.Inferred, e.ProvenanceValue));
            Assert.Equal("3.1", Assert.Single(selection.Assumed).FromKey.ToString());
            Assert.Equal(new[] { 1, 2, 3 }, selection.Waves.Select(w => w.Level));
            Assert.Empty(selection.RegistryLevels);
        }
    }
}
