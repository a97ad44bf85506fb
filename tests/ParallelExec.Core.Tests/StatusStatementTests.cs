using System.Linq;
using ParallelExec.Status;
using Xunit;

namespace ParallelExec.Tests
{
    /// <summary>What a SUBPLAN or EXECUTION_TASK says about itself, wherever it says it (docs/reference/status.md, "What a file says").</summary>
    public class StatusStatementTests : StatusTestBase
    {
        private const string Head = "# EXECUTION_TASK: Something\n\n**Achievement**: 1.1\n";

        private static string Task(string body) => Head + body;

        [Theory]
        // A closing completion section after a stale first status line (the METHODOLOGY-HIERARCHY-EVOLUTION form).
        [InlineData("**Status**: 🎯 Executing\n\n## Work\n\nDone things.\n\n## ✅ Completion Status\n\n**Achievement 1.1**: ✅ **COMPLETE**\n", "complete")]
        // A last status line that says complete.
        [InlineData("**Status**: In Progress\n\n## Log\n\n## ✅ Completion Status\n\n**Status**: ✅ Complete\n", "complete")]
        // An execution result.
        [InlineData("**Status**: In Progress\n\n## Result\n\n**Execution Result**: ✅ Success\n", "complete")]
        // A final status in words.
        [InlineData("**Status**: In Progress\n\n**Final Status**: Success\n", "complete")]
        // A heading that is itself a claim.
        [InlineData("**Status**: In Progress\n\n## 🎉 Achievement 1.1 - COMPLETE\n", "complete")]
        [InlineData("**Status**: In Progress\n\n## ✅ Achievement Complete\n", "complete")]
        [InlineData("**Status**: In Progress\n\n## ✅ Completion\n\nAll done.\n", "complete")]
        // A pending footer does not take back a completion.
        [InlineData("**Status**: ✅ COMPLETE\n\n## Next\n\n**Status**: 🚀 **READY FOR EXECUTION**\n", "complete")]
        // An explicit in-progress note after a completion wins back.
        [InlineData("**Status**: ✅ Complete\n\n## Reopened\n\n**Status**: 🚧 In Progress (a regression)\n", "in_progress")]
        [InlineData("**Status**: In Progress\n\n## ✅ Completion Status\n\n**Status**: In Progress\n", "in_progress")]
        // A part done, the rest to do.
        [InlineData("**Status**: ✅ PHASES 1-2 COMPLETE | PHASE 3 PENDING\n", "in_progress")]
        [InlineData("**Status**: ✅ Phase 1 Complete (Unit Tests), Blocked on Data\n", "in_progress")]
        // A section title is not a claim; a sub-step's list item below the front matter is not the task's status.
        [InlineData("**Status**: In Progress\n\n## ✅ Completion Status\n\n[To be filled]\n", "in_progress")]
        [InlineData("**Status**: In Progress\n" + "\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n" + "### Bug 1\n- **Status**: ✅ Fixed\n", "in_progress")]
        // A bare **Result**: is one iteration's.
        [InlineData("**Status**: In Progress\n\n### Iteration 1\n**Result**: ✅ Script created\n", "in_progress")]
        // An achievement line about another achievement does not count.
        [InlineData("**Status**: In Progress\n\n**Achievement 2.1**: ✅ **COMPLETE**\n", "in_progress")]
        // An achievement line that repeats a title is not a statement.
        [InlineData("**Status**: In Progress\n\n**Achievement 1.1**: Complete Test Coverage\n", "in_progress")]
        // The level-1 title is never a claim.
        [InlineData("**Status**: Pending\n\n# EXECUTION_TASK: Complete Remaining Archival\n", "execution_created")]
        public void TheLatestStatementWins(string body, string expected)
        {
            using var f = new Fixture(PlanText("1.1"));
            f.Sub("11", "1.1");
            f.Write("execution/EXECUTION_TASK_X_11_01.md", Task(body));
            Assert.Equal(expected, St(f.Plan(), "1.1"));
        }

        [Fact]
        public void DetailNamesTheLineThatDecided()
        {
            using var f = new Fixture(PlanText("1.1"));
            f.Write("execution/EXECUTION_TASK_X_11_01.md", Task("**Status**: 🎯 Executing\n\n## ✅ Completion Status\n\n**Achievement 1.1**: ✅ **COMPLETE**\n"));
            var s = S(f.Plan(), "1.1");
            Assert.Equal("EXECUTION_TASK says Complete (line 8); plan has no reviews", s.Detail);
        }

