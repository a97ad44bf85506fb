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
    /// <summary>Status from the files (DESIGN §1): every row of the table, mapping, readiness, drift, bad input.</summary>
    public class StatusTests
    {
        // ---- fixtures -------------------------------------------------------------------------------------------

        /// <summary>A PLAN whose achievements declare their dependencies ("1.2<1.1" depends on 1.1; "1.1" on nothing).</summary>
        private static string PlanText(params string[] specs)
        {
            var sb = new StringBuilder("# PLAN: Fixture\n\n");
            foreach (var spec in specs)
            {
                var parts = spec.Split('<');
                sb.Append($"**Achievement {parts[0]}**: Task {parts[0]}\n");
                sb.Append("- **Dependencies**: ").Append(parts.Length > 1 ? parts[1].Replace('+', ',') : "None").Append("\n\n");
            }
            return sb.ToString();
        }

        private static string Subplan(string? id, string extra = "") =>
            "# SUBPLAN: Something\n\n" + (id == null ? "" : $"**Achievement**: {id}\n") + "**Status**: Design Phase\n\n## Objective\n\nDo it.\n" + extra;

        private static string Execution(string? id, string status) =>
            "# EXECUTION_TASK: Something\n\n" + (id == null ? "" : $"**Achievement**: {id}\n") + $"**Status**: {status}\n\n## Iteration Log\n";

        private sealed class Fixture : IDisposable
        {
            public readonly TempDir Dir = new TempDir();
            public readonly string Root;
            public readonly string Name;

            public Fixture(string plan, string name = "X", bool archive = false)
            {
                Name = name;
                Root = archive ? System.IO.Path.Combine(Dir.Path, "documentation", "archive", "slug") : System.IO.Path.Combine(Dir.Path, "work-space", "plans", name);
                Write(archive ? $"planning/PLAN_{name}.md" : $"PLAN_{name}.md", plan);
            }

            public string Write(string relative, string content) => Dir.Write(System.IO.Path.Combine(Root, relative), content);
            public string Sub(string nn, string? id, string extra = "") => Write($"subplans/SUBPLAN_{Name}_{nn}.md", Subplan(id, extra));
            public string Exec(string nnmm, string? id, string status) => Write($"execution/EXECUTION_TASK_{Name}_{nnmm}.md", Execution(id, status));
            public string Feedback(string file) => Write($"execution/feedbacks/{file}", "# Review\n\nSee above.\n");

            public PlanLoadResult Result() => Load.Result(Root);
            public ParallelPlan Plan() => Result().Plans.Single();
            public void Dispose() => Dir.Dispose();
        }

        private static AchievementStatusInfo S(ParallelPlan p, string id) => p.Statuses.Single(s => s.Id == AchievementId.Parse(id));
        private static string St(ParallelPlan p, string id) => S(p, id).Status.ToString();
        private static List<PlanDiagnostic> Warnings(PlanLoadResult r, string code) => r.Diagnostics.Where(d => d.Code == code).ToList();

        // ---- the status table, row by row ------------------------------------------------------------------------

        [Fact]
        public void NothingIsNotStarted()
        {
            using var f = new Fixture(PlanText("1.1"));
            var s = S(f.Plan(), "1.1");
            Assert.Equal(AchievementStatus.NotStarted, s.Status);
            Assert.Equal("not_started", s.Status.ToString());
            Assert.True(s.Status.Equals("not_started"));
            Assert.Empty(s.Evidence);
            Assert.Null(s.SubplanPath);
            Assert.Equal(Readiness.Ready, s.Readiness);
        }

        [Fact]
        public void AFilledSubplanIsSubplanCreated()
        {
            using var f = new Fixture(PlanText("1.1"));
            var sub = f.Sub("11", "1.1");
            var s = S(f.Plan(), "1.1");
            Assert.Equal("subplan_created", s.Status.ToString());
            Assert.Equal(sub, s.SubplanPath);
            Assert.Equal(new[] { sub }, s.Evidence);
        }

        [Fact]
        public void AnUnfilledScaffoldIsNotStarted()
        {
            using var f = new Fixture(PlanText("1.1", "1.2<1.1"));
            var scaffold = f.Sub("11", "1.1", "\n## Approach\n\n[TO BE FILLED: how]\n");
            f.Sub("12", "1.2", "\n## Approach\n\n[To Be Filled later, lower case]\n");
            var p = f.Plan();
            var s = S(p, "1.1");
            Assert.Equal("not_started", s.Status.ToString());
            Assert.Contains("scaffold", s.Detail);
            Assert.Equal(scaffold, s.SubplanPath);
            Assert.Equal(new[] { scaffold }, s.Evidence);
            Assert.Equal("not_started", St(p, "1.2")); // the marker is matched case-insensitively
        }

        [Fact]
        public void AnExecutionNotYetStartedIsExecutionCreated()
        {
            using var f = new Fixture(PlanText("1.1", "1.2", "1.3") + "\n");
            f.Exec("11_01", "1.1", "Pending Execution");
            f.Exec("12_01", "1.2", "🚀 Ready for Execution");
            f.Write("execution/EXECUTION_TASK_X_13_01.md", "# EXECUTION_TASK: no status line\n\n**Achievement**: 1.3\n");
            f.Write("execution/EXECUTION_TASK_X_13_02.md", "# EXECUTION_TASK: no status line either\n\n**Achievement**: 1.3\n");
            f.Feedback("APPROVED_13.md"); // the plan uses reviews
            var p = f.Plan();
            Assert.Equal("execution_created", St(p, "1.1"));
            Assert.Contains("Pending Execution", S(p, "1.1").Detail);
            Assert.Equal("execution_created", St(p, "1.2"));
            Assert.Equal("complete", St(p, "1.3"));
        }

        [Fact]
        public void AnUnfilledExecutionScaffoldIsNotCreated()
        {
            using var f = new Fixture(PlanText("1.1", "1.2", "1.3") + "\n");
            f.Sub("11", "1.1");
            var skeleton = f.Exec("11_01", "1.1", "[TO BE FILLED]");
            f.Sub("12", "1.2");
            f.Exec("12_01", "1.2", "[TO BE FILLED]");
            f.Exec("12_02", "1.2", "Pending");
            // A real task that keeps a "to be filled" placeholder outside its status line is a task.
            f.Write("execution/EXECUTION_TASK_X_13_01.md", "# EXECUTION_TASK: T\n\n**Achievement**: 1.3\n**Started**: [To be filled by executor]\n**Status**: Ready for Execution\n");
            var p = f.Plan();
            var s = S(p, "1.1");
            Assert.Equal("subplan_created", s.Status.ToString());
            Assert.Contains("1 unfilled scaffold", s.Detail);
            Assert.Equal(new[] { skeleton }, s.ExecutionPaths);
            Assert.Equal("execution_created", St(p, "1.2"));
            Assert.Contains("EXECUTION_TASK created", S(p, "1.2").Detail);
            Assert.Equal("execution_created", St(p, "1.3"));
        }

        [Theory]
        [InlineData("In Progress")]
        [InlineData("🚧 In Progress")]
        [InlineData("‚è≥ In Progress")] // ⏳ double-encoded, as real files have it
        [InlineData("🚀 Starting Execution")]
        [InlineData("🎯 Executing")]
        [InlineData("✅ PHASES 1-2 COMPLETE | ⏳ PHASE 3 PENDING")]
        public void AnExecutionUnderWayIsInProgress(string status)
        {
            using var f = new Fixture(PlanText("1.1"));
            var e = f.Exec("11_01", "1.1", status);
            var s = S(f.Plan(), "1.1");
            Assert.Equal("in_progress", s.Status.ToString());
            Assert.Equal(new[] { e }, s.Evidence);
            Assert.Equal(new[] { e }, s.ExecutionPaths);
        }

        [Fact]
        public void ACompleteExecutionWithoutApprovalIsAwaitingReview()
        {
            using var f = new Fixture(PlanText("1.1", "1.2"));
            f.Feedback("APPROVED_12.md"); // the plan uses reviews: completion needs an APPROVED
            f.Exec("11_01", "1.1", "✅ Complete");
            var s = S(f.Plan(), "1.1");
            Assert.Equal("in_progress", s.Status.ToString());
            Assert.Equal("execution complete, awaiting review", s.Detail);
        }

        [Fact]
        public void ApprovedIsComplete()
        {
            using var f = new Fixture(PlanText("1.1"));
            f.Sub("11", "1.1");
            f.Exec("11_01", "1.1", "In Progress");
            var approved = f.Feedback("APPROVED_11.md");
            var s = S(f.Plan(), "1.1");
            Assert.Equal("complete", s.Status.ToString());
            Assert.Equal(new[] { approved }, s.Evidence);
            Assert.Equal(new[] { approved }, s.FeedbackPaths);
            Assert.Equal(Readiness.Done, s.Readiness);
        }

        [Fact]
        public void OlderPlansWithoutReviewFilesAreCompleteWhenEveryExecutionSaysSo()
        {
            using var f = new Fixture(PlanText("1.1", "1.2", "1.3"));
            f.Exec("11_01", "1.1", "✅ Complete");
            f.Exec("11_02", "1.1", "COMPLETE - all deliverables");
            f.Exec("12_01", "1.2", "✅ Complete");
            f.Exec("12_02", "1.2", "In Progress");
            f.Exec("13_01", "1.3", "Complete");
            var p = f.Plan();
            Assert.Equal("complete", St(p, "1.1"));
            Assert.Equal(2, S(p, "1.1").Evidence.Length);
            Assert.Equal("in_progress", St(p, "1.2"));
            Assert.Contains("1 of 2 executions in progress", S(p, "1.2").Detail);
            Assert.Equal("complete", St(p, "1.3"));
        }

        [Fact]
        public void AStatusLineFurtherDownWins()
        {
            // Executors keep the first **Status**: line and append a completion section.
            using var f = new Fixture(PlanText("1.1"));
            f.Write("execution/EXECUTION_TASK_X_11_01.md",
                "# EXECUTION_TASK: A\n\n**Achievement**: 1.1\n**Status**: 🎯 Executing\n\n## Log\n\nwork\n\n## Completion\n\n**Status**: ✅ COMPLETE\n");
            Assert.Equal("complete", St(f.Plan(), "1.1"));
        }

        [Fact]
        public void FixWithoutApprovalIsFailed()
        {
            using var f = new Fixture(PlanText("1.1"));
            f.Exec("11_01", "1.1", "✅ Complete");
            var fix = f.Feedback("FIX_11.md");
            var s = S(f.Plan(), "1.1");
            Assert.Equal("failed", s.Status.ToString());
            Assert.Equal(new[] { fix }, s.Evidence);
        }

        [Fact]
        public void FixBesideApprovedIsComplete()
        {
            using var f = new Fixture(PlanText("1.1"));
            f.Feedback("FIX_11.md");
            var approved = f.Feedback("APPROVED_11.md");
            var s = S(f.Plan(), "1.1");
            Assert.Equal("complete", s.Status.ToString());
            Assert.Equal(new[] { approved }, s.Evidence);
            Assert.Equal(2, s.FeedbackPaths.Length);
            Assert.Contains("after a fix", s.Detail);
        }

        [Fact]
        public void AResolvedFixIsNotFailed()
        {
            using var f = new Fixture(PlanText("1.1"));
            f.Exec("11_01", "1.1", "✅ Complete");
            f.Feedback("FIX_11.md");
            f.Feedback("FIX_11_RESOLUTION.md");
            var s = S(f.Plan(), "1.1");
            Assert.Equal("in_progress", s.Status.ToString());
            Assert.Contains("fix resolved", s.Detail);
            Assert.Equal(2, s.Evidence.Length);
        }

        [Fact]
        public void SkippedWinsOverEverything()
        {
            using var f = new Fixture(PlanText("1.1", "1.2"));
            f.Feedback("APPROVED_11.md");
            var skipped = f.Write("execution/SKIPPED_11.md", "Not needed.\n"); // beside the executions
            var skipped12 = f.Feedback("SKIPPED_12.md");                          // or under feedbacks/
            var p = f.Plan();
            Assert.Equal("skipped", St(p, "1.1"));
            Assert.Equal(new[] { skipped }, S(p, "1.1").Evidence);
            Assert.Equal("skipped", St(p, "1.2"));
            Assert.Equal(new[] { skipped12 }, S(p, "1.2").Evidence);
            Assert.Equal(Readiness.Done, S(p, "1.1").Readiness);
        }

        [Theory]
        [InlineData(null, "None")]
        [InlineData("In Progress", "InProgress")]
        [InlineData("🚧 In Progress", "InProgress")]
        [InlineData("Executing", "InProgress")]
        [InlineData("🚀 Starting Execution", "InProgress")]
        [InlineData("✅ Phase 1 Complete (Unit Tests), Blocked on Data", "InProgress")]
        [InlineData("✅ COMPLETE", "Complete")]
        [InlineData("✅ **COMPLETE**", "Complete")]
        [InlineData("Complete", "Complete")]
        [InlineData("‚úÖ Done", "Complete")]
        [InlineData("✅ Complete (pending review)", "Complete")]
        [InlineData("Pending Execution", "Pending")]
        [InlineData("Ready for Execution", "Pending")]
        [InlineData("Not Started", "Pending")]
        [InlineData("Not complete", "Pending")]
        [InlineData("📋 Design Phase Complete - Ready for Execution", "Pending")]
        public void StatusLinesAreReadForWhatTheyMean(string? text, string expected) =>
            Assert.Equal(expected, StatusWording.Classify(text).ToString());

        // ---- both layouts, any current directory ----------------------------------------------------------------

        [Fact]
        public void TheArchiveLayoutFindsFilesBesidePlanning()
        {
            using var f = new Fixture(PlanText("1.1", "1.2<1.1"), "ARCH", archive: true);
            f.Sub("11", "1.1");
            f.Exec("11_01", "1.1", "Complete");
            var p = f.Plan();
            Assert.Equal(f.Root, p.PlanRoot);
            Assert.Equal("complete", St(p, "1.1"));
            Assert.Equal(Readiness.Ready, S(p, "1.2").Readiness);
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
            Assert.Equal(AchievementStatus.Complete, p.Find(AchievementId.Parse("1.1"))!.Status);
            Assert.Equal(AchievementStatus.SubplanCreated, p.Find(AchievementId.Parse("1.2"))!.Status);
            foreach (var s in p.Statuses) Assert.Same(s.Achievement, p.Find(s.Id));
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

        // ---- mapping: header first, then the SUBPLAN's number, then an unambiguous suffix -----------------------

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
            Assert.Equal("complete", s.Status.ToString());
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
            List<string>? statuses = null;
            StatusHead.ParseHead("# SUBPLAN: Title\n\n" + line + "**Status**: x\n", true, out var ids, ref statuses);
            Assert.Equal(new[] { "x" }, statuses);
            Assert.Equal(expected, ids == null ? "" : string.Join(",", ids.Select(i => i.ToString())));
        }

        [Theory]
        [InlineData("# SUBPLAN: Achievement 2.3 - Edge Cases Tested\n", "2.3")]
        [InlineData("# EXECUTION TASK: Achievement 3.3 - API Documentation Updated\n", "3.3")]
        [InlineData("# EXECUTION_TASK: Case Study (Achievement 6.2)\n", "6.2")]
        [InlineData("# SUBPLAN: Observability\n\n## Achievement 9.9 mentioned in a later heading\n", "")]
        public void TitleHeaders(string text, string expected)
        {
            List<string>? statuses = null;
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
            Assert.All(warnings, w => Assert.Equal(DiagnosticSeverity.Warning, w.Severity));
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
            Assert.All(orphans, o => Assert.Equal(DiagnosticKind.InvalidData, o.Kind));
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
            Assert.Equal("complete", s.Status.ToString());
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

        // ---- readiness and drift --------------------------------------------------------------------------------

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

        // ---- bad input ------------------------------------------------------------------------------------------

        [Fact]
        public void A50MegabyteExecutionCostsNothing()
        {
            using var f = new Fixture(PlanText("1.1", "1.2"));
            var big = Path.Combine(f.Root, "execution", "EXECUTION_TASK_X_11_01.md");
            Directory.CreateDirectory(Path.GetDirectoryName(big)!);
            using (var fs = File.Create(big)) fs.SetLength(50L * 1024 * 1024);
            // A long one with its header at the top and its completion section at the very end.
            var head = Encoding.UTF8.GetBytes("# EXECUTION_TASK: Long\n\n**Achievement**: 1.2\n**Status**: In Progress\n\n");
            var tail = Encoding.UTF8.GetBytes("\n## Completion\n\n**Status**: ✅ Complete\n");
            var longFile = Path.Combine(f.Root, "execution", "EXECUTION_TASK_X_12_01.md");
            using (var fs = File.Create(longFile))
            {
                fs.Write(head, 0, head.Length);
                var filler = Encoding.UTF8.GetBytes(new string('x', 99) + "\n");
                for (int i = 0; i < 3000; i++) fs.Write(filler, 0, filler.Length);
                fs.Write(tail, 0, tail.Length);
            }
            var sw = Stopwatch.StartNew();
            var p = f.Plan();
            sw.Stop();
            Assert.Equal("execution_created", St(p, "1.1")); // read through its name; no status line in its first 16 KB
            Assert.Equal("complete", St(p, "1.2"));
            Assert.True(sw.ElapsedMilliseconds < 2000, $"took {sw.ElapsedMilliseconds} ms");
        }

        [SkippableFact]
        public void AnUnreadableFileIsAWarningAndCountsByItsName()
        {
            Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
            using var f = new Fixture(PlanText("1.1"));
            Directory.CreateDirectory(Path.Combine(f.Root, "execution"));
            var dangling = Path.Combine(f.Root, "execution", "EXECUTION_TASK_X_11_01.md");
            File.CreateSymbolicLink(dangling, Path.Combine(f.Root, "nowhere.md"));
            var r = f.Result();
            Assert.Equal("execution_created", St(r.Plans.Single(), "1.1"));
            var w = Assert.Single(Warnings(r, "StatusFileUnreadable"));
            Assert.Equal(dangling, w.Target);
        }

        [SkippableFact]
        public void SymlinkLoopsAreNotFollowed()
        {
            Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
            using var f = new Fixture(PlanText("1.1"));
            f.Sub("11", "1.1");
            Directory.CreateSymbolicLink(Path.Combine(f.Root, "subplans", "loop"), f.Root);
            Directory.CreateSymbolicLink(Path.Combine(f.Root, "self"), Path.Combine(f.Root, "self"));
            var p = f.Plan();
            var s = S(p, "1.1");
            Assert.Equal("subplan_created", s.Status.ToString());
            Assert.DoesNotContain("loop", s.SubplanPath);
        }

        [Fact]
        public void AFileWhereAFolderIsExpectedAndAFolderNamedLikeAFile()
        {
            using var f = new Fixture(PlanText("1.1", "1.2"));
            f.Write("execution", "I am a file, not a folder\n");
            Directory.CreateDirectory(Path.Combine(f.Root, "subplans", "SUBPLAN_X_11.md"));
            f.Write("subplans/SUBPLAN_X_12.md", Subplan("1.2"));
            var p = f.Plan();
            Assert.Equal("not_started", St(p, "1.1"));
            Assert.Equal("subplan_created", St(p, "1.2"));
        }

        [Fact]
        public void AnEmptyFileIsCountedByItsName()
        {
            using var f = new Fixture(PlanText("1.1"));
            f.Write("subplans/SUBPLAN_X_11.md", "");
            Assert.Equal("subplan_created", St(f.Plan(), "1.1"));
        }

        [Fact]
        public void AHugeTreeIsCutWithAWarning()
        {
            using var dir = new TempDir();
            for (int i = 0; i < 30; i++) dir.Write($"d{i}/f.md", "x");
            var index = StatusFileIndex.Build(dir.Path, deep: true, maxEntries: 20);
            var d = Assert.Single(index.Diagnostics);
            Assert.Equal("StatusScanTruncated", d.Code);
            Assert.Equal(DiagnosticKind.LimitsExceeded, d.Kind);
        }

        [Fact]
        public void ScanCostGrowsWithFilesNotFilesTimesAchievements()
        {
            // 400 achievements, 1,200 files: every file is mapped through dictionaries; a quadratic mapping would show.
            var ids = Enumerable.Range(0, 400).Select(i => $"{i / 10 + 1}.{i % 10 + 1}").ToArray();
            using var f = new Fixture(PlanText(ids));
            foreach (var id in ids)
            {
                var nn = id.Replace(".", "");
                f.Write($"subplans/SUBPLAN_X_{nn}.md", Subplan(id));
                f.Write($"execution/EXECUTION_TASK_X_{nn}_01.md", Execution(id, "Complete"));
                f.Write($"execution/feedbacks/APPROVED_{nn}.md", "ok");
            }
            var r = f.Result();
            var p = r.Plans.Single();
            Assert.All(p.Statuses, s => Assert.Equal("complete", s.Status.ToString()));
            Assert.Empty(Warnings(r, "AmbiguousFile"));
            var sw = Stopwatch.StartNew();
            for (int i = 0; i < 3; i++) Load.Result(f.Root);
            Assert.True(sw.ElapsedMilliseconds < 3000, $"3 loads took {sw.ElapsedMilliseconds} ms");
        }

        [Fact]
        public void ReadingChangesNoFile()
        {
            using var f = new Fixture(PlanText("1.1", "1.2"));
            f.Sub("11", "1.1");
            f.Exec("11_01", "1.1", "Complete");
            f.Feedback("FIX_12.md");
            var before = Directory.GetFiles(f.Dir.Path, "*", SearchOption.AllDirectories)
                .ToDictionary(x => x, x => (File.GetLastWriteTimeUtc(x), Convert.ToBase64String(File.ReadAllBytes(x))));
            f.Plan();
            var after = Directory.GetFiles(f.Dir.Path, "*", SearchOption.AllDirectories)
                .ToDictionary(x => x, x => (File.GetLastWriteTimeUtc(x), Convert.ToBase64String(File.ReadAllBytes(x))));
            Assert.Equal(before, after);
        }

        // ---- progress -------------------------------------------------------------------------------------------

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
            Assert.Equal(new[] { AchievementId.Parse("2.1") }, l2.ReadyIds);
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
    }
}
