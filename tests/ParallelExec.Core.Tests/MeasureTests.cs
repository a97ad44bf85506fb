using System.Linq;
using ParallelExec.Graph;
using Xunit;

namespace ParallelExec.Tests
{
    public class MeasureTests
    {
        /// <summary>A plan from "id (estimate) : deps" lines; an empty estimate writes none, deps "None" declares none.</summary>
        private static ParallelPlan Plan(TempDir dir, params string[] lines) => Plan(dir, DependencyAssumption.Sequential, lines);

        private static ParallelPlan Plan(TempDir dir, DependencyAssumption assume, params string[] lines)
        {
            var text = "# PLAN: Measure\n\n" + string.Join("\n", lines.Select(l =>
            {
                var parts = l.Split(':');
                var head = parts[0].Trim().Split(' ');
                var title = head.Length > 1 ? $"Thing {head[0]} {head[1]}" : $"Thing {head[0]}";
                var deps = parts.Length > 1 ? $"- **Dependencies**: {parts[1].Trim()}\n" : "";
                return $"**Achievement {head[0]}**: {title}\n\n{deps}";
            }));
            return Load.Plan(dir.Write("m/PLAN_MEASURE.md", text), assume);
        }

        private static string Ids(AchievementId[] ids) => string.Join(" ", ids.Select(i => i.ToString()));

        [Fact]
        public void AChainSavesNothing()
        {
            using var dir = new TempDir();
            var m = MeasureEngine.Measure(Plan(dir, "1.1 (2h): None", "1.2 (3h): 1.1", "1.3 (4h): 1.2"));
            Assert.Equal(new EstimateRange(9, 9), m.SequentialHours);
            Assert.Equal(new EstimateRange(9, 9), m.ParallelHours);
            Assert.Equal(new EstimateRange(0, 0), m.HoursSaved);
            Assert.Equal("0%", m.ReductionPercent);
            Assert.Equal("1.1 1.2 1.3", Ids(m.CriticalPathKeys));
            Assert.Equal(1, m.MaxParallelism);
            Assert.Equal(3, m.Waves);
            Assert.True(m.IsMeasured);
        }

        [Fact]
        public void ADiamondRunsItsLongerBranch()
        {
            using var dir = new TempDir();
            var m = MeasureEngine.Measure(Plan(dir, "1.1 (1h): None", "2.1 (2h): 1.1", "2.2 (4h): 1.1", "3.1 (1h): 2.1, 2.2"));
            Assert.Equal(new EstimateRange(8, 8), m.SequentialHours);
            Assert.Equal(new EstimateRange(6, 6), m.ParallelHours);
            Assert.Equal(new EstimateRange(2, 2), m.HoursSaved);
            Assert.Equal("25%", m.ReductionPercent);
            Assert.Equal("1.1 2.2 3.1", Ids(m.CriticalPathKeys));
            Assert.Equal(2, m.MaxParallelism);
            Assert.Equal(new[] { 1, 2, 3 }, m.Levels.Select(l => l.Level).ToArray());
            Assert.Equal(new EstimateRange(6, 6), m.Levels[1].SequentialHours);
            Assert.Equal(new EstimateRange(4, 4), m.Levels[1].ParallelHours);
            Assert.Equal("L2: 2.1, 2.2 (6h / 4h)", m.Levels[1].ToString()); // as the default view writes it, not the plan name
        }

        [Fact]
        public void AWidePlanIsLimitedByItsExecutors()
        {
            using var dir = new TempDir();
            var plan = Plan(dir, "1.1 (2h): None", "1.2 (2h): None", "1.3 (2h): None", "1.4 (2h): None");
            var unlimited = MeasureEngine.Measure(plan);
            Assert.Equal(new EstimateRange(2, 2), unlimited.ParallelHours);
            Assert.Equal("75%", unlimited.ReductionPercent);
            Assert.Equal(4, unlimited.MaxParallelism);
            Assert.Equal(1, unlimited.Waves);
            var two = MeasureEngine.Measure(plan, 2);
            Assert.Equal(new EstimateRange(4, 4), two.ParallelHours);
            Assert.Equal("50%", two.ReductionPercent);
            Assert.Equal(2, two.MaxParallelism);
            Assert.Equal(2, two.Executors);
            var three = MeasureEngine.Measure(plan, 3);
            Assert.Equal(new EstimateRange(4, 4), three.ParallelHours);
            var one = MeasureEngine.Measure(plan, 1);
            Assert.Equal(new EstimateRange(8, 8), one.ParallelHours);
            Assert.Equal(new EstimateRange(0, 0), one.HoursSaved);
        }

        [Fact]
        public void UnevenRangesAreMeasuredPerBound()
        {
            using var dir = new TempDir();
            var m = MeasureEngine.Measure(Plan(dir, "1.1 (1-2h): None", "1.2 (3-5h): None", "2.1 (2h): 1.1"));
            Assert.Equal(new EstimateRange(6, 9), m.SequentialHours);
            Assert.Equal(new EstimateRange(3, 5), m.ParallelHours);
            Assert.Equal(new EstimateRange(3, 4), m.HoursSaved);
            Assert.Equal("44-50%", m.ReductionPercent);
            Assert.Equal("1.2", Ids(m.CriticalPathKeys));
        }

