using ParallelExec.Status;
using Xunit;

namespace ParallelExec.Tests
{
    /// <summary>The status table (DESIGN §1), row by row: the first row that matches wins.</summary>
    public class StatusTableTests : StatusTestBase
    {
        [Fact]
        public void NothingIsNotStarted()
        {
            using var f = new Fixture(PlanText("1.1"));
            var s = S(f.Plan(), "1.1");
            Assert.Equal(AchievementStatus.NotStarted, s.StatusValue);
            Assert.Equal("not_started", s.StatusValue.ToString());
            Assert.True(s.StatusValue.Equals("not_started"));
            Assert.Empty(s.Evidence);
            Assert.Null(s.SubplanPath);
            Assert.Equal(Readiness.Ready, s.ReadinessValue);
        }

        [Fact]
        public void AFilledSubplanIsSubplanCreated()
        {
            using var f = new Fixture(PlanText("1.1"));
            var sub = f.Sub("11", "1.1");
            var s = S(f.Plan(), "1.1");
            Assert.Equal("subplan_created", s.StatusValue.ToString());
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
            Assert.Equal("not_started", s.StatusValue.ToString());
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
            Assert.Equal("subplan_created", s.StatusValue.ToString());
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
            Assert.Equal("in_progress", s.StatusValue.ToString());
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
            Assert.Equal("in_progress", s.StatusValue.ToString());
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
            Assert.Equal("complete", s.StatusValue.ToString());
            Assert.Equal(new[] { approved }, s.Evidence);
            Assert.Equal(new[] { approved }, s.FeedbackPaths);
            Assert.Equal(Readiness.Done, s.ReadinessValue);
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
            Assert.Equal("failed", s.StatusValue.ToString());
            Assert.Equal(new[] { fix }, s.Evidence);
        }

        [Fact]
        public void FixBesideApprovedIsComplete()
        {
            using var f = new Fixture(PlanText("1.1"));
            f.Feedback("FIX_11.md");
            var approved = f.Feedback("APPROVED_11.md");
            var s = S(f.Plan(), "1.1");
            Assert.Equal("complete", s.StatusValue.ToString());
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
            Assert.Equal("in_progress", s.StatusValue.ToString());
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
            Assert.Equal(Readiness.Done, S(p, "1.1").ReadinessValue);
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
    }
}
