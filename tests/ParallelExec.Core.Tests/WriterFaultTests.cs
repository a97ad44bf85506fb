using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using ParallelExec.Plans;
using ParallelExec.Prompts;
using ParallelExec.Run;
using ParallelExec.Status;
using Xunit;
using static ParallelExec.Tests.WriterSafetyTests;

namespace ParallelExec.Tests
{
    /// <summary>Issue 18, writers under faults: two batches at once, a writer killed half-way, a full disk, a run folder that cannot be made.</summary>
    public class WriterFaultTests
    {
        /// <summary>What a kill -9 does to a writer: it stops at that point, no catch, no finally of its own (its handles go with it).</summary>
        private sealed class SimulatedKill : Exception { }

        private static IOException DiskFull() => new IOException("No space left on device", 28);

        /// <summary>Each file on disk below subplans/ is named by a complete record with its hash; no temporary file, no lock is left.</summary>
        private static int AssertEveryFileRecorded(string root)
        {
            var recorded = new Dictionary<string, string>(StringComparer.Ordinal);
            var batches = PlanConventions.BatchesFolder(root);
            if (Directory.Exists(batches))
                foreach (var r in Directory.GetFiles(batches, "*.json"))
                {
                    var record = BatchRecord.FromJson(root, r, File.ReadAllText(r));
                    Assert.True(record.Complete);
                    foreach (var f in record.Files) recorded.Add(f.Path, f.Sha256);
                }
            var onDisk = Directory.Exists(Path.Combine(root, "subplans")) ? Directory.GetFiles(Path.Combine(root, "subplans")) : Array.Empty<string>();
            foreach (var f in onDisk)
            {
                var rel = "subplans/" + Path.GetFileName(f);
                Assert.True(recorded.TryGetValue(rel, out var sha), $"{rel} is in no record");
                Assert.Equal(sha, BatchScaffolder.Sha256(f));
            }
            Assert.Equal(recorded.Count, onDisk.Length);
            Assert.DoesNotContain(Tree(root), f => f.EndsWith(".tmp", StringComparison.Ordinal) || f.EndsWith(".lock", StringComparison.Ordinal));
            return onDisk.Length;
        }

        /// <summary>Runs <paramref name="work"/> on two threads released at the same moment; an exception of either fails the test.</summary>
        private static void Together(Barrier barrier, Action<int> work)
        {
            var errors = new Exception?[2];
            var threads = Enumerable.Range(0, 2).Select(k => new Thread(() =>
            {
                barrier.SignalAndWait();
                try { work(k); } catch (Exception e) { errors[k] = e; }
            })).ToArray();
            foreach (var t in threads) t.Start();
            foreach (var t in threads) t.Join();
            foreach (var e in errors) if (e != null) throw new InvalidOperationException("A writer failed: " + e.Message, e);
        }

        private static void Reset(string root)
        {
            foreach (var d in new[] { "subplans", ".parallel" })
                if (Directory.Exists(Path.Combine(root, d))) Directory.Delete(Path.Combine(root, d), recursive: true);
        }

        [Fact]
        public void TwoBatchesOnOneLevelAtOnceNeverLoseEachOthersFiles()
        {
            using var dir = new TempDir();
            dir.Write("PLAN_W.md", Plan);
            var prompt = SubplanPrompt(LoadPlan(dir), 1);
            var now = DateTime.UtcNow;
            int won = 0;
            for (int round = 0; round < 300; round++)
            {
                using var barrier = new Barrier(2);
                var outcomes = new BatchRecord?[2];
                Together(barrier, k =>
                {
                    try { outcomes[k] = BatchScaffolder.Scaffold(prompt, prompt.TargetPaths, now); }
                    catch (ParallelExecException e) when (e.Code == "ScaffoldTargetExists" || e.Code == "ScaffoldWriteFailed") { }
                });
                var files = AssertEveryFileRecorded(dir.Path);
                var winners = outcomes.Where(o => o != null).ToArray();
                Assert.True(winners.Length <= 1, "two batches cannot both write the same files");
                Assert.Equal(winners.Length == 1 ? 2 : 0, files);
                won += winners.Length;
                Reset(dir.Path);
            }
            Assert.True(won > 0);
        }