        [Fact]
        public void AClosingSectionBeyondTheFirst64KilobytesIsRead()
        {
            using var f = new Fixture(PlanText("1.1"));
            var filler = string.Concat(Enumerable.Repeat("Log line with some words in it.\n", 4000)); // ~128 KB
            f.Write("execution/EXECUTION_TASK_X_11_01.md", Task("**Status**: In Progress\n\n" + filler + "\n## ✅ Completion Status\n\n**Status**: ✅ Complete\n"));
            var s = S(f.Plan(), "1.1");
            Assert.Equal("complete", s.StatusValue.ToString());
            Assert.Equal("EXECUTION_TASK says Complete; plan has no reviews", s.Detail); // the tail's line number is not known
        }

        [Fact]
        public void WithReviewsACompleteExecutionAwaitsItsApproval()
        {
            using var f = new Fixture(PlanText("1.1", "1.2"));
            f.Write("execution/EXECUTION_TASK_X_11_01.md", Task("**Status**: In Progress\n\n**Achievement 1.1**: ✅ **COMPLETE**\n"));
            f.Feedback("APPROVED_12.md");
            var s = S(f.Plan(), "1.1");
            Assert.Equal("in_progress", s.StatusValue.ToString());
            Assert.Equal("execution complete, awaiting review", s.Detail);
        }

        [Fact]
        public void ASubplanThatSaysCompleteDecidesWhenNoExecutionExists()
        {
            using var f = new Fixture(PlanText("1.1"));
            f.Write("subplans/SUBPLAN_X_11.md", "# SUBPLAN: Something\n\n**Achievement**: 1.1\n**Status**: In Progress\n\n## Approach\n\nWork.\n\n## ✅ Completion\n\n**Status**: ✅ Complete\n");
            var s = S(f.Plan(), "1.1");
            Assert.Equal("complete", s.StatusValue.ToString());
            Assert.Equal("SUBPLAN says Complete (line 12); no EXECUTION_TASK, plan has no reviews", s.Detail);
            f.Feedback("APPROVED_99.md"); // the plan now has reviews: awaiting one
            Assert.Equal("in_progress", St(f.Plan(), "1.1"));
        }

        [Fact]
        public void AFeedbackFileFollowsItsNumberAndItsHeaderOnlyWhenTheNumberNamesNothing()
        {
            using var f = new Fixture(PlanText("1.1", "1.2"));
            f.Exec("11_01", "1.1", "✅ Complete");
            f.Exec("12_01", "1.2", "✅ Complete");
            // A copied review: named for 1.2, its header still says 1.1.
            f.Write("execution/feedbacks/APPROVED_12.md", "# APPROVED: Achievement 1.1\n\n**Status**: ✅ APPROVED\n");
            // Numbered for no achievement: its header decides.
            f.Write("execution/feedbacks/APPROVED_77.md", "# APPROVED: Achievement 1.1\n\n**Status**: ✅ APPROVED\n");
            var p = f.Plan();
            Assert.Equal("approved (APPROVED_12.md)", S(p, "1.2").Detail);
            Assert.Equal("approved (APPROVED_77.md)", S(p, "1.1").Detail);
        }

        [Theory]
        [InlineData("**Status**: ✅ Complete - Ready for Achievement 1.2", ExecutionState.Complete)]
        [InlineData("**Status**: ✅ Complete (pending review)", ExecutionState.Complete)]
        [InlineData("**Status**: ✅ Already completed in Achievement 2.2, Phase 3", ExecutionState.Complete)]
        [InlineData("**Final Status**: ✅ **COMPLETE**", ExecutionState.Complete)]
        [InlineData("**Status**: Not successful", ExecutionState.Pending)]
        [InlineData("**Status**: Phase 1 complete - ready for phase 2", ExecutionState.InProgress)]
        internal void StatusWordsAreReadForWhatTheyMean(string line, ExecutionState expected)
        {
            var into = new System.Collections.Generic.List<StatusStatement>();
            StatusStatements.Read(line, 3, false, into);
            Assert.Equal(expected, Assert.Single(into).State);
        }
    }
}
