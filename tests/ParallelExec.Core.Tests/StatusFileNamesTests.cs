using System.IO;
using System.Linq;
using ParallelExec.Status;
using Xunit;

namespace ParallelExec.Tests
{
    /// <summary>What a file is from its name alone, and what the index of a root makes of its files.</summary>
    public class StatusFileNamesTests
    {
        [Theory]
        [InlineData("SUBPLAN_X_11.md", "Subplan", "11", "X")]
        [InlineData("subplan_my-plan_07.MD", "Subplan", "07", "my-plan")]
        [InlineData("SUBPLAN_A_B_12_v2.md", "Subplan", "12", "A_B")]
        [InlineData("EXECUTION_TASK_X_11_01.md", "Execution", "11", "X")]
        [InlineData("EXECUTION_TASK_X_11_02_RECOVERY.md", "Execution", "11", "X")]
        [InlineData("APPROVED_11.md", "Approved", "11", null)]
        [InlineData("fix_3.md", "Fix", "3", null)]
        [InlineData("FIX_11_RESOLUTION.md", "FixResolution", "11", null)]
        [InlineData("SKIPPED_21.md", "Skipped", "21", null)]
        public void MethodologyNamesAreClassified(string name, string kind, string number, string? plan)
        {
            var f = StatusFileNames.Classify("/p/" + name, name);
            Assert.NotNull(f);
            Assert.Equal((kind, number, plan, name, "/p/" + name), (f!.Kind.ToString(), f.Number, f.PlanName, f.Name, f.Path));
        }

        [Theory]
        [InlineData("README.md")]
        [InlineData("A.md")]
        [InlineData("SUBPLAN_X_11.txt")]
        [InlineData("SUBPLAN_X.md")]
        [InlineData("EXECUTION_TASK_11.md")]
        [InlineData("APPROVED_11_RESOLUTION.md")]
        [InlineData("SKIPPED_11_RESOLUTION.md")]
        [InlineData("APPROVED_1.1.md")]
        [InlineData("PLAN_X.md")]
        [InlineData("FIXES_11.md")]
        public void OtherNamesAreNoMethodologyFile(string name) => Assert.Null(StatusFileNames.Classify("/p/" + name, name));

        [Fact]
        public void OnlyApprovalsAndFixesSayThePlanUsesReviews()
        {
            using var dir = new TempDir();
            dir.Write("execution/feedbacks/SKIPPED_11.md", "x");
            dir.Write("execution/feedbacks/FIX_12_RESOLUTION.md", "x");
            dir.Write("subplans/SUBPLAN_X_11.md", "x");
            dir.Write("PLAN_X.md", "x");
            var index = StatusFileIndex.Build(dir.Path, deep: true);
            Assert.False(index.HasReviewFiles);
            Assert.Equal(new[] { "FIX_12_RESOLUTION.md", "SKIPPED_11.md" }, index.Feedback.Select(f => f.Name));
            Assert.Equal(new[] { "SUBPLAN_X_11.md" }, index.Subplans.Select(f => f.Name));
            Assert.Equal(new[] { "X" }, index.PlanNames);
            dir.Write("execution/feedbacks/FIX_13.md", "x");
            Assert.True(StatusFileIndex.Build(dir.Path, deep: true).HasReviewFiles);
            using var other = new TempDir();
            other.Write("execution/feedbacks/APPROVED_11.md", "x");
            Assert.True(StatusFileIndex.Build(other.Path, deep: true).HasReviewFiles);
        }

        [Fact]
        public void TheIndexListsEachKindByPath()
        {
            using var dir = new TempDir();
            foreach (var name in new[] { "execution/EXECUTION_TASK_X_12_01.md", "subplans/SUBPLAN_X_12.md", "SUBPLAN_X_11.md", "execution/EXECUTION_TASK_X_11_01.md" })
                dir.Write(name, "x");
            var index = StatusFileIndex.Build(dir.Path, deep: true);
            Assert.Equal(new[] { "SUBPLAN_X_11.md", Path.Combine("subplans", "SUBPLAN_X_12.md") },
                index.Subplans.Select(f => Path.GetRelativePath(dir.Path, f.Path)));
            Assert.Equal(new[] { "EXECUTION_TASK_X_11_01.md", "EXECUTION_TASK_X_12_01.md" }, index.Executions.Select(f => f.Name));
        }
    }
}
