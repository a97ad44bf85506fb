using System;
using System.Collections.Generic;
using System.Linq;
using ParallelExec.Status;
using Xunit;

namespace ParallelExec.Tests
{
    /// <summary>Mapping files to achievements: header first, then the SUBPLAN's number, then an unambiguous suffix.</summary>
    public class StatusMappingTests : StatusTestBase
    {
        [Fact]
        public void SequentialNumbersFollowTheHeaders()
        {
            // SUBPLAN_X_02.md holds Achievement 1.1 (validation-nov-2025 does this); 0.2 exists too.
            using var f = new Fixture(PlanText("0.1", "0.2", "1.1"));
            f.Sub("01", "Achievement 0.1 - Test Environment Prepared");
            var s02 = f.Write("subplans/SUBPLAN_X_02.md", "# SUBPLAN: Extraction\n\n**Achievement Addressed**: Achievement 1.1 (Extraction Stage Validated)\n**Status**: In Progress\n");
            var e02 = f.Exec("02_01", null, "Complete");                  // no header: follows SUBPLAN_X_02
            var a02 = f.Feedback("APPROVED_02.md");                       // feedback too
            var r = f.Result();
            var p = r.Plans.Single();
            Assert.Equal("subplan_created", St(p, "0.1"));
            Assert.Equal("not_started", St(p, "0.2"));
            var s = S(p, "1.1");
            Assert.Equal("complete", s.StatusValue.ToString());
            Assert.Equal(s02, s.SubplanPath);
            Assert.Equal(new[] { e02 }, s.ExecutionPaths);
            Assert.Equal(new[] { a02 }, s.FeedbackPaths);
            Assert.Empty(Warnings(r, "AmbiguousFile"));
            Assert.Empty(Warnings(r, "OrphanFile"));
        }

        [Theory]
        [InlineData("**Achievement**: 2.1\n", "2.1")]
        [InlineData("**Achievement**: Achievement 2.1 (Title)  \n", "2.1")]
        [InlineData("- **Achievement Addressed**: Achievement 2.1 (Title)\n", "2.1")]
        [InlineData("**Achievement:** 2.1 - Title\n", "2.1")]
        [InlineData("**Achievement Number**: 2.1\n", "2.1")]
        [InlineData("**Achievement**: 0.3: Environment Variables Configured\n", "0.3")]
        [InlineData("**Achievement**: Achievement 4.1 & 4.2 - Observability Stack Validated\n", "4.1,4.2")]
        [InlineData("**Achievement**: 2.1.1 - a sub-achievement\n", "")]
        [InlineData("Body text mentioning **Achievement**: 2.1 inline\n", "")]
        public void HeaderForms(string line, string expected)
        {
            List<StatusStatement>? statuses = null;
            StatusHead.ParseHead("# SUBPLAN: Title\n\n" + line + "**Status**: x\n", true, out var ids, ref statuses);
            Assert.Equal(new[] { "x" }, statuses!.Select(s => s.Text));
            Assert.Equal(expected, ids == null ? "" : string.Join(",", ids.Select(i => i.ToString())));
        }

        [Theory]
        [InlineData("# SUBPLAN: Achievement 2.3 - Edge Cases Tested\n", "2.3")]
        [InlineData("# EXECUTION TASK: Achievement 3.3 - API Documentation Updated\n", "3.3")]
        [InlineData("# EXECUTION_TASK: Case Study (Achievement 6.2)\n", "6.2")]
        [InlineData("# SUBPLAN: Observability\n\n## Achievement 9.9 mentioned in a later heading\n", "")]
        public void TitleHeaders(string text, string expected)
        {
            List<StatusStatement>? statuses = null;
            StatusHead.ParseHead(text, true, out var ids, ref statuses);
            Assert.Equal(expected, ids == null ? "" : string.Join(",", ids.Select(i => i.ToString())));
        }

        [Fact]
        public void TheHeaderWinsOverTheFileName()
        {
            using var f = new Fixture(PlanText("1.1", "2.1"));
            var sub = f.Sub("11", "2.1"); // named 11, says 2.1
            var p = f.Plan();
            Assert.Equal("not_started", St(p, "1.1"));
            Assert.Equal(sub, S(p, "2.1").SubplanPath);
        }

        [Fact]
        public void OneFileForTwoAchievementsCountsForBoth()
        {
            using var f = new Fixture(PlanText("4.1", "4.2"));
            f.Write("subplans/SUBPLAN_X_07.md", Subplan("Achievement 4.1 & 4.2 - Observability Stack Validated"));
            f.Exec("07_01", "Achievement 4.1 & 4.2 - Observability Stack Validated", "✅ Complete");
            var p = f.Plan();
            Assert.Equal("complete", St(p, "4.1"));
            Assert.Equal("complete", St(p, "4.2"));
        }

        [Fact]
        public void Suffix111IsAmbiguousInAPlanWithBoth1_11And11_1()
        {
            using var f = new Fixture(PlanText("1.11", "11.1"));
            var approved = f.Feedback("APPROVED_111.md");
            var exec = f.Exec("111_01", null, "In Progress");
            var r = f.Result();
            var p = r.Plans.Single();
            Assert.Equal("not_started", St(p, "1.11"));
            Assert.Equal("not_started", St(p, "11.1"));
            var warnings = Warnings(r, "AmbiguousFile");
            Assert.Equal(2, warnings.Count);
            Assert.Contains(warnings, w => w.Path == approved && w.Message.Contains("1.11 or 11.1") && Equals(w.Target, approved));
            Assert.Contains(warnings, w => w.Path == exec && w.Suggestion!.Contains("**Achievement**"));
            Assert.All(warnings, w => Assert.Equal(DiagnosticSeverity.Warning, w.SeverityValue));
        }

