using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using ParallelExec.Plans;
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
            Assert.Equal(Readiness.Ready, S(p, "1.1").Readiness); // a failed achievement can be fixed
            Assert.Equal(Readiness.Done, S(p, "1.2").Readiness);
            Assert.Equal(Readiness.Blocked, S(p, "2.1").Readiness);
            Assert.Equal(new[] { AchievementId.Parse("1.1") }, S(p, "2.1").BlockedBy);
            Assert.Equal(Readiness.Ready, S(p, "2.2").Readiness); // its only dependency was skipped
            Assert.Empty(S(p, "2.2").BlockedBy);
            Assert.Equal(Readiness.Waiting, S(p, "2.3").Readiness);
            Assert.Empty(S(p, "2.3").BlockedBy);
            Assert.Equal(new[] { "1.1" }, S(p, "3.1").BlockedBy.Select(b => b.ToString()));
        }

        [Fact]
        public void ReadyWhenEveryDependencyIsComplete()
        {
            using var f = new Fixture(PlanText("1.1", "1.2", "2.1<1.1+1.2"));
            f.Feedback("APPROVED_11.md");
            Assert.Equal(Readiness.Waiting, S(f.Plan(), "2.1").Readiness);
            f.Feedback("APPROVED_12.md");
            Assert.Equal(Readiness.Ready, S(f.Plan(), "2.1").Readiness); // derived when asked, nothing cached
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
            var p = f.Plan();
            Assert.Null(S(p, "1.1").Drift);
            Assert.Equal("Done Thing", p.Find(AchievementId.Parse("1.1"))!.Title);
            Assert.Equal("✅ COMPLETE", p.Find(AchievementId.Parse("1.1"))!.PlanMarker);
            Assert.Contains("the PLAN marks it '✅'", S(p, "1.2").Drift);
            Assert.Contains("the files say not_started", S(p, "1.2").Drift);
            Assert.Null(S(p, "1.3").Drift);
            Assert.Null(S(p, "1.4").Drift);
            Assert.NotNull(S(p, "1.5").Drift);
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
    }
}
