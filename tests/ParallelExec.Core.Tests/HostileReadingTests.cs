using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using ParallelExec.Plans;
using ParallelExec.Prompts;
using ParallelExec.Registry;
using Xunit;

namespace ParallelExec.Tests
{
    /// <summary>Issue 18, the readers: numbers in other digits or too big, and paths that are not regular files.</summary>
    public class HostileReadingTests
    {
        private const string Good = "# PLAN\n\n**Achievement 1.1**: A\n- **Dependencies**: None\n\n**Achievement 1.2**: B\n- **Dependencies**: 1.1\n";

        [Theory]
        [InlineData("**Achievement ١.١**: Arabic-Indic\n\n**Achievement 1.2**: B\n- **Dependencies**: ١.١, 1.3\n")]
        [InlineData("**Achievement １.１**: Full-width\n\n**Achievement 1.2**: B\n- **Dependencies**: １.１, 1.3\n")]
        [InlineData("### Achievement ١.١: Heading\n\n### Achievement 1.2: B\n- **Dependencies**:\n  - ١.١\n  - 1.3\n")]
        public void IdsInOtherDigitsAreNotIdsAndAreReportedOnce(string text)
        {
            using var dir = new TempDir();
            var path = dir.Write("p/PLAN_X.md", text + "\n**Achievement 1.3**: C\n- **Dependencies**: None\n");
            var result = Load.Result(path);
            var plan = result.Plans.Single();
            Assert.Equal("1.2 1.3", Load.Ids(plan)); // the definition in other digits defines nothing
            Assert.Equal("1.3", Load.Deps(plan, "1.2")); // and the dependency so written is no edge
            var warning = Assert.Single(result.Diagnostics, d => d.Code == "AchievementIdNotAscii");
            Assert.Equal(path, warning.Target);
            Assert.Equal(1, warning.Line);
            Assert.Contains("2 achievement id(s)", warning.Message);
            Assert.DoesNotContain(result.Diagnostics, d => d.Code == "UnknownDependency");
        }

        [Fact]
        public void AMixedIdIsNoIdEither()
        {
            var blocks = PlanScanner.Scan("**Achievement 1.1١**: A\n**Achievement ١1.1**: B\n**Achievement 1.1**: C\n- **Dependencies**: 1.2١, 2.1\n");
            var only = Assert.Single(blocks);
            Assert.Equal("C", only.Title);
            Assert.Equal(new[] { "2.1" }, only.Dependencies!.Select(d => d.Id.ToString()));
        }

        [Fact]
        public void WithRecurseABadPlanCostsOnlyItsOwnError()
        {
            using var dir = new TempDir();
            dir.Write("ws/a-good/PLAN_GOOD.md", Good);
            dir.Write("ws/b-digits/PLAN_DIGITS.md", "**Achievement ١.١**: A\n\n**Achievement 1.2**: B\n- **Dependencies**: １.１\n");
            dir.WriteBytes("ws/c-binary/PLAN_BIN.md", new byte[] { 0x2A, 0, 0, 1 });
            dir.Write("ws/d-good/PLAN_OTHER.md", Good);
            var result = Load.Result(Path.Combine(dir.Path, "ws"), recurse: true);
            Assert.Equal(new[] { "GOOD", "DIGITS", "OTHER" }, result.Plans.Select(p => p.Name));
            Assert.Single(result.Diagnostics, d => d.Code == "PlanFileBinary");
            Assert.Single(result.Diagnostics, d => d.Code == "AchievementIdNotAscii");
        }

        [Fact]
        public void HugeNumbersInFileNamesTablesAndEstimatesAreRangeChecked()
        {
            using var dir = new TempDir();
            dir.Write("PLAN_BIG.md", "**Achievement 2.1**: A (99999999999 hours)\n- **Effort**: 12345678901234567890 hours\n\n" +
                                     "**Achievement 99999999999.1**: not an id\n\n**Achievement 2.2**: B ⏱️ 123456789012 hours\n");
            dir.Write("execution/EXECUTION_TASK_BIG_21_99999999999.md", "# EXECUTION_TASK\n**Achievement**: 2.1\n**Status**: in progress\n");
            dir.Write("execution/EXECUTION_TASK_BIG_22_01_99999999999999999999.md", "# EXECUTION_TASK\n**Status**: in progress\n");
            dir.Write("subplans/SUBPLAN_BIG_21.md", "# SUBPLAN\n**Achievement**: 2.1\n\n## Active EXECUTION_TASKs\n\n" +
                "| Execution | Status | File | Estimate | Dependencies |\n|---|---|---|---|---|\n" +
                "| 21_99999999999 | x | f | 12345678901234567890h | 21_01 |\n| 21_02 | x | f | 1h | 21_99999999999, 21_01 |\n");
            var plan = Load.Plan(dir.Path);
            Assert.Equal("2.1 2.2", Load.Ids(plan));
            Assert.Null(plan.Achievements[1].EstimatedHours); // 12 digits: not an estimate
            var a = plan.Achievements[0];
            var planned = PlannedExecutionReader.For(a);
            var only = Assert.Single(planned);
            Assert.Equal(2, only.Number);
            Assert.Equal(new[] { 1 }, only.DependsOn);
            var batch = PromptBuilder.Executions(plan, plan.Achievements, new PromptOptions { IgnoreDependencies = true });
            Assert.NotNull(batch);
        }

