using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Newtonsoft.Json.Linq;
using ParallelExec.Run;
using Xunit;

namespace ParallelExec.Tests
{
    /// <summary>The run loop without PowerShell: a fake action factory and a host that writes down every call.</summary>
    public class RunEngineTests
    {
        // 1.1 (1 h) heads 1.2 (2 h); 1.3 (1 h) stands alone: 1.1 goes first (3 h remain behind it), then 1.2, then 1.3.
        private const string PlanText = "# PLAN: E\n\n**Achievement 1.1**: A (1h)\n- **Dependencies**: None\n\n" +
            "**Achievement 1.2**: B (2h)\n- **Dependencies**: 1.1\n\n**Achievement 1.3**: C (1h)\n- **Dependencies**: None\n";

        private static AchievementId I(string s) => AchievementId.Parse(s);

        private sealed class Actions : IRunActionFactory
        {
            public readonly List<string> Calls = new List<string>();
            public Func<RunAttempt, string?> Outcome = _ => null;
            public Func<RunAttempt, bool> Hangs = _ => false;
            public Func<RunAttempt, Exception?> StartFailure = _ => null;
            public readonly List<RunAttempt> Started = new List<RunAttempt>();

            public void Open(IReadOnlyList<RunNode> nodes, int throttleLimit) => Calls.Add($"open {nodes.Count} {throttleLimit}");

            public IRunAction Start(RunAttempt attempt)
            {
                var failure = StartFailure(attempt);
                if (failure != null) throw failure;
                Calls.Add($"start {attempt.Achievement.Key}#{attempt.Attempt}");
                Started.Add(attempt);
                return new Action(this, attempt);
            }

            public void Close() => Calls.Add("close");

            private sealed class Action : IRunAction
            {
                private readonly Actions _owner;
                private readonly RunAttempt _attempt;
                private readonly ManualResetEvent _ended;

                public Action(Actions owner, RunAttempt attempt)
                {
                    _owner = owner;
                    _attempt = attempt;
                    _ended = new ManualResetEvent(!owner.Hangs(attempt));
                }

                public WaitHandle Handle => _ended;
                public string? Finish() => _owner.Outcome(_attempt);

                public void Cancel()
                {
                    _owner.Calls.Add($"cancel {_attempt.Achievement.Key}");
                    _ended.Set();
                }

                public void Dispose()
                {
                    _owner.Calls.Add($"dispose {_attempt.Achievement.Key}");
                    _ended.Dispose();
                }
            }
        }

        private sealed class Host : IRunHost
        {
            public readonly List<string> Lines = new List<string>();
            public readonly List<RunResult> Results = new List<RunResult>();
            public Action<RunResult>? OnResult;

            public void Result(RunResult result)
            {
                Results.Add(result);
                Lines.Add($"result {result.Key} {result.ResultValue} {result.Attempts}");
                OnResult?.Invoke(result);
            }

            public void Progress(RunProgress p) => Lines.Add(p.ActivityId == RunProgress.PlanActivityId
                ? $"progress plan [{p.Activity}] [{p.Status}] {p.PercentComplete} {(p.Completed ? "completed" : "")}".TrimEnd()
                : $"progress {(p.ParentActivityId == RunProgress.PlanActivityId ? "child" : "?")} [{p.Activity}] [{Regex.Replace(p.Status, @"\d+s$", "Ns")}] {p.PercentComplete} {(p.Completed ? "completed" : "")}".TrimEnd());

            public void Verbose(string text) => Lines.Add("verbose " + text);
            public void Warning(PlanDiagnostic warning) => Lines.Add("warning " + warning.ErrorCode.Tag(warning.Message));
            public void Error(ParallelExecException error) => Lines.Add("error " + error.Code);
        }

        private static (RunEngine Engine, Actions Actions, Host Host, ParallelPlan Plan) Start(TempDir dir, int throttle, int maxAttempts = 1)
        {
            var plan = Load.Plan(dir.Write("PLAN_E.md", PlanText));
            var actions = new Actions();
            var host = new Host();
            return (new RunEngine(new RunOptions(throttle, maxAttempts, dir.Path), actions, host), actions, host, plan);
        }

