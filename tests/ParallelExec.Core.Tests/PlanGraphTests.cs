using System.Collections.Generic;
using System.IO;
using System.Linq;
using ParallelExec.Graph;
using Xunit;

namespace ParallelExec.Tests
{
    /// <summary>The one graph a plan carries, and the readers Measure uses beside it.</summary>
    public class PlanGraphTests
    {
        private static AchievementId Id(string text) => AchievementId.Parse(text);

        private static string Ids(PlanGraph g, int[] nodes) => string.Join(" ", g.IdsOf(nodes).Select(i => i.ToString()));

        [Fact]
        public void WavesOrderTheLevelledNodesAndTheCycleIsSetApart()
        {
            // 1.2 and 1.3 depend on 1.1, 2.1 on 1.3; 3.1 and 3.2 depend on each other, 3.3 on that cycle.
            var deps = new Dictionary<string, string[]>
            {
                ["1.1"] = new string[0], ["1.2"] = new[] { "1.1" }, ["1.3"] = new[] { "1.1", "1.1" }, ["2.1"] = new[] { "1.3", "9.9" },
                ["3.1"] = new[] { "3.2" }, ["3.2"] = new[] { "3.1" }, ["3.3"] = new[] { "3.1" },
            };
            var g = PlanGraph.Build(new[] { "3.3", "2.1", "1.3", "3.1", "1.1", "3.2", "1.2" }.Select(Id).ToArray(),
                id => deps[id.ToString()].Select(Id));
            Assert.Equal("1.1 1.2 1.3 2.1 3.1 3.2 3.3", string.Join(" ", g.Ids.Select(i => i.ToString())));
            Assert.Equal("1.1 1.2 1.3 2.1", Ids(g, g.TopologicalOrder));
            Assert.Equal(new[] { 0, 1, 3, 4 }, g.WaveStarts);
            Assert.Equal("1.2 1.3", Ids(g, g.TopologicalOrder[g.WaveStarts[1]..g.WaveStarts[2]]));
            Assert.Equal("3.1 3.2 3.3", Ids(g, g.Unlevelled));
            Assert.Equal("1.2 1.3", Ids(g, g.Dependents[g.IndexOf(Id("1.1"))]));
            Assert.Equal("1.3", Ids(g, g.Dependencies[g.IndexOf(Id("2.1"))])); // the unknown 9.9 is left out
            Assert.Equal("3.1 -> 3.2 -> 3.1", CycleText.Path(Assert.Single(g.Cycles)));
        }

        [Fact]
        public void AnEmptyGraphHasNoOrderAndNoWaves()
        {
            Assert.Empty(PlanGraph.Empty.TopologicalOrder);
            Assert.Empty(PlanGraph.Empty.Unlevelled);
            Assert.Equal(new[] { 0 }, PlanGraph.Empty.WaveStarts);
        }

        [Fact]
        public void APlansGraphIsItsAchievementsInTheirOrderAndFindGoesThroughIt()
        {
            using var dir = new TempDir();
            var p = Load.Plan(dir.Write("g/PLAN_G.md", "# PLAN: G\n\n**Achievement 1.1**: A (1h)\n- **Blocks**: 1.3\n\n" +
                "**Achievement 1.2**: B (1h)\n- **Dependencies**: None\n\n**Achievement 1.3**: C (2h)\n- **Dependencies**: 1.2\n\n" +
                "**Achievement 1.10**: D (1h)\n- **Dependencies**: 1.3, 1.1\n"));
            var g = p.Graph;
            Assert.Equal(p.Achievements.Select(a => a.Key), g.Ids);
            for (int i = 0; i < g.Count; i++)
            {
                var a = p.Achievements[i];
                Assert.Equal(a.DependencyKeys, g.IdsOf(g.Dependencies[i]));
                Assert.Equal(a.DependentKeys, g.IdsOf(g.Dependents[i]));
                Assert.Equal(a.Wave, g.Waves[i]);
                Assert.Same(a, p.Find(a.Key));
            }
            Assert.Equal("1.1 1.3", string.Join(" ", p.Find(Id("1.10"))!.DependencyKeys.Select(d => d.ToString())));
            Assert.Null(p.Find(Id("9.9")));
        }

        [Fact]
        public void TheNewestReadableRunRecordIsMeasured()
        {
            using var dir = new TempDir();
            var plan = Load.Plan(dir.Write("r/PLAN_R.md", "# PLAN: R\n\n**Achievement 1.1**: A (1h)\n- **Dependencies**: None\n"));
            Assert.Null(RunRecordReader.LastRunOf(plan));
            dir.Write("r/.parallel/runs/20261201T100000000Z.json", "{ \"run\": \"first\", \"throttle_limit\": 2, \"achievements\": [" +
                "{ \"result\": \"succeeded\", \"started_at\": \"2026-12-01T10:00:00Z\", \"completed_at\": \"2026-12-01T10:00:30Z\" }," +
                "{ \"result\": \"failed\", \"started_at\": \"2026-12-01T10:00:00Z\", \"completed_at\": \"2026-12-01T10:00:10Z\" }," +
                "{ \"result\": \"succeeded\", \"started_at\": \"2026-12-01T10:00:20Z\", \"completed_at\": \"2026-12-01T10:00:10Z\" }] }");
            dir.Write("r/.parallel/runs/20261201T110000000Z.json", "[ not a record");
            var run = RunRecordReader.LastRunOf(plan)!;
            Assert.Equal("first", run.RunId);
            Assert.Equal(2, run.Ran); // the third ends before it starts
            Assert.Equal(1, run.Failed);
            Assert.Equal(40, run.WorkSeconds);
            Assert.Equal(30, run.WallSeconds);
            Assert.Equal(10, run.SavedSeconds);
            Assert.Equal(25, run.SavedPercent);
            Assert.Equal(Path.Combine(dir.Path, "r", ".parallel", "runs", "20261201T100000000Z.json"), run.RecordPath);
        }
    }
}
