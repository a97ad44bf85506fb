using System.IO;
using System.Linq;
using ParallelExec.Plans;
using Xunit;

namespace ParallelExec.Tests
{
    /// <summary>Every place a PLAN marks an achievement done, and which files belong to which plan (docs/reference/status.md).</summary>
    public class StatusPlanMarkTests : StatusTestBase
    {
        [Theory]
        [InlineData("**Achievement 1.1**: Task 1.1 ✅\n- **Dependencies**: None\n")]
        [InlineData("### Achievement 1.1: Task 1.1\n- **Dependencies**: None\n\n**Status**: ✅ COMPLETE\n")]
        [InlineData("**Achievement 1.1**: Task 1.1\n- **Dependencies**: None\n\n## Tracking\n\n- [x] 1.1: Task 1.1\n")]
        [InlineData("**Achievement 1.1**: Task 1.1\n- **Dependencies**: None\n\n## Tracking\n\n- [x] **SUBPLAN_11**: Achievement 1.1 - ✅ Complete\n")]
        [InlineData("**Achievement 1.1**: Task 1.1\n- **Dependencies**: None\n\n## Progress\n\n- ✅ **Achievement 1.1 COMPLETE**: did it\n")]
        [InlineData("**Achievement 1.1**: Task 1.1\n- **Dependencies**: None\n\n**Progress**:\n\n- ✅ Achievement 1.1: Analysis Complete\n")]
        public void AnAchievementWithNoFilesThatThePlanMarksDoneIsComplete(string definition)
        {
            using var f = new Fixture("# PLAN: Fixture\n\n" + definition + "\n**Achievement 1.2**: Task 1.2\n- **Dependencies**: None\n");
            var p = f.Plan();
            var s = S(p, "1.1");
            Assert.Equal("complete", s.StatusValue.ToString());
            Assert.Matches(@"^marked complete in the PLAN \(line [0-9]+\); no files$", s.Detail);
            Assert.Single(s.Evidence);
            Assert.StartsWith(p.PlanPath + ":", s.Evidence[0]);
            Assert.Null(s.Drift);
            Assert.Equal("not_started", St(p, "1.2"));
        }

        [Theory]
        [InlineData("- [x] **EXECUTION_TASK_X_11_01**: Achievement 1.1 (Phase 1) - Complete ✅\n")] // an execution, not the achievement
        [InlineData("- [x] `tool.py` returns Achievement 3.3 for the plan ✅ (Achievement 1.1)\n")] // a success criterion
        [InlineData("- [ ] 1.1: Task 1.1\n")]                                                        // not checked
        [InlineData("- ✅ Achievement 1.1 and 1.2 criteria: see phase 2 in progress\n")]            // says under way
        [InlineData("### Achievement 1.1: Task 1.1 📋 DESIGN COMPLETE\n")]                          // the design, not the work
        public void WhatIsNotAMark(string line)
        {
            using var f = new Fixture("# PLAN: Fixture\n\n**Achievement 1.1**: Task 1.1\n- **Dependencies**: None\n\n## Tracking\n\n" + line);
            Assert.Equal("not_started", St(f.Plan(), "1.1"));
        }

        [Fact]
        public void ASeveralIdItemMarksEachAndTheFilesWinWithDrift()
        {
            using var f = new Fixture(PlanText("1.1", "1.2", "1.3") + "## Tracking\n\n- [x] **SUBPLAN_07**: Achievement 1.1 & 1.2 - Validated - Complete\n");
            f.Exec("12_01", "1.2", "In Progress");
            var p = f.Plan();
            Assert.Equal("complete", St(p, "1.1"));
            Assert.Equal("in_progress", St(p, "1.2"));
            var markLine = File.ReadAllLines(p.PlanPath).ToList().FindIndex(l => l.Contains("SUBPLAN_07")) + 1;
            Assert.Equal($"the PLAN marks it 'SUBPLAN_07: Achievement 1.1 & 1.2 - Validated - Complete' (line {markLine}), the files say in_progress", S(p, "1.2").Drift);
            Assert.Equal("not_started", St(p, "1.3"));
        }

        [Fact]
        public void ASummaryOfThePlanRootMarksAchievementsDone()
        {
            using var f = new Fixture(PlanText("1.1", "1.2"), archive: true);
            var summary = f.Write("summary/X-COMPLETE.md", "# Done\n\n- ✅ Achievement 1.1: Task 1.1\n");
            f.Write("summary/NOTES.md", "- ✅ Achievement 1.2: Task 1.2\n"); // not a *COMPLETE* file
            var s = S(f.Plan(), "1.1");
            Assert.Equal("complete", s.StatusValue.ToString());
            Assert.Equal("marked complete in X-COMPLETE.md (line 3); no files", s.Detail);
            Assert.Equal(new[] { summary + ":3" }, s.Evidence);
            Assert.Equal("not_started", St(f.Plan(), "1.2"));
        }