        [Fact]
        public void SubplanTableRowsWithNumbersNoFileNameHoldsAreSkipped()
        {
            var planned = SubplanReader.Parse("## Active EXECUTION_TASKs\n| Execution | Dependencies |\n|---|---|\n" +
                "| 11_4294967296 | |\n| 11_1234567890 | |\n| 11_03 | 11_99999999999999 |\n| 11_03 | |\n");
            var only = Assert.Single(planned);
            Assert.Equal(3, only.Number);
            Assert.Empty(only.DependsOn);
        }

        [SkippableFact]
        public void ALinkToADeviceIsNeverRead()
        {
            Skip.If(OperatingSystem.IsWindows() || !File.Exists("/dev/zero"), "needs /dev/zero and symbolic links");
            using var dir = new TempDir();
            var plan = Path.Combine(dir.Path, "PLAN_ZERO.md");
            File.CreateSymbolicLink(plan, "/dev/zero");
            var sw = Stopwatch.StartNew();
            var e = Assert.Throws<ParallelExecException>(() => PlanText.Read(plan, new List<PlanDiagnostic>()));
            Assert.Equal("FileNotRegular", e.Code);
            Assert.Equal(plan, e.Diagnostic.Target);
            Assert.True(sw.ElapsedMilliseconds < 2000, $"{sw.ElapsedMilliseconds} ms");
        }

        [SkippableFact]
        public void AFifoIsNeverOpenedAndARegistryLinkToUrandomOnlyWarns()
        {
            Skip.If(OperatingSystem.IsWindows() || !File.Exists("/dev/urandom"), "needs FIFOs and /dev/urandom");
            using var dir = new TempDir();
            var fifo = Path.Combine(dir.Path, "fifo", "PLAN_FIFO.md");
            Directory.CreateDirectory(Path.GetDirectoryName(fifo)!);
            Skip.IfNot(MakeFifo(fifo), "mkfifo is not available");
            dir.Write("good/PLAN_GOOD.md", Good);
            File.CreateSymbolicLink(Path.Combine(dir.Path, "good", "parallel.json"), "/dev/urandom");
            var sw = Stopwatch.StartNew();
            var result = Load.Result(dir.Path, recurse: true);
            Assert.True(sw.ElapsedMilliseconds < 5000, $"{sw.ElapsedMilliseconds} ms");
            Assert.Equal("GOOD", Assert.Single(result.Plans).Name);
            var errors = result.Diagnostics.Where(d => d.Code == "FileNotRegular").ToList();
            Assert.Equal(2, errors.Count);
            Assert.Contains(errors, d => d.SeverityValue == DiagnosticSeverity.Error && (string)d.Target! == fifo);
            Assert.Contains(errors, d => d.SeverityValue == DiagnosticSeverity.Warning && ((string)d.Target!).EndsWith("parallel.json", StringComparison.Ordinal));
            var registryError = Assert.Throws<ParallelExecException>(() => RegistryReader.Read(Path.Combine(dir.Path, "good", "parallel.json"), new List<PlanDiagnostic>()));
            Assert.Equal("FileNotRegular", registryError.Code);
        }

        [SkippableFact]
        public void StatusFilesThatAreFifosOrLinksToDevicesAreCountedByNameAndNeverOpened()
        {
            Skip.If(OperatingSystem.IsWindows() || !File.Exists("/dev/zero"), "needs FIFOs and /dev/zero");
            using var dir = new TempDir();
            dir.Write("PLAN_X.md", "**Achievement 1.1**: A\n");
            Directory.CreateDirectory(Path.Combine(dir.Path, "subplans"));
            Directory.CreateDirectory(Path.Combine(dir.Path, "execution"));
            Skip.IfNot(MakeFifo(Path.Combine(dir.Path, "f")), "mkfifo is not available");
            File.CreateSymbolicLink(Path.Combine(dir.Path, "subplans", "SUBPLAN_X_11.md"), Path.Combine(dir.Path, "f"));
            Assert.True(MakeFifo(Path.Combine(dir.Path, "execution", "EXECUTION_TASK_X_11_01.md")));
            File.CreateSymbolicLink(Path.Combine(dir.Path, "execution", "EXECUTION_TASK_X_11_02.md"), "/dev/zero");
            var sw = Stopwatch.StartNew();
            var plan = Load.Plan(dir.Path);
            Assert.Equal(AchievementStatus.ExecutionCreated, plan.Statuses.Single().StatusValue);
            Assert.Empty(PlannedExecutionReader.For(plan.Achievements[0]));
            Assert.NotNull(PromptBuilder.Executions(plan, plan.Achievements, new PromptOptions { IgnoreDependencies = true }));
            Assert.True(sw.ElapsedMilliseconds < 5000, $"{sw.ElapsedMilliseconds} ms");
        }

        [Fact]
        public void AFileOverTheCapIsRefusedAndAnEmptyOneIsReadAsEmpty()
        {
            using var dir = new TempDir();
            var big = dir.Write("PLAN_BIG.md", new string('x', 5000));
            var e = Assert.Throws<ParallelExecException>(() => PlanText.Read(big, new List<PlanDiagnostic>(), 4096));
            Assert.Equal("PlanFileTooLarge", e.Code);
            Assert.Equal("", PlanText.Read(dir.Write("PLAN_EMPTY.md", ""), new List<PlanDiagnostic>()));
            Assert.Equal(new string('x', 5000), PlanText.Read(big, new List<PlanDiagnostic>(), 5000));
        }

        internal static bool MakeFifo(string path)
        {
            try
            {
                using var p = Process.Start(new ProcessStartInfo("mkfifo", new[] { path }) { UseShellExecute = false });
                p!.WaitForExit(5000);
                return p.ExitCode == 0 && File.Exists(path);
            }
            catch (System.ComponentModel.Win32Exception) { return false; }
        }
    }
}