        private static void Run(RunEngine engine, ParallelPlan plan) => engine.Run(plan, plan.Achievements.ToList(), RunNode.From(plan.Achievements));

        private static JObject Record(ParallelPlan plan) =>
            JObject.Parse(File.ReadAllText(Directory.GetFiles(RunRecord.Folder(plan), "*.json").Single()));

        [Fact]
        public void RunsByDependencyAndPriorityReportingEachStepToTheHost()
        {
            using var dir = new TempDir();
            var (engine, actions, host, plan) = Start(dir, throttle: 1);
            Run(engine, plan);
            var record = Path.Combine(RunRecord.Folder(plan), Path.GetFileName(Path.GetDirectoryName(host.Results[0].LogPath)!) + ".json");
            Assert.Equal(new[]
            {
                "progress plan [Invoke-ParallelPlan E] [0 of 3 finished, 1 running] 0",
                "progress child [1.1 A] [attempt 1, running Ns] -1",
                "progress child [1.1 A] [Done] -1 completed",
                "result 1.1 Succeeded 1",
                "progress plan [Invoke-ParallelPlan E] [1 of 3 finished, 1 running] 33",
                "progress child [1.2 B] [attempt 1, running Ns] -1",
                "progress child [1.2 B] [Done] -1 completed",
                "result 1.2 Succeeded 1",
                "progress plan [Invoke-ParallelPlan E] [2 of 3 finished, 1 running] 66",
                "progress child [1.3 C] [attempt 1, running Ns] -1",
                "progress child [1.3 C] [Done] -1 completed",
                "result 1.3 Succeeded 1",
                "progress plan [Invoke-ParallelPlan E] [Done] -1 completed",
                $"verbose Run recorded in {record}.",
            }, host.Lines);
            Assert.Equal(new[] { "open 3 1", "start 1.1#1", "dispose 1.1", "start 1.2#1", "dispose 1.2", "start 1.3#1", "dispose 1.3", "close" }, actions.Calls);
            var first = actions.Started[0];
            Assert.Equal(dir.Path, first.WorkingDirectory);
            Assert.Equal(plan.PlanRoot, first.PlanRoot);
            Assert.Equal(Path.Combine(RunRecord.Folder(plan), Path.GetFileName(Path.GetDirectoryName(first.LogPath)!), "1.1.log"), first.LogPath);
            Assert.True(Directory.Exists(Path.GetDirectoryName(first.LogPath)));
            var json = Record(plan);
            Assert.Equal(new[] { "1.1", "1.2", "1.3" }, json["achievements"]!.Select(a => (string)a["achievement"]!));
            Assert.All(json["achievements"]!, a => Assert.Equal("succeeded", (string?)a["result"]));
        }

        [Fact]
        public void RetriesAFailureAndSaysSoInVerbose()
        {
            using var dir = new TempDir();
            var (engine, actions, host, plan) = Start(dir, throttle: 1, maxAttempts: 2);
            actions.Outcome = a => a.Achievement.Key.Equals(I("1.1")) && a.Attempt == 1 ? "boom" : null;
            Run(engine, plan);
            Assert.Contains("verbose E 1.1: attempt 1 failed: boom", host.Lines);
            Assert.Equal("result 1.1 Succeeded 2", host.Lines.Single(l => l.StartsWith("result 1.1", StringComparison.Ordinal)));
            Assert.Null(host.Results.Single(r => r.Key.Equals(I("1.1"))).Error);
            Assert.Equal(new[] { "start 1.1#1", "start 1.1#2" }, actions.Calls.Where(c => c.StartsWith("start 1.1", StringComparison.Ordinal)));
        }