        [Fact]
        public void FilesNamedForAnotherPlanAreNotEvidenceAndAreNamedOnce()
        {
            using var f = new Fixture(PlanText("1.1", "1.2"));
            f.Write("subplans/SUBPLAN_OTHER_11.md", Subplan("1.1"));
            f.Write("execution/EXECUTION_TASK_OTHER_12_01.md", Execution("1.2", "In Progress"));
            var r = f.Result();
            var p = r.Plans.Single();
            Assert.Equal("not_started", St(p, "1.1"));
            Assert.Equal("not_started", St(p, "1.2"));
            var w = Assert.Single(Warnings(r, "ForeignPlanFile"));
            Assert.Contains("2 files", w.Message);
            Assert.Contains("SUBPLAN_OTHER_11.md", w.Message);
            Assert.Contains("EXECUTION_TASK_OTHER_12_01.md", w.Message);
        }

        [Fact]
        public void ANestedPlanFolderIsItsOwnPlan()
        {
            using var f = new Fixture(PlanText("1.1"));
            f.Write("inner/PLAN_INNER.md", PlanText("1.1"));
            f.Write("inner/subplans/SUBPLAN_INNER_11.md", Subplan("1.1"));
            f.Write("inner/subplans/SUBPLAN_X_11.md", Subplan("1.1")); // inside the inner plan: not the outer plan's
            Assert.Equal("not_started", St(f.Plan(), "1.1"));
            var inner = Load.Result(Path.Combine(f.Root, "inner")).Plans.Single();
            Assert.Equal("subplan_created", St(inner, "1.1"));
        }

        [Fact]
        public void ACompanionDocumentIsNotAPlan()
        {
            using var f = new Fixture(PlanText("1.1"));
            var summary = f.Write("PLAN_SUMMARY.md", "# PLAN Summary\n\n**Plan**: PLAN_X.md\n\n" + PlanText("0.1", "0.2"));
            f.Write("summary/PLAN_COMPLETION_SUMMARY.md", "# Completion summary\n");
            f.Sub("11", "1.1");
            var r = f.Result();
            Assert.Equal("X", Assert.Single(r.Plans).Name);
            Assert.Equal("subplan_created", St(r.Plans[0], "1.1")); // a root with one plan: no shared-root quiet mode
            var onPurpose = Load.Result(summary);
            Assert.Equal(new[] { "0.1", "0.2" }, onPurpose.Plans.Single().Achievements.Select(a => a.Key.ToString()));
            Assert.Contains("PLAN_X.md", Assert.Single(Warnings(onPurpose, "CompanionDocument")).Message);
        }

        [Fact]
        public void PlansThatShareANameStayApartAndGetALabel()
        {
            using var dir = new TempDir();
            dir.Write("work/SAME/PLAN_SAME.md", PlanText("1.1"));
            dir.Write("archive/old/planning/PLAN_SAME.md", PlanText("1.1"));
            dir.Write("archive/old/subplans/SUBPLAN_SAME_11.md", Subplan("1.1"));
            var result = PlanLoader.Load(dir.Path, new PlanLoadOptions { Recurse = true });
            var warnings = new SharedPlanNames().Note(result.Plans, dir.Path);
            Assert.Equal(2, result.Plans.Count);
            Assert.Equal(new[] { "SAME (archive/old)", "SAME (work/SAME)" }, result.Plans.Select(p => p.Label).OrderBy(l => l));
            Assert.Equal(new[] { "subplan_created", "not_started" },
                result.Plans.OrderBy(p => p.Label).Select(p => St(p, "1.1")));
            Assert.Equal("SharedPlanName", Assert.Single(warnings).Code);
        }

        [Fact]
        public void FromInsideAPlanFolderThePlanAboveIsRead()
        {
            using var f = new Fixture(PlanText("1.1"));
            f.Sub("11", "1.1");
            f.Feedback("APPROVED_11.md");
            foreach (var inside in new[] { "subplans", "execution", "execution/feedbacks" })
            {
                var plan = Load.Result(Path.Combine(f.Root, inside)).Plans.Single();
                Assert.Equal("X", plan.Name);
                Assert.Equal("complete", St(plan, "1.1"));
            }
        }
    }
}
