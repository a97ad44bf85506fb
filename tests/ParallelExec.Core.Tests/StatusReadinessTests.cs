using System;
using System.Linq;
using ParallelExec.Graph;
using ParallelExec.Status;
using Xunit;

namespace ParallelExec.Tests
{
    /// <summary>Readiness from the dependencies' statuses, and drift of the PLAN's mark and the registry's stored status.</summary>
    public class StatusReadinessTests : StatusTestBase
    {
        [Fact]
        public void FailedDependenciesBlockTheirDependentsAndSkippedOnesCountAsDone()
        {
            using var f = new Fixture(PlanText("1.1", "1.2", "2.1<1.1", "2.2<1.2", "2.3<2.1", "3.1<1.1+1.2"));
            f.Feedback("FIX_11.md");
            f.Feedback("SKIPPED_12.md");
            var p = f.Plan();
            Assert.Equal(Readiness.Blocked, S(p, "1.1").ReadinessValue); // a failed achievement is its own root failure: fix it first
            Assert.Empty(S(p, "1.1").BlockedByKeys); // the root failure names nothing above it
            Assert.Equal(Readiness.Done, S(p, "1.2").ReadinessValue);
            Assert.Equal(Readiness.Blocked, S(p, "2.1").ReadinessValue);
            Assert.Equal(new[] { AchievementId.Parse("1.1") }, S(p, "2.1").BlockedByKeys);
            Assert.Equal(Readiness.Ready, S(p, "2.2").ReadinessValue); // its only dependency was skipped
            Assert.Empty(S(p, "2.2").BlockedByKeys);
            Assert.Equal(Readiness.Blocked, S(p, "2.3").ReadinessValue); // transitive: 2.1, which it waits on, is blocked by 1.1
            Assert.Equal(new[] { AchievementId.Parse("1.1") }, S(p, "2.3").BlockedByKeys); // the root failure, not 2.1
            Assert.Equal(new[] { "1.1" }, S(p, "3.1").BlockedByKeys.Select(b => b.ToString()));
        }

        [Fact]
        public void ReadyWhenEveryDependencyIsComplete()
        {
            using var f = new Fixture(PlanText("1.1", "1.2", "2.1<1.1+1.2"));
            f.Feedback("APPROVED_11.md");
            Assert.Equal(Readiness.Waiting, S(f.Plan(), "2.1").ReadinessValue);
            f.Feedback("APPROVED_12.md");
            Assert.Equal(Readiness.Ready, S(f.Plan(), "2.1").ReadinessValue); // derived when asked, nothing cached
        }

        [Fact]
        public void ThePlansCheckmarkIsDriftWhenTheFilesDisagree()
        {
            using var f = new Fixture("# PLAN\n\n### Achievement 1.1: Done Thing ✅ COMPLETE\n- Dependencies: None\n\n" +
                                      "**Achievement 1.2**: Claimed ✅\n- Dependencies: None\n\n" +
                                      "### Achievement 1.3: Designed 📋 DESIGN COMPLETE\n- Dependencies: None\n\n" +
                                      "### Achievement 1.4: Title Complete In Words\n- Dependencies: None\n\n" +
                                      "**Achievement 1.5**: Caps **COMPLETE**\n- Dependencies: None\n");
            f.Feedback("APPROVED_11.md");
            f.Exec("12_01", "1.2", "In Progress");
            var p = f.Plan();
            Assert.Null(S(p, "1.1").Drift);
            Assert.Equal("Done Thing", p.Find(AchievementId.Parse("1.1"))!.Title);
            Assert.Equal("✅ COMPLETE", p.Find(AchievementId.Parse("1.1"))!.PlanMarker);
            Assert.Contains("the PLAN marks it '✅'", S(p, "1.2").Drift);
            Assert.Contains("the files say in_progress", S(p, "1.2").Drift);
            Assert.Null(S(p, "1.3").Drift);
            Assert.Equal(AchievementStatus.NotStarted, S(p, "1.3").StatusValue); // DESIGN COMPLETE is not the achievement's completion
            Assert.Null(S(p, "1.4").Drift);
            // No file at all and the PLAN marks it done: complete, the PLAN line is the evidence.
            var a15 = p.Find(AchievementId.Parse("1.5"))!;
            Assert.Equal(AchievementStatus.Complete, S(p, "1.5").StatusValue);
            Assert.Equal($"marked complete in the PLAN (line {a15.Line}); no files", S(p, "1.5").Detail);
            Assert.Equal(new[] { $"{p.PlanPath}:{a15.Line}" }, S(p, "1.5").Evidence);
            Assert.Null(S(p, "1.5").Drift);
        }

