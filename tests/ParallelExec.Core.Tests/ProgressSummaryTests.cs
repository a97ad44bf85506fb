using System;
using System.Linq;
using ParallelExec.Status;
using Xunit;

namespace ParallelExec.Tests
{
    /// <summary>Progress rows per plan and level, or per plan.</summary>
    public class ProgressSummaryTests : StatusTestBase
    {
        [Fact]
        public void ProgressCountsEveryAchievementOncePerLevel()
        {
            using var f = new Fixture(PlanText("1.1", "1.2", "1.3", "2.1<1.1", "2.2<1.2", "2.3<1.3", "2.4<1.1"));
            f.Feedback("APPROVED_11.md");
            f.Feedback("FIX_12.md");
            f.Exec("13_01", "1.3", "In Progress");
            f.Feedback("SKIPPED_24.md");
            var p = f.Plan();
            var rows = ProgressSummary.Summarize(p.Statuses, byPlan: false);
            Assert.Equal(new int?[] { 1, 2 }, rows.Select(r => r.Level));
            var l1 = rows[0];
            Assert.Equal((3, 1, 1, 1, 0, 0, 0), (l1.Total, l1.Complete, l1.Failed, l1.InProgress, l1.Blocked, l1.Ready, l1.Waiting));
            Assert.Equal(33, l1.Percent);
            var l2 = rows[1];
            Assert.Equal((4, 1, 1, 1, 1, 1), (l2.Total, l2.Skipped, l2.Blocked, l2.Ready, l2.Waiting, l2.Done));
            Assert.Equal(new[] { AchievementId.Parse("2.1") }, l2.ReadyKeys);
            Assert.Equal(25, l2.Percent);
            foreach (var row in rows)
                Assert.Equal(row.Total, row.Complete + row.Skipped + row.Failed + row.InProgress + row.Blocked + row.Ready + row.Waiting);
            var whole = Assert.Single(ProgressSummary.Summarize(p.Statuses, byPlan: true));
            Assert.True(whole.WholePlan);
            Assert.Null(whole.Level);
            Assert.Equal(7, whole.Total);
            Assert.Equal(29, whole.Percent);
        }

        [Fact]
        public void ProgressPutsACycleInARowWithoutLevel()
        {
            using var f = new Fixture(PlanText("1.1", "2.1<2.2", "2.2<2.1"));
            var rows = ProgressSummary.Summarize(f.Plan().Statuses, byPlan: false);
            Assert.Equal(new int?[] { 1, null }, rows.Select(r => r.Level));
            Assert.False(rows[1].WholePlan);
            Assert.Equal(2, rows[1].Total);
            Assert.Equal(2, rows[1].Waiting);
        }

        [Fact]
        public void ProgressKeepsThePlansInTheOrderFirstSeen()
        {
            using var a = new Fixture(PlanText("1.1", "2.1<1.1"), "A");
            using var b = new Fixture(PlanText("1.1", "1.2", "2.1<1.1"), "B");
            var pa = a.Plan().Statuses;
            var pb = b.Plan().Statuses;
            var mixed = new[] { pb[2], pa[0], pb[0], pa[1], pb[1] };
            var rows = ProgressSummary.Summarize(mixed, byPlan: false);
            Assert.Equal(new[] { "B 1", "B 2", "A 1", "A 2" }, rows.Select(r => $"{r.PlanName} {r.Level}"));
            Assert.Equal(new[] { "1.1", "1.2" }, rows[0].Achievements.Select(s => s.Key.ToString())); // in the order given
            Assert.Equal(new[] { "B", "A" }, ProgressSummary.Summarize(mixed, byPlan: true).Select(r => r.PlanName));
            Assert.Equal("B all levels: 0/3 done (0%)", ProgressSummary.Summarize(mixed, byPlan: true)[0].ToString());
            Assert.Empty(ProgressSummary.Summarize(Array.Empty<AchievementStatusInfo>(), byPlan: false));
        }
    }
}
