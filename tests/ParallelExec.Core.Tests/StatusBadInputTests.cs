using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using ParallelExec.Status;
using Xunit;

namespace ParallelExec.Tests
{
    /// <summary>Bad input: huge, unreadable, linked and odd files; big trees; reading changes nothing.</summary>
    public class StatusBadInputTests : StatusTestBase
    {
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
            Assert.StartsWith($"Cannot read '{dangling}': ", w.Message);
            Assert.EndsWith(" It was counted from its name alone.", w.Message);
            Assert.Equal("Check the file's permissions.", w.Suggestion);
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
            Assert.Equal("subplan_created", s.StatusValue.ToString());
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
            Assert.Equal(DiagnosticKind.LimitsExceeded, d.KindValue);
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
            Assert.All(p.Statuses, s => Assert.Equal("complete", s.StatusValue.ToString()));
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
    }
}
