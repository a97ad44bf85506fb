using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;
using ParallelExec.Run;
using Xunit;

namespace ParallelExec.Tests
{
    public class SchedulerTests
    {
        private static AchievementId I(string s) => AchievementId.Parse(s);

        private static RunNode N(string id, double hours, params string[] deps) => new RunNode(I(id), deps.Select(I), hours);

        private static string Ids(IEnumerable<AchievementId> ids) => string.Join(" ", ids.Select(i => i.ToString()));

        [Fact]
        public void StartsByDependencyNotByLevel()
        {
            // 1.1 (short) -> 2.1 may start while 1.2 (long) still runs: no level barrier.
            var s = new RunScheduler(new[] { N("1.1", 1), N("1.2", 5), N("2.1", 1, "1.1"), N("2.2", 1, "1.2") }, 4);
            Assert.Equal("1.2 1.1", Ids(s.Next()));
            s.Complete(I("1.1"), true);
            Assert.Equal("2.1", Ids(s.Next()));
            Assert.Equal(RunState.Pending, s.StateOf(I("2.2")));
        }

        [Fact]
        public void ThrottleAndLongestRemainingPathFirst()
        {
            // 1.1 heads a 3-hour chain, 1.2 and 1.3 are alone: with one executor, the chain head goes first.
            var s = new RunScheduler(new[] { N("1.2", 2), N("1.3", 1), N("1.1", 1), N("2.1", 2, "1.1") }, 1);
            Assert.Equal(3, s.PriorityOf(I("1.1")));
            Assert.Equal("1.1", Ids(s.Next()));
            Assert.Empty(s.Next());
            s.Complete(I("1.1"), true);
            Assert.Equal("1.2", Ids(s.Next())); // 2 h ties with 2.1 (2 h): the lower id wins
        }

        [Fact]
        public void FailureBlocksExactlyItsDependents()
        {
            var s = new RunScheduler(new[] { N("1.1", 1), N("1.2", 1), N("2.1", 1, "1.1"), N("3.1", 1, "2.1"), N("2.2", 1, "1.2") }, 4);
            s.Next();
            Assert.Equal(RunState.Failed, s.Complete(I("1.1"), false, "boom"));
            s.Complete(I("1.2"), true);
            Assert.Equal(RunState.Blocked, s.StateOf(I("2.1")));
            Assert.Equal(RunState.Blocked, s.StateOf(I("3.1")));
            Assert.Contains("1.1 failed", s.ReasonOf(I("3.1")));
            Assert.Equal("2.2", Ids(s.Next()));
            s.Complete(I("2.2"), true);
            Assert.True(s.IsFinished);
            Assert.Equal("boom", s.ReasonOf(I("1.1")));
        }

        [Fact]
        public void RetriesUntilMaxAttempts()
        {
            var s = new RunScheduler(new[] { N("1.1", 1), N("2.1", 1, "1.1") }, 2, maxAttempts: 3);
            s.Next();
            Assert.Equal(RunState.Ready, s.Complete(I("1.1"), false));
            Assert.Equal("1.1", Ids(s.Next()));
            s.Complete(I("1.1"), false);
            s.Next();
            Assert.Equal(3, s.AttemptsOf(I("1.1")));
            Assert.Equal(RunState.Failed, s.Complete(I("1.1"), false));
            Assert.Equal(RunState.Blocked, s.StateOf(I("2.1")));

            var t = new RunScheduler(new[] { N("1.1", 1) }, 1, maxAttempts: 2);
            t.Next();
            t.Complete(I("1.1"), false);
            t.Next();
            Assert.Equal(RunState.Succeeded, t.Complete(I("1.1"), true));
            Assert.Equal(2, t.AttemptsOf(I("1.1")));
        }

        [Fact]
        public void CompletedOnesAreNotRunAndReleaseDependents()
        {
            var nodes = new[] { new RunNode(I("1.1"), new AchievementId[0], 1, RunState.AlreadyComplete), N("2.1", 1, "1.1"),
                new RunNode(I("1.2"), new AchievementId[0], 1, RunState.Skipped), N("2.2", 1, "1.2") };
            var s = new RunScheduler(nodes, 4);
            // A skipped achievement counts as done for scheduling: 2.2 starts with 2.1.
            Assert.Equal("2.1 2.2", Ids(s.Next()));
            Assert.Equal(RunState.Skipped, s.StateOf(I("1.2")));
            Assert.Equal(RunState.AlreadyComplete, s.StateOf(I("1.1")));
        }

        [Fact]
        public void CycleIsBlockedNotHung()
        {
            var s = new RunScheduler(new[] { N("1.1", 1, "1.2"), N("1.2", 1, "1.1"), N("1.3", 1) }, 2);
            Assert.Equal("1.3", Ids(s.Next()));
            s.Complete(I("1.3"), true);
            Assert.True(s.IsFinished);
            Assert.Equal(RunState.Blocked, s.StateOf(I("1.1")));
        }