        [Fact]
        public void AnActionThatCannotStartFailsItsAttemptAndBlocksItsDependents()
        {
            using var dir = new TempDir();
            var (engine, actions, host, plan) = Start(dir, throttle: 2);
            actions.StartFailure = a => a.Achievement.Key.Equals(I("1.1")) ? new IOException("disk full") : null;
            Run(engine, plan);
            Assert.Equal(new[] { "verbose E 1.1: attempt 1 failed: disk full", "result 1.1 Failed 1", "result 1.3 Succeeded 1", "result 1.2 Blocked 0" },
                host.Lines.Where(l => !l.StartsWith("progress", StringComparison.Ordinal) && !l.StartsWith("verbose Run recorded", StringComparison.Ordinal)));
            var blocked = host.Results.Single(r => r.Key.Equals(I("1.2")));
            Assert.Equal("dependency 1.1 failed", blocked.Error);
            Assert.Null(blocked.StartedAt);
            var byId = Record(plan)["achievements"]!.ToDictionary(a => (string)a["achievement"]!);
            Assert.Equal("failed", (string?)byId["1.1"]["result"]);
            Assert.Equal("disk full", (string?)byId["1.1"]["error"]);
            Assert.Equal("blocked", (string?)byId["1.2"]["result"]);
        }

        [Fact]
        public void StopCancelsWhatRunsCancelsWhatWaitsAndStillWritesTheRecord()
        {
            using var dir = new TempDir();
            var (engine, actions, host, plan) = Start(dir, throttle: 2);
            actions.Hangs = a => a.Achievement.Key.Equals(I("1.1"));
            host.OnResult = r => { if (r.Key.Equals(I("1.3"))) engine.Stop(); };
            Run(engine, plan);
            Assert.True(engine.IsStopping);
            Assert.Equal(new[] { "open 3 2", "start 1.1#1", "start 1.3#1", "dispose 1.3", "cancel 1.1", "dispose 1.1", "close" }, actions.Calls);
            // After the stop: no progress and no verbose text, but the results not emitted yet, by id.
            int stop = host.Lines.IndexOf("result 1.3 Succeeded 1");
            Assert.Equal(new[] { "result 1.1 Cancelled 1", "result 1.2 Cancelled 0" }, host.Lines.Skip(stop + 1));
            var byId = Record(plan)["achievements"]!.ToDictionary(a => (string)a["achievement"]!);
            Assert.Equal("cancelled", (string?)byId["1.1"]["result"]);
            Assert.Equal("the run was stopped while it ran", (string?)byId["1.1"]["error"]);
            Assert.NotEqual(JTokenType.Null, byId["1.1"]["completed_at"]!.Type);
            Assert.Equal("cancelled", (string?)byId["1.2"]["result"]);
            Assert.Equal(0, (int)byId["1.2"]["attempts"]!);
        }

        [SkippableFact]
        public void ProcessActionsFillThePlaceholdersAndLogTheProgramsOutput()
        {
            Skip.IfNot(File.Exists("/bin/sh"), "needs /bin/sh");
            using var dir = new TempDir();
            var plan = Load.Plan(dir.Write("PLAN_E.md", PlanText));
            var a = plan.Find(I("1.2"))!;
            var log = Path.Combine(dir.Path, "1.2.log");
            var attempt = new RunAttempt(plan, a, 2, "the prompt", log, dir.Path, plan.PlanRoot);
            Assert.Equal($"1.2|B|E|{plan.PlanRoot}|p.md|{dir.Path}|{log}|2",
                ProcessActionFactory.Expand("{Id}|{Title}|{PlanName}|{PlanRoot}|{PromptFile}|{WorkingDirectory}|{LogFile}|{Attempt}", attempt, "p.md"));
            var factory = new ProcessActionFactory("/bin/sh", new[] { "-c", "cat '{PromptFile}'; echo; echo oops >&2; exit 3" });
            using (var action = factory.Start(attempt))
            {
                Assert.True(action.Handle.WaitOne(10000));
                Assert.Equal("exit code 3", action.Finish());
            }
            Assert.Equal("the prompt", File.ReadAllText(Path.Combine(dir.Path, "1.2.prompt.md")));
            var lines = File.ReadAllLines(log);
            Assert.StartsWith("> /bin/sh -c ", lines[0]);
            Assert.Contains("the prompt", lines);
            Assert.Contains("stderr: oops", lines);
            Assert.Equal("exit code 3", lines[^1]);
        }
    }
}