        [Fact]
        public void TheRegistrysStoredStatusIsDriftWhenTheFilesDisagree()
        {
            using var f = new Fixture(PlanText("1.1", "1.2", "1.3", "1.4"));
            f.Write("parallel.json", @"{ ""plan_name"": ""X"", ""achievements"": [
                { ""achievement_id"": ""1.1"", ""dependencies"": [], ""status"": ""complete"" },
                { ""achievement_id"": ""1.2"", ""dependencies"": [], ""status"": ""not_started"" },
                { ""achievement_id"": ""1.3"", ""dependencies"": [], ""status"": ""partially_complete"" },
                { ""achievement_id"": ""1.4"", ""dependencies"": [], ""status"": ""completed"" } ] }");
            f.Feedback("APPROVED_11.md");
            f.Feedback("APPROVED_12.md");
            f.Feedback("APPROVED_14.md");
            var p = f.Plan();
            Assert.Null(S(p, "1.1").Drift);
            Assert.Equal("parallel.json says not_started, the files say complete", S(p, "1.2").Drift);
            Assert.Contains("'partially_complete', which is not a status", S(p, "1.3").Drift);
            Assert.Null(S(p, "1.4").Drift);
            Assert.Equal("complete", St(p, "1.2")); // drift is reported, never believed
        }

        [Fact]
        public void ReadinessFollowsTheGraphItIsGiven()
        {
            using var f = new Fixture(PlanText("1.1", "1.2", "1.3"));
            f.Feedback("FIX_11.md");
            f.Feedback("APPROVED_12.md");
            var p = f.Plan();
            var infos = p.Statuses.ToArray();
            Assert.Equal(Readiness.Blocked, infos[0].ReadinessValue); // failed
            Assert.Equal(Readiness.Ready, infos[2].ReadinessValue); // no dependencies
            var ids = p.Achievements.Select(a => a.Key).ToArray();
            var one = AchievementId.Parse("1.1");
            var two = AchievementId.Parse("1.2");
            StatusReadiness.Apply(PlanGraph.Build(ids, id => id == AchievementId.Parse("1.3") ? new[] { one, two } : Array.Empty<AchievementId>()), infos);
            Assert.Equal((Readiness.Blocked, Readiness.Done, Readiness.Blocked), (infos[0].ReadinessValue, infos[1].ReadinessValue, infos[2].ReadinessValue));
            Assert.Equal(new[] { one }, infos[2].BlockedByKeys);
            StatusReadiness.Apply(PlanGraph.Build(ids, id => id == AchievementId.Parse("1.3") ? new[] { two } : Array.Empty<AchievementId>()), infos);
            Assert.Equal(Readiness.Ready, infos[2].ReadinessValue);
            StatusReadiness.Apply(PlanGraph.Build(ids, id => id == two ? new[] { one } : Array.Empty<AchievementId>()), infos);
            Assert.Equal(Readiness.Done, infos[1].ReadinessValue); // done stays done whatever it depends on
        }

        [Fact]
        public void ASkipUnblocksTheDependentsWhoseOtherDependenciesAreDone()
        {
            using var f = new Fixture(PlanText("1.1", "1.2", "1.3", "2.1<1.1", "2.2<1.1+1.2", "2.3<1.1", "2.4<1.1+1.3"));
            f.Feedback("SKIPPED_12.md");
            f.Feedback("APPROVED_23.md");
            var p = f.Plan();
            AchievementId[] Unblocks(string id) => AchievementSkipper.Unblocks(p.Find(AchievementId.Parse(id))!);
            Assert.Equal(new[] { "2.1", "2.2" }, Unblocks("1.1").Select(x => x.ToString())); // 2.3 is done already, 2.4 waits on 1.3
            Assert.Empty(Unblocks("1.3")); // 2.4 still waits on 1.1
            Assert.Empty(Unblocks("2.1")); // nothing depends on it
            var text = AchievementSkipper.Text(p.Find(AchievementId.Parse("1.1"))!, "why", new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc));
            Assert.Contains("## Unblocks\n\n- 2.1 Task 2.1\n- 2.2 Task 2.2\n\nStill waiting on other dependencies: 2.3, 2.4\n", text);
            Assert.Contains("**Date**: 2024-01-02T03:04:05Z\n", text);
        }

        [Fact]
        public void DriftJoinsThePlansAndTheRegistrysClaims()
        {
            using var f = new Fixture("# PLAN\n\n**Achievement 1.1**: Claimed ✅\n- Dependencies: None\n\n**Achievement 1.2**: Plain\n- Dependencies: None\n");
            f.Write("parallel.json", @"{ ""plan_name"": ""X"", ""achievements"": [
                { ""achievement_id"": ""1.1"", ""dependencies"": [], ""status"": ""complete"" },
                { ""achievement_id"": ""1.2"", ""dependencies"": [], ""status"": ""executing"" } ] }");
            f.Exec("12_01", "1.2", "In Progress");
            f.Exec("11_01", "1.1", "Pending");
            var p = f.Plan();
            var a = p.Find(AchievementId.Parse("1.1"))!;
            Assert.Equal($"the PLAN marks it '✅' (line {a.Line}), the files say execution_created; parallel.json says complete, the files say execution_created", S(p, "1.1").Drift);
            Assert.Null(S(p, "1.2").Drift); // 'executing' is the registry's older word for in_progress
        }
    }
}