        [Fact]
        public void Suffix111FollowsAHeaderedSubplan()
        {
            using var f = new Fixture(PlanText("1.11", "11.1"));
            f.Write("subplans/SUBPLAN_X_111.md", Subplan("11.1"));
            f.Exec("111_01", null, "In Progress");
            f.Feedback("FIX_111.md");
            var r = f.Result();
            var p = r.Plans.Single();
            Assert.Equal("not_started", St(p, "1.11"));
            Assert.Equal("failed", St(p, "11.1"));
            Assert.Single(S(p, "11.1").ExecutionPaths);
            Assert.Empty(Warnings(r, "AmbiguousFile"));
        }

        [Fact]
        public void OneTenIsNotElevenOrEleven0()
        {
            using (var f = new Fixture(PlanText("1.1", "1.10", "11.0")))
            {
                f.Feedback("APPROVED_11.md");
                f.Feedback("APPROVED_110.md");
                var r = f.Result();
                var p = r.Plans.Single();
                Assert.Equal("complete", St(p, "1.1"));   // 11 is 1.1, never 1.10
                Assert.Equal("not_started", St(p, "1.10")); // 110 is 1.10 or 11.0: not guessed
                Assert.Equal("not_started", St(p, "11.0"));
                Assert.Single(Warnings(r, "AmbiguousFile"));
            }
            using (var f = new Fixture(PlanText("1.1", "1.10")))
            {
                f.Feedback("APPROVED_110.md");
                var p = f.Plan();
                Assert.Equal("complete", St(p, "1.10")); // unambiguous here
                Assert.Equal("not_started", St(p, "1.1"));
            }
        }

        [Fact]
        public void OrphanFilesAreReportedOnceAndNotCounted()
        {
            using var f = new Fixture(PlanText("1.1"));
            var named = f.Sub("11", "9.9");               // header names an id the plan lacks
            var numbered = f.Feedback("APPROVED_99.md");  // suffix matches nothing
            var headless = f.Exec("42_01", null, "Complete");
            var r = f.Result();
            Assert.Equal("not_started", St(r.Plans.Single(), "1.1"));
            var orphans = Warnings(r, "OrphanFile");
            Assert.Equal(3, orphans.Count);
            Assert.Equal(new[] { named, numbered, headless }.OrderBy(x => x), orphans.Select(o => o.Path).OrderBy(x => x));
            Assert.Contains("9.9", orphans.Single(o => o.Path == named).Message);
            Assert.All(orphans, o => Assert.Equal(DiagnosticKind.InvalidData, o.KindValue));
        }

        [Fact]
        public void MultipleExecutionsAreAllCounted()
        {
            using var f = new Fixture(PlanText("0.1", "0.2"));
            var e = new[]
            {
                f.Exec("01_01", "0.1", "✅ Complete"),
                f.Exec("01_02", "0.1", "✅ Complete"),
                f.Exec("01_02_V2", "0.1", "✅ Complete"),
                f.Exec("01_04_RECOVERY", "0.1", "✅ Complete"),
            };
            f.Exec("02_01", "0.2", "✅ Complete");
            f.Exec("02_01_V2", "0.2", "🚧 In Progress");
            var p = f.Plan();
            var s = S(p, "0.1");
            Assert.Equal("complete", s.StatusValue.ToString());
            Assert.Equal(e.OrderBy(x => x, StringComparer.Ordinal), s.ExecutionPaths);
            Assert.Contains("all 4", s.Detail);
            Assert.Equal("in_progress", St(p, "0.2"));
        }

        [Fact]
        public void FilesOfAnotherPlanInTheSameFolderAreLeftToIt()
        {
            using var f = new Fixture(PlanText("1.1"));
            f.Write("PLAN_OTHER.md", PlanText("1.1"));
            f.Sub("11", "1.1");
            f.Write("subplans/SUBPLAN_OTHER_11.md", Subplan("1.1"));
            f.Write("execution/EXECUTION_TASK_OTHER_11_01.md", Execution("1.1", "In Progress"));
            f.Write("subplans/SUBPLAN_THIRD_99.md", Subplan(null)); // whose? not warned about by either plan
            var own = f.Write("subplans/SUBPLAN_X_98.md", Subplan(null));
            var r = f.Result();
            var plans = r.Plans;
            Assert.Equal("subplan_created", St(plans.Single(p => p.Name == "X"), "1.1"));
            Assert.Equal("in_progress", St(plans.Single(p => p.Name == "OTHER"), "1.1"));
            Assert.Equal(new[] { own }, Warnings(r, "OrphanFile").Select(w => w.Path)); // X's own orphan is X's to report
        }

        [Fact]
        public void ANestedPlanFolderIsNotScanned()
        {
            using var f = new Fixture(PlanText("1.1"));
            f.Write("child/PLAN_CHILD.md", PlanText("1.1"));
            f.Write("child/execution/feedbacks/APPROVED_11.md", "ok");
            Assert.Equal("not_started", St(f.Plan(), "1.1"));
        }
    }
}
