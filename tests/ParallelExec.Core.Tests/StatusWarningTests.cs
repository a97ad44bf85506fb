using System;
using System.Collections.Generic;
using System.Linq;
using ParallelExec.Status;
using Xunit;

namespace ParallelExec.Tests
{
    /// <summary>The words of the status warnings, and their order: SUBPLANs, then executions, then feedback, each by path.</summary>
    public class StatusWarningTests : StatusTestBase
    {
        [Fact]
        public void FilesThatMapToNoOneAchievementAreWarnedAboutInOrderAndInTheseWords()
        {
            using var f = new Fixture(PlanText("1.1", "1.11", "11.1"));
            var ambiguousSubplan = f.Sub("111", null);
            var orphanHeader = f.Sub("77", "7.7, 8.8");
            var orphanExecution = f.Exec("66_01", null, "Complete");
            var ambiguousFeedback = f.Feedback("APPROVED_111.md");
            var orphanFeedback = f.Feedback("APPROVED_99.md");
            var r = f.Result();
            var warnings = r.Diagnostics.Where(d => d.Code == "AmbiguousFile" || d.Code == "OrphanFile")
                .Select(d => (d.Code, d.Path, d.Message, d.Suggestion, d.Target, d.SeverityValue)).ToList();
            var expected = new List<(string, string?, string, string?, object?, DiagnosticSeverity)>
            {
                ("AmbiguousFile", ambiguousSubplan,
                    $"'{ambiguousSubplan}': the number 111 could be Achievement 1.11 or 11.1 of plan X and the file names no achievement in its first lines; it was not counted.",
                    "Add a line such as '**Achievement**: 1.11' near the top of the file.", ambiguousSubplan, DiagnosticSeverity.Warning),
                ("OrphanFile", orphanHeader,
                    $"'{orphanHeader}' names Achievement 7.7, 8.8 in its first lines, but plan X defines no such achievement; it was not counted.",
                    "Correct its '**Achievement**:' line, or define the achievement in the PLAN.", orphanHeader, DiagnosticSeverity.Warning),
                ("OrphanFile", orphanExecution,
                    $"'{orphanExecution}': the number 66 matches no achievement of plan X and the file names none in its first lines; it was not counted.",
                    "Add a line such as '**Achievement**: 1.1' near the top of the file, or move it to its own plan's folder.", orphanExecution, DiagnosticSeverity.Warning),
                ("AmbiguousFile", ambiguousFeedback,
                    $"'{ambiguousFeedback}': the number 111 could be Achievement 1.11 or 11.1 of plan X; it was not counted.",
                    "Give the achievement a SUBPLAN_X_111.md whose '**Achievement**:' line names it (feedback follows its SUBPLAN's number).", ambiguousFeedback, DiagnosticSeverity.Warning),
                ("OrphanFile", orphanFeedback,
                    $"'{orphanFeedback}': the number 99 matches no achievement of plan X; it was not counted.",
                    "Achievement X.Y's feedback files end in _XY (1.1 -> APPROVED_11.md); rename the file or move it to its own plan's folder.", orphanFeedback, DiagnosticSeverity.Warning),
            };
            Assert.Equal(expected, warnings);
        }

        [Fact]
        public void AFeedbackFileFollowsItsSubplansNumberAndIsUnmappedWhenSubplansOfThatNumberDisagree()
        {
            using var f = new Fixture(PlanText("1.1", "1.2", "2.1"));
            f.Sub("05", "1.2");
            f.Write("planning/SUBPLAN_X_07.md", Subplan("1.1"));
            f.Sub("07", "2.1");
            f.Feedback("APPROVED_05.md");
            var fix = f.Feedback("FIX_07.md");
            var r = f.Result();
            var p = r.Plans.Single();
            Assert.Equal("complete", St(p, "1.2")); // APPROVED_05 follows SUBPLAN_X_05's header, not the suffix 05
            Assert.Equal("subplan_created", St(p, "1.1"));
            Assert.Equal("subplan_created", St(p, "2.1"));
            var w = Assert.Single(Warnings(r, "OrphanFile")); // two SUBPLANs 07 disagree: the suffix 07 is no achievement's
            Assert.Equal(fix, w.Path);
        }

        [Fact]
        public void ACutScanSaysWhereAndHowFar()
        {
            using var dir = new TempDir();
            for (int i = 0; i < 30; i++) dir.Write($"d{i}/f.md", "x");
            var d = Assert.Single(StatusFileIndex.Build(dir.Path, deep: true, maxEntries: 20).Diagnostics);
            Assert.Equal($"'{dir.Path}' holds more than 20 files and folders; the status was derived from the part scanned.", d.Message);
            Assert.Equal("Keep a plan's files in its own folder (PLAN_<NAME>.md, subplans/, execution/), away from unrelated trees.", d.Suggestion);
            Assert.Equal(dir.Path, d.Target);
        }
    }
}