        [Fact]
        public void ListSchedulingStartsTheLongestRemainingPathFirst()
        {
            // By id, 1.1 and 1.2 would start first and 1.3 -> 2.1 would finish at 7; longest remaining path first finishes at 6.
            using var dir = new TempDir();
            var m = MeasureEngine.Measure(Plan(dir, "1.1 (1h): None", "1.2 (1h): None", "1.3 (3h): None", "2.1 (3h): 1.3"), 2);
            Assert.Equal(new EstimateRange(8, 8), m.SequentialHours);
            Assert.Equal(new EstimateRange(6, 6), m.ParallelHours);
            Assert.Equal("1.3@1:0-3 1.1@2:0-1 1.2@2:1-2 2.1@1:3-6", string.Join(" ", m.Schedule.Select(s => s.ToString())));
            Assert.Equal("1.3 2.1", Ids(m.CriticalPathKeys));
        }

        [Fact]
        public void MissingEstimatesAreNamedNotInvented()
        {
            using var dir = new TempDir();
            var m = MeasureEngine.Measure(Plan(dir, "1.1 (2h): None", "1.2: None", "2.1: 1.1"));
            Assert.Equal("1.2 2.1", Ids(m.WithoutEstimateKeys));
            Assert.Equal(new EstimateRange(2, 2), m.SequentialHours);
            Assert.Equal(new EstimateRange(2, 2), m.ParallelHours);
            Assert.False(m.IsMeasured);
            Assert.Equal("2.1", Ids(m.Levels[1].WithoutEstimateKeys));
        }

        [Fact]
        public void AssumedEdgesAreCounted()
        {
            using var dir = new TempDir();
            var m = MeasureEngine.Measure(Plan(dir, "1.1 (2h)", "1.2 (2h)", "1.3 (2h)"));
            Assert.Equal(2, m.AssumedEdgeCount);
            Assert.False(m.IsMeasured);
            Assert.Equal(new EstimateRange(6, 6), m.ParallelHours);
        }

        [Fact]
        public void IndependenceAssumedIsNotMeasuredEither()
        {
            using var dir = new TempDir();
            var m = MeasureEngine.Measure(Plan(dir, DependencyAssumption.Independent, "1.1 (2h)", "1.2 (2h)", "1.3 (2h): 1.1"));
            Assert.Equal(0, m.AssumedEdgeCount);
            Assert.Equal(1, m.AssumedIndependentCount); // 1.2; 1.1 is first and 1.3 declares its dependency
            Assert.False(m.IsMeasured);
            Assert.Equal(new EstimateRange(4, 4), m.ParallelHours);

            var declared = MeasureEngine.Measure(Plan(dir, DependencyAssumption.Independent, "1.1 (2h): None", "1.2 (2h): None"));
            Assert.Equal(0, declared.AssumedIndependentCount);
            Assert.True(declared.IsMeasured);
        }

        [Fact]
        public void ACycleIsRefused()
        {
            using var dir = new TempDir();
            var e = Assert.Throws<ParallelExecException>(() => MeasureEngine.Measure(Plan(dir, "1.1 (2h): 1.2", "1.2 (2h): 1.1")));
            Assert.Equal("CircularDependency", e.Diagnostic.Code);
        }

        [Fact]
        public void ZeroExecutorsAreRefused()
        {
            using var dir = new TempDir();
            var e = Assert.Throws<ParallelExecException>(() => MeasureEngine.Measure(Plan(dir, "1.1 (2h): None"), 0));
            Assert.Equal("InvalidExecutorCount", e.Diagnostic.Code);
        }

        [Fact]
        public void ALongChainNeedsNoDeepStack()
        {
            using var dir = new TempDir();
            var lines = Enumerable.Range(1, 3000).Select(i => i == 1 ? "1.1 (1h): None" : $"1.{i} (1h): 1.{i - 1}").ToArray();
            var m = MeasureEngine.Measure(Plan(dir, lines), 4);
            Assert.Equal(new EstimateRange(3000, 3000), m.ParallelHours);
            Assert.Equal(3000, m.CriticalPathKeys.Length);
        }
        [Fact]
        public void ActualHoursFromTheRegistryAreReportedAgainstTheEstimates()
        {
            using var dir = new TempDir();
            dir.Write("m/PLAN_MEASURE.md", "# PLAN: Measure\n\n**Achievement 1.1**: A (2-3h)\n- **Dependencies**: None\n\n**Achievement 1.2**: B (1h)\n- **Dependencies**: None\n\n**Achievement 1.3**: C (4h)\n- **Dependencies**: None\n");
            dir.Write("m/parallel.json", "{\"plan\":\"MEASURE\",\"levels\":[{\"level\":1,\"achievements\":[" +
                "{\"id\":\"1.1\",\"title\":\"A\",\"dependencies\":[],\"actual_hours\":4.5}," +
                "{\"id\":\"1.2\",\"title\":\"B\",\"dependencies\":[],\"started_at\":\"2025-11-01T10:00:00Z\",\"completed_at\":\"2025-11-01T11:30:00Z\"}," +
                "{\"id\":\"1.3\",\"title\":\"C\",\"dependencies\":[]}]}]}");
            var m = MeasureEngine.Measure(Load.Plan(System.IO.Path.Combine(dir.Path, "m")));
            Assert.Equal("1.1: 4.5h (estimated 2-3h) 1.2: 1.5h (estimated 1h)", string.Join(" ", m.Actuals.Select(a => a.ToString())));
            Assert.Equal("completed_at - started_at", m.Actuals[1].Source);
            Assert.Equal(6, m.ActualHours);
            Assert.Equal(new EstimateRange(3, 4), m.EstimatedHoursOfActuals);
        }

        [Fact]
        public void NoRegistryMeansNoActuals()
        {
            using var dir = new TempDir();
            var m = MeasureEngine.Measure(Plan(dir, "1.1 (2h): None"));
            Assert.Empty(m.Actuals);
            Assert.Null(m.ActualHours);
            Assert.Null(m.EstimatedHoursOfActuals);
        }
    }
}