        [Fact]
        public void TwoBatchesOnTwoLevelsInTheSameMillisecondKeepBothRecords()
        {
            using var dir = new TempDir();
            dir.Write("PLAN_W.md", Plan);
            var plan = LoadPlan(dir);
            var prompts = new[] { SubplanPrompt(plan, 1), SubplanPrompt(plan, 2) };
            var now = DateTime.UtcNow;
            for (int round = 0; round < 100; round++)
            {
                using var barrier = new Barrier(2);
                var records = new BatchRecord?[2];
                Together(barrier, k => records[k] = BatchScaffolder.Scaffold(prompts[k], prompts[k].TargetPaths, now));
                Assert.NotEqual(records[0]!.Id, records[1]!.Id);
                Assert.Equal(2, Directory.GetFiles(PlanConventions.BatchesFolder(dir.Path), "*.json").Length);
                Assert.Equal(4, AssertEveryFileRecorded(dir.Path));
                Reset(dir.Path);
            }
        }

        [Fact]
        public void AWriterKilledAtAnyStepLeavesWhatTheNextRunCleans()
        {
            using var dir = new TempDir();
            dir.Write("PLAN_W.md", Plan);
            var prompt = SubplanPrompt(LoadPlan(dir), 1);
            var clean = Tree(dir.Path);
            // Writes: the record's intent, two skeletons, the record marked complete; killed before each in turn.
            for (int step = 0; step < 4; step++)
            {
                int count = 0;
                PlanWrites.Fault.Value = _ => count++ == step ? new SimulatedKill() : null;
                try { Assert.Throws<SimulatedKill>(() => BatchScaffolder.Scaffold(prompt, prompt.TargetPaths, DateTime.UtcNow)); }
                finally { PlanWrites.Fault.Value = null; }
                Assert.Contains(Tree(dir.Path), f => f.EndsWith(".lock", StringComparison.Ordinal));
                // The process is gone: so is its handle on the lock.
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var said = BatchRecovery.Clean(dir.Path);
                Assert.Equal(step == 0 ? 0 : 1, said.Count);
                Assert.Equal(clean, Tree(dir.Path));
            }
        }

        [Fact]
        public void ABatchBeingWrittenIsNotCleanedByAnother()
        {
            using var dir = new TempDir();
            dir.Write("PLAN_W.md", Plan);
            var prompt = SubplanPrompt(LoadPlan(dir), 1);
            List<string>? seen = null;
            // While the first skeleton is written, a second writer (another process) cleans: the living batch is kept.
            PlanWrites.Fault.Value = path => { if (seen == null && path.EndsWith(".tmp", StringComparison.Ordinal) && path.Contains("SUBPLAN", StringComparison.Ordinal)) seen = BatchRecovery.Clean(dir.Path); return null; };
            try { BatchScaffolder.Scaffold(prompt, prompt.TargetPaths, DateTime.UtcNow); }
            finally { PlanWrites.Fault.Value = null; }
            Assert.Empty(seen!);
            Assert.Equal(2, AssertEveryFileRecorded(dir.Path));
        }

        [Theory]
        [InlineData(0)]
        [InlineData(2)]
        [InlineData(3)]
        public void AScaffoldOnAFullDiskLeavesNothing(int failingWrite)
        {
            using var dir = new TempDir();
            dir.Write("PLAN_W.md", Plan);
            var prompt = SubplanPrompt(LoadPlan(dir), 1);
            var clean = Tree(dir.Path);
            int count = 0;
            PlanWrites.Fault.Value = _ => count++ >= failingWrite ? DiskFull() : null;
            try
            {
                var e = Assert.Throws<ParallelExecException>(() => BatchScaffolder.Scaffold(prompt, prompt.TargetPaths, DateTime.UtcNow));
                Assert.Equal("ScaffoldWriteFailed", e.Code);
                Assert.Contains("No space left", e.Message);
            }
            finally { PlanWrites.Fault.Value = null; }
            Assert.Equal(clean, Tree(dir.Path));
        }

        [Fact]
        public void ASkipOnAFullDiskLeavesNoFeedbackFolder()
        {
            using var dir = new TempDir();
            dir.Write("PLAN_W.md", Plan);
            var plan = LoadPlan(dir);
            PlanWrites.Fault.Value = _ => DiskFull();
            try
            {
                var e = Assert.Throws<ParallelExecException>(() => AchievementSkipper.Write(plan.Achievements[0], "not needed", false, DateTime.UtcNow));
                Assert.Equal("RegistryWriteFailed", e.Code);
            }
            finally { PlanWrites.Fault.Value = null; }
            Assert.False(Directory.Exists(Path.Combine(dir.Path, "execution")));
        }

