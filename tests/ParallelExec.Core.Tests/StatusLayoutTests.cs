using System;
using System.IO;
using System.Linq;
using Xunit;

namespace ParallelExec.Tests
{
    /// <summary>Both layouts (work-space/plans and documentation/archive), any current directory.</summary>
    public class StatusLayoutTests : StatusTestBase
    {
        [Fact]
        public void TheArchiveLayoutFindsFilesBesidePlanning()
        {
            using var f = new Fixture(PlanText("1.1", "1.2<1.1"), "ARCH", archive: true);
            f.Sub("11", "1.1");
            f.Exec("11_01", "1.1", "Complete");
            var p = f.Plan();
            Assert.Equal(f.Root, p.PlanRoot);
            Assert.Equal("complete", St(p, "1.1"));
            Assert.Equal(Readiness.Ready, S(p, "1.2").ReadinessValue);
            // The same from the PLAN file itself and from another current directory.
            var saved = Environment.CurrentDirectory;
            try
            {
                Environment.CurrentDirectory = Path.GetTempPath();
                var again = Load.Result(Path.Combine(f.Root, "planning", "PLAN_ARCH.md")).Plans.Single();
                Assert.Equal("complete", St(again, "1.1"));
            }
            finally { Environment.CurrentDirectory = saved; }
        }

        [Fact]
        public void GetParallelPlanStatusIsTheResolversStatus()
        {
            using var f = new Fixture(PlanText("1.1", "1.2<1.1"));
            f.Feedback("APPROVED_11.md");
            f.Sub("12", "1.2");
            var p = f.Plan();
            Assert.Equal(AchievementStatus.Complete, p.Find(AchievementId.Parse("1.1"))!.StatusValue);
            Assert.Equal(AchievementStatus.SubplanCreated, p.Find(AchievementId.Parse("1.2"))!.StatusValue);
            foreach (var s in p.Statuses) Assert.Same(s.Achievement, p.Find(s.Key));
        }

        [Fact]
        public void OddCaseNamesAreFound()
        {
            using var f = new Fixture(PlanText("1.1", "1.2", "1.3"));
            f.Write("SubPlans/subplan_x_11.md", Subplan("1.1"));
            f.Write("Execution/execution_task_x_12_01.MD", Execution("1.2", "in progress"));
            f.Write("Execution/Feedbacks/approved_13.md", "ok");
            var p = f.Plan();
            Assert.Equal("subplan_created", St(p, "1.1"));
            Assert.Equal("in_progress", St(p, "1.2"));
            Assert.Equal("complete", St(p, "1.3"));
        }

        [Fact]
        public void APlanFileNotNamedPlanLooksOnlyInTheConventionalFolders()
        {
            using var dir = new TempDir();
            var plan = dir.Write("notes/seed.txt", PlanText("1.1", "1.2"));
            dir.Write("notes/SUBPLAN_X_11.md", Subplan("1.1"));           // beside a loose file: not looked at
            dir.Write("notes/unrelated/deep/SUBPLAN_X_11.md", Subplan("1.1"));
            dir.Write("notes/Execution/EXECUTION_TASK_X_12_01.md", Execution("1.2", "In Progress"));
            var p = Load.Plan(plan);
            Assert.Equal("not_started", St(p, "1.1"));
            Assert.Equal("in_progress", St(p, "1.2"));
        }
    }
}
