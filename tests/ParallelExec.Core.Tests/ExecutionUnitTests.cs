using System.Collections.Generic;
using System.Linq;
using ParallelExec.Graph;
using ParallelExec.Prompts;
using ParallelExec.Run;
using ParallelExec.Workflow;
using Xunit;

namespace ParallelExec.Tests
{
    /// <summary>Executions as units (issue 14) and mutual exclusion as a scheduling constraint.</summary>
    public class ExecutionUnitTests
    {
        private static AchievementId I(string s) => AchievementId.Parse(s);

        private const string Plan = "# PLAN: Units\n\n**Achievement 1.1**: First\n\n- **Dependencies**: None\n\n**Achievement 1.2**: Second\n\n- **Dependencies**: None\n\n**Achievement 2.1**: Third\n\n- **Dependencies**: 1.1, 1.2\n";

        /// <summary>A registry in the schema's form: 1.1 with three executions, 1.2 and 2.1 whole, each file list as given.</summary>
        private static string Registry(string executions11, string files12 = "", string files21 = "") => @"{ ""plan"": ""UNITS"", ""version"": ""1.0.0"", ""levels"": [
  { ""level"": 1, ""achievements"": [
    { ""id"": ""1.1"", ""title"": ""First"", ""dependencies"": [], ""estimated_hours"": 7, ""executions"": [" + executions11 + @"] },
    { ""id"": ""1.2"", ""title"": ""Second"", ""dependencies"": [], ""estimated_hours"": 1" + files12 + @" } ] },
  { ""level"": 2, ""achievements"": [
    { ""id"": ""2.1"", ""title"": ""Third"", ""dependencies"": [""1.1"", ""1.2""], ""estimated_hours"": 1" + files21 + @" } ] } ] }";

        private const string Three = @"{ ""id"": ""1"", ""estimated_hours"": 2 }, { ""id"": ""2"", ""estimated_hours"": ""2 hours"" }, { ""id"": ""01_03"", ""estimated_hours"": 3 }";

        private static ParallelPlan Load(TempDir dir, string registry)
        {
            dir.Write("PLAN_UNITS.md", Plan);
            dir.Write("parallel.json", registry);
            return Tests.Load.Plan(dir.Path);
        }

        [Fact]
        public void ThreeIndependentExecutionsMeasureSevenHoursSequentialAndThreeParallel()
        {
            using var dir = new TempDir();
            var plan = Load(dir, Registry(Three).Replace(@"""estimated_hours"": 1" + "", @"""estimated_hours"": 0"));
            // Only 1.1 counts: 1.2 and 2.1 take 0 hours.
            var m = MeasureEngine.Measure(plan);
            Assert.Equal(3, m.ExecutionCount);
            Assert.Equal(new EstimateRange(7, 7), m.SequentialHours);
            Assert.Equal(new EstimateRange(3, 3), m.ParallelHours);
            Assert.Equal(new EstimateRange(4, 4), m.SavedWithinAchievements);
            var placed = m.Schedule.Where(p => p.Id == "1.1").ToDictionary(p => p.ExecutionId!);
            Assert.Equal(new[] { "01_03", "1", "2" }, placed.Keys.OrderBy(k => k, System.StringComparer.Ordinal).ToArray());
            Assert.All(placed.Values, p => Assert.Equal(0, p.Start)); // all three at once
            Assert.Equal(3, placed["01_03"].Finish);
            Assert.Equal(3, placed.Values.Select(p => p.Executor).Distinct().Count());
            // On one executor the executions follow each other: 7 hours.
            Assert.Equal(new EstimateRange(7, 7), MeasureEngine.Measure(plan, 1).ParallelHours);
        }

        [Fact]
        public void AnExecutionWaitsForItsOwnDependenciesAndTheAchievementForAllOfThem()
        {
            using var dir = new TempDir();
            var plan = Load(dir, Registry(@"{ ""id"": ""1"", ""estimated_hours"": 2 }, { ""id"": ""2"", ""estimated_hours"": 2, ""dependencies"": [""1""] }, { ""id"": ""3"", ""estimated_hours"": 3 }"));
            var m = MeasureEngine.Measure(plan);
            Assert.Equal(new EstimateRange(9, 9), m.SequentialHours); // 7 + 1 + 1
            Assert.Equal(new EstimateRange(5, 5), m.ParallelHours);   // 1.1: 1 then 2 (4 h), 2.1 waits for all of 1.1 (4 h) and adds 1 h
            var third = m.Schedule.Single(p => p.Id == "2.1");
            Assert.Equal(4, third.Start);
            var second = m.Schedule.Single(p => p.ExecutionId == "2");
            Assert.Equal(2, second.Start);
            // The savings of each kind add up to the whole saving.
            Assert.Equal(m.HoursSaved.Max, m.SavedWithinAchievements.Max + m.SavedWithinLevels.Max + m.SavedAcrossLevels.Max, 6);
            Assert.Equal(new EstimateRange(3, 3), m.SavedWithinAchievements); // 7 h of executions in 4 h
            Assert.Equal(new EstimateRange(1, 1), m.SavedWithinLevels);       // 1.2 beside 1.1
        }

        [Fact]
        public void ThePlanWithoutExecutionsMeasuresAsBefore()
        {
            using var dir = new TempDir();
            dir.Write("PLAN_UNITS.md", Plan.Replace("**: First", "**: First (⏱️ 2h)").Replace("**: Second", "**: Second (⏱️ 3h)").Replace("**: Third", "**: Third (⏱️ 1h)"));
            var m = MeasureEngine.Measure(Tests.Load.Plan(dir.Path));
            Assert.Equal(0, m.ExecutionCount);
            Assert.Equal(new EstimateRange(6, 6), m.SequentialHours);
            Assert.Equal(new EstimateRange(4, 4), m.ParallelHours);
            Assert.Equal(new EstimateRange(0, 0), m.SavedWithinAchievements);
            Assert.Equal(new EstimateRange(2, 2), m.SavedWithinLevels);
            Assert.Equal(new EstimateRange(0, 0), m.SavedAcrossLevels);
        }

        [Fact]
        public void ExclusionPairsGivenDirectlySerialiseTheScheduler()
        {
            var nodes = new[] { new RunNode(I("1.1"), new AchievementId[0], 2), new RunNode(I("1.2"), new AchievementId[0], 3), new RunNode(I("1.3"), new AchievementId[0], 1) };
            var free = SchedulePrediction.Of(nodes, 4);
            Assert.Equal(3, free.MakespanHours);
            var pairs = new ExclusionSet(new[] { (I("1.2"), I("1.1")), (I("1.1"), I("1.2")), (I("1.3"), I("1.3")) });
            Assert.Equal(1, pairs.Count); // once, whichever way round; never with itself
            var serial = SchedulePrediction.Of(nodes, 4, pairs);
            Assert.Equal(5, serial.MakespanHours);
            var rows = serial.Rows.ToDictionary(r => r.Id.ToString());
            Assert.Equal(0, rows["1.2"].StartHours); // longest first
            Assert.Equal(3, rows["1.1"].StartHours); // after 1.2, not beside it
            Assert.Equal(0, rows["1.3"].StartHours); // unrelated: beside both

            var s = new RunScheduler(nodes, 4, exclusions: pairs);
            Assert.Equal(new[] { "1.2", "1.3" }, s.Next().Select(i => i.ToString()).ToArray());
            Assert.Empty(s.Next());
            s.Complete(I("1.3"), true);
            Assert.Empty(s.Next()); // 1.2 still runs
            s.Complete(I("1.2"), false); // a failed attempt ends the overlap too
            Assert.Equal(new[] { "1.1" }, s.Next().Select(i => i.ToString()).ToArray());
        }

        [Fact]
        public void UnitsOfConflictingAchievementsNeverOverlapEvenBetweenExecutions()
        {
            // a: two executions in a chain (1 h each); b: one 1 h unit that conflicts with a.
            var units = new[]
            {
                new WorkUnit(I("1.1"), "01", 1, 1, new int[0]),
                new WorkUnit(I("1.1"), "02", 2, 1, new[] { 0 }),
                new WorkUnit(I("1.2"), null, 0, 1, new int[0]),
            };
            var pairs = new ExclusionSet(new[] { (I("1.1"), I("1.2")) });
            var (span, slots) = UnitSchedule.Of(units, 3, pairs);
            Assert.Equal(3, span);
            Assert.Equal(2, slots.Single(s => s.Unit == 2).Start); // not at 1 h, between 1.1's two executions
            Assert.Equal(2, UnitSchedule.Of(units, 3, ExclusionSet.Empty).Makespan);
        }

        [Fact]
        public void DeclaredFilesOfExecutionsGiveThePairsAndMeasureKeepsThemApart()
        {
            using var dir = new TempDir();
            var plan = Load(dir, Registry(@"{ ""id"": ""1"", ""estimated_hours"": 2, ""files"": [""./src\\a.cs""] }",
                @", ""executions"": [ { ""id"": ""1"", ""estimated_hours"": 1, ""files"": [""src/a.cs""] } ]",
                @", ""executions"": [ { ""id"": ""1"", ""estimated_hours"": 1, ""files"": [""src/a.cs""] } ]"));
            var pairs = ExclusionSource.For(plan, ignore: false);
            // 2.1 depends on both: it is ordered already, not a conflict.
            Assert.Equal(new[] { "1.1~1.2" }, pairs.Pairs.Select(p => p.A + "~" + p.B).ToArray());
            Assert.True(ExclusionSource.For(plan, ignore: true).IsEmpty);
            var m = MeasureEngine.Measure(plan, null, pairs);
            Assert.Equal(new EstimateRange(4, 4), m.ParallelHours); // 2 h, then 1 h, then 2.1's 1 h
            Assert.Equal(new[] { "1.1~1.2" }, m.Exclusions);
            Assert.Equal(new EstimateRange(3, 3), MeasureEngine.Measure(plan).ParallelHours); // -IgnoreConflicts: beside each other
        }

        [Fact]
        public void TheWorkflowSerialisesConflictingJobsWithANeedsFromTheLaterToTheEarlier()
        {
            using var dir = new TempDir();
            var plan = Load(dir, Registry(@"{ ""id"": ""1"", ""estimated_hours"": 2 }"));
            var pairs = new ExclusionSet(new[] { (I("1.2"), I("1.1")) });
            WorkflowDefinition Build(ExclusionSet e) => WorkflowBuilder.Build(plan, plan.Achievements.ToList(), plan.Statuses, dir.Path,
                new WorkflowOptions { Run = "x", Exclusions = e });
            var with = Build(pairs).Jobs.ToDictionary(j => j.Id.ToString());
            Assert.Equal(new[] { WorkflowNames.JobKey(I("1.1")) }, with["1.2"].Needs.ToArray());
            Assert.Empty(with["1.1"].Needs);
            Assert.Empty(Build(ExclusionSet.Empty).Jobs.Single(j => j.Id.ToString() == "1.2").Needs);
        }

        [Fact]
        public void SubplanTablesOfEveryFormTheCorpusWrites()
        {
            const string text = "# SUBPLAN\n\n## Active EXECUTION_TASKs\n\n| Execution | Status | File | Time | Dependencies |\n|---|---|---|---|---|\n" +
                "| 02_01 | Pending | EXECUTION_TASK_X_02_01.md | 2h | None |\n| 02_02 | Pending | EXECUTION_TASK_X_02_02.md | 2h | 02_01 |\n" +
                "| 02_03 | Pending | EXECUTION_TASK_X_02_03.md | 3h | EXECUTION_TASK_X_02_01, 02_02 |\n| 02_04 | Pending | EXECUTION_TASK_X_02_04.md | 1h | All previous |\n";
            var p = SubplanReader.Parse(text);
            Assert.Equal(new[] { "02_01", "02_02", "02_03", "02_04" }, p.Select(x => x.Label).ToArray());
            Assert.Empty(p[0].DependsOn);
            Assert.Equal(new[] { 1, 2 }, p[2].DependsOn);
            Assert.Equal(new[] { 1, 2, 3 }, p[3].DependsOn);
            Assert.Equal("3h", p[2].Estimate);

            const string named = "## Active EXECUTION_TASKs\n\n| EXECUTION | Status | Progress | Notes |\n|---|---|---|---|\n" +
                "| EXECUTION_TASK_EXECUTION-TAXONOMY-AND-WORKSPACE_11_01 | Planning | 0% | ready |\n| [`EXECUTION_TASK_Y_11_02.md`](execution/EXECUTION_TASK_Y_11_02.md) | Planning | 0% | x |\n";
            var q = SubplanReader.Parse(named);
            Assert.Equal(new[] { "11_01", "11_02" }, q.Select(x => x.Label).ToArray());
            Assert.Equal("EXECUTION_TASK_EXECUTION-TAXONOMY-AND-WORKSPACE_11_01.md", q[0].File);
            Assert.Equal("EXECUTION_TASK_Y_11_02.md", q[1].File);
        }
    }
}