        [Fact]
        public void StopCancelsWhatWaits()
        {
            var s = new RunScheduler(new[] { N("1.1", 1), N("1.2", 1), N("2.1", 1, "1.1") }, 1);
            s.Next();
            s.Stop();
            Assert.Empty(s.Next());
            Assert.Equal(RunState.Cancelled, s.StateOf(I("1.2")));
            Assert.Equal(RunState.Cancelled, s.StateOf(I("2.1")));
            Assert.False(s.IsFinished);
            s.Complete(I("1.1"), true);
            Assert.True(s.IsFinished);
        }

        [Fact]
        public void PredictionIsListScheduling()
        {
            // Diamond 1 -> (2, 3) -> 4 with 1 h, 2 h, 3 h, 1 h.
            var diamond = new[] { N("1.1", 1), N("2.1", 2, "1.1"), N("2.2", 3, "1.1"), N("3.1", 1, "2.1", "2.2") };
            var two = SchedulePrediction.Of(diamond, 2);
            Assert.Equal(5, two.MakespanHours);
            Assert.Equal(7, two.SequentialHours);
            var one = SchedulePrediction.Of(diamond, 1);
            Assert.Equal(7, one.MakespanHours);
            var first = two.Rows.Single(r => r.Key.Equals(I("2.2")));
            Assert.Equal(1, first.StartHours);
            Assert.Equal(4, first.EndHours);
            // A chain gains nothing from executors.
            var chain = Enumerable.Range(1, 5).Select(i => i == 1 ? N("1." + i, 1) : N("1." + i, 1, "1." + (i - 1))).ToArray();
            Assert.Equal(5, SchedulePrediction.Of(chain, 4).MakespanHours);
        }

        [Fact]
        public void LongChainDoesNotOverflow()
        {
            var nodes = new List<RunNode> { N("1.0", 0) };
            for (int i = 1; i < 100000; i++) nodes.Add(new RunNode(new AchievementId(1, i), new[] { new AchievementId(1, i - 1) }, 0));
            var s = new RunScheduler(nodes, 2);
            Assert.Single(s.Next());
        }

        [Fact]
        public void NodesFromAPlanHonourStatusOnDisk()
        {
            using var dir = new TempDir();
            var plan = dir.Write("PLAN_R.md", "# PLAN: R\n\n**Achievement 1.1**: A\n- **Effort**: 2 hours\n\n**Achievement 1.2**: B\n\n**Achievement 1.3**: C\n");
            dir.Write("execution/feedbacks/APPROVED_11.md", "ok");
            var p = Load.Plan(plan);
            var nodes = RunNode.From(p.Achievements);
            Assert.Equal(RunState.AlreadyComplete, nodes[0].Initial);
            Assert.Equal(2, nodes[0].Hours);
            // Only 1.3 chosen: its dependency 1.2 is neither complete nor part of the run.
            var only = RunNode.From(p.Achievements.Where(a => a.Key.Equals(I("1.3"))));
            Assert.Equal(RunState.Blocked, only[0].Initial);
            Assert.Contains("1.2", only[0].BlockReason);

            var results = new[] { new RunResult("R", I("1.2"), RunState.Succeeded) { Attempts = 1, StartedAt = new System.DateTime(2026, 1, 1, 0, 0, 0, System.DateTimeKind.Utc), CompletedAt = new System.DateTime(2026, 1, 1, 0, 0, 2, System.DateTimeKind.Utc) } };
            var path = RunRecord.Write(p, "run1", results[0].StartedAt!.Value, results[0].CompletedAt!.Value, 2, 1, results);
            var json = JObject.Parse(System.IO.File.ReadAllText(path));
            Assert.Equal("1.2", (string?)json["achievements"]![0]!["achievement"]);
            Assert.Equal(2.0, (double)json["achievements"]![0]!["duration_seconds"]!);
            Assert.Equal("succeeded", (string?)json["achievements"]![0]!["result"]);
        }

        [Theory]
        [InlineData("plain", "plain")]
        [InlineData("two words", "\"two words\"")]
        [InlineData("", "\"\"")]
        [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
        [InlineData("C:\\dir with space\\", "\"C:\\dir with space\\\\\"")]
        public void CommandLineQuotesForTheCRuntime(string arg, string expected) => Assert.Equal(expected, CommandLine.Quote(arg));

        [Fact]
        public void BranchNamesAreSafe()
        {
            Assert.Equal("MY-PLAN", GitWorktrees.SafeName("MY PLAN"));
            Assert.Equal("plan", GitWorktrees.SafeName("..."));
        }
    }
}