        [Fact]
        public void ARunWhoseRecordCannotBeWrittenLeavesNoEmptyFolder()
        {
            using var dir = new TempDir();
            var plan = Load.Plan(dir.Write("PLAN_W.md", Plan));
            var host = new Host();
            PlanWrites.Fault.Value = _ => DiskFull();
            try { Run(plan, host); }
            finally { PlanWrites.Fault.Value = null; }
            Assert.Contains(host.Lines, l => l.StartsWith("error RegistryWriteFailed", StringComparison.Ordinal));
            Assert.Equal(4, host.Lines.Count(l => l.StartsWith("result", StringComparison.Ordinal)));
            Assert.False(Directory.Exists(Path.Combine(dir.Path, ".parallel")));
        }

        [Fact]
        public void ARunWithAFileNamedDotParallelIsAnErrorAndRunsNothing()
        {
            using var dir = new TempDir();
            var plan = Load.Plan(dir.Write("PLAN_W.md", Plan));
            var blocker = dir.Write(".parallel", "a file, not a folder\n");
            var host = new Host();
            var actions = Run(plan, host);
            Assert.Equal(new[] { "error RunFolderNotWritable " + blocker }, host.Lines);
            Assert.Equal(0, actions.Started);
        }

        [SkippableFact]
        [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
        public void ARunInAReadOnlyPlanFolderIsAnErrorAndRunsNothing()
        {
            Skip.If(OperatingSystem.IsWindows(), "read-only folders are a POSIX mode here");
            using var dir = new TempDir();
            var plan = Load.Plan(dir.Write("PLAN_W.md", Plan));
            File.SetUnixFileMode(dir.Path, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            try
            {
                bool writable = true;
                try { File.WriteAllText(Path.Combine(dir.Path, "probe"), ""); File.Delete(Path.Combine(dir.Path, "probe")); }
                catch (UnauthorizedAccessException) { writable = false; }
                Skip.If(writable, "a read-only folder does not stop this user (root)");
                var host = new Host();
                var actions = Run(plan, host);
                Assert.Equal(new[] { "error RunFolderNotWritable " + dir.Path }, host.Lines);
                Assert.Equal(0, actions.Started);
            }
            finally { File.SetUnixFileMode(dir.Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute); }
        }

        [SkippableFact]
        public void ARunWhoseDotParallelLinksOutIsRefused()
        {
            Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
            using var dir = new TempDir();
            using var elsewhere = new TempDir();
            var plan = Load.Plan(dir.Write("PLAN_W.md", Plan));
            Directory.CreateSymbolicLink(Path.Combine(dir.Path, ".parallel"), elsewhere.Path);
            var host = new Host();
            var actions = Run(plan, host);
            Assert.Single(host.Lines, l => l.StartsWith("error PathOutsidePlan", StringComparison.Ordinal));
            Assert.Equal(0, actions.Started);
            Assert.Empty(Tree(elsewhere.Path));
        }

        private static Actions Run(ParallelPlan plan, Host host)
        {
            var actions = new Actions();
            using var engine = new RunEngine(new RunOptions(2, 1, plan.PlanRoot), actions, host);
            engine.Run(plan, plan.Achievements.ToList(), RunNode.From(plan.Achievements));
            return actions;
        }

        private sealed class Actions : IRunActionFactory
        {
            public int Started;
            public void Open(IReadOnlyList<RunNode> nodes, int throttleLimit) { }
            public IRunAction Start(RunAttempt attempt) { Started++; return new Done(); }
            public void Close() { }

            private sealed class Done : IRunAction
            {
                private readonly ManualResetEvent _ended = new ManualResetEvent(true);
                public WaitHandle Handle => _ended;
                public string? Finish() => null;
                public void Cancel() { }
                public void Dispose() => _ended.Dispose();
            }
        }

        private sealed class Host : IRunHost
        {
            public readonly List<string> Lines = new List<string>();
            public void Result(RunResult result) => Lines.Add($"result {result.Key} {result.ResultValue}");
            public void Progress(RunProgress progress) { }
            public void Verbose(string text) { }
            public void Warning(PlanDiagnostic warning) => Lines.Add("warning " + warning.Code);
            public void Error(ParallelExecException error) => Lines.Add($"error {error.Code} {error.Diagnostic.Target}".TrimEnd());
        }
    }
}
