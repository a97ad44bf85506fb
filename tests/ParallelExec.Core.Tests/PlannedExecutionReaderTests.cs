using System.Linq;
using ParallelExec.Prompts;
using Xunit;

namespace ParallelExec.Tests
{
    public class PlannedExecutionReaderTests
    {
        private const string Plan = "# PLAN: Demo\n\n**Achievement 1.1**: First\n\n- **Dependencies**: None\n\n**Achievement 1.2**: Second\n\n- **Dependencies**: None\n\n**Achievement 1.3**: Third\n\n- **Dependencies**: None\n";

        private const string Table = "# SUBPLAN: First\n\n**Status**: Design Complete\n\n## Active EXECUTION_TASKs\n\n| Execution | Status | File | Estimate | Dependencies |\n| --- | --- | --- | --- | --- |\n| 11_01 | Pending | EXECUTION_TASK_DEMO_11_01.md | 2h | None |\n| 11_02 | Pending | EXECUTION_TASK_DEMO_11_02.md | 1h | 11_01 |\n";

        [Fact]
        public void ReadsTheTableOfAWrittenSubplanOnlyAndKeepsWhatItRead()
        {
            using var dir = new TempDir();
            dir.Write("PLAN_DEMO.md", Plan);
            var subplan = dir.Write("subplans/SUBPLAN_DEMO_11.md", Table);
            dir.Write("subplans/SUBPLAN_DEMO_12.md", Table.Replace("Design Complete", "[TO BE FILLED]"));
            var plan = Load.Plan(dir.Path);
            var first = plan.Find(AchievementId.Parse("1.1"))!;

            Assert.Empty(first.PlannedExecutions); // the model only carries what the reader put there
            var planned = PlannedExecutionReader.For(first);
            Assert.Same(planned, first.PlannedExecutions);
            Assert.Equal(new[] { "11_01", "11_02" }, planned.Select(p => p.Label));
            Assert.Equal(new[] { 1 }, planned[1].DependsOn);
            // An unfilled scaffold and a missing SUBPLAN plan nothing (a single execution).
            Assert.Empty(PlannedExecutionReader.For(plan.Find(AchievementId.Parse("1.2"))!));
            Assert.Empty(PlannedExecutionReader.For(plan.Find(AchievementId.Parse("1.3"))!));

            // Read once per plan: a later change to the file shows in a plan read again, not in this one.
            System.IO.File.WriteAllText(subplan, Table.Replace("| 11_02 | Pending | EXECUTION_TASK_DEMO_11_02.md | 1h | 11_01 |\n", ""));
            Assert.Same(planned, PlannedExecutionReader.For(first));
            Assert.Single(PlannedExecutionReader.For(Load.Plan(dir.Path).Find(AchievementId.Parse("1.1"))!));
        }

        [Fact]
        public void FillReadsEveryAchievementOfThePlan()
        {
            using var dir = new TempDir();
            dir.Write("PLAN_DEMO.md", Plan);
            dir.Write("subplans/SUBPLAN_DEMO_11.md", Table);
            dir.Write("subplans/SUBPLAN_DEMO_13.md", Table.Replace("11_", "13_"));
            var plan = Load.Plan(dir.Path);
            PlannedExecutionReader.Fill(plan);
            Assert.Equal(new[] { 2, 0, 2 }, plan.Achievements.Select(a => a.PlannedExecutions.Length));
            Assert.Equal("13_02", plan.Find(AchievementId.Parse("1.3"))!.PlannedExecutions[1].Label);
        }
    }
}
