using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ParallelExec.Plans;
using ParallelExec.Prompts;
using ParallelExec.Run;
using ParallelExec.Status;
using Xunit;

namespace ParallelExec.Tests
{
    /// <summary>Issue 18, writers: nothing is written or removed outside the plan root, links or not; tampered records are refused.</summary>
    public class WriterSafetyTests
    {
        internal const string Plan = "# PLAN: W\n\n**Achievement 1.1**: One\n- **Dependencies**: None\n\n**Achievement 1.2**: Two\n- **Dependencies**: None\n\n" +
            "**Achievement 2.1**: Three\n- **Dependencies**: 1.1\n\n**Achievement 2.2**: Four\n- **Dependencies**: 1.1\n";

        internal static ParallelPlan LoadPlan(TempDir dir) => Load.Plan(dir.Path);

        internal static BatchPrompt SubplanPrompt(ParallelPlan plan, int level) =>
            Assert.Single(PromptBuilder.Subplans(plan, plan.Achievements.Where(a => a.Level == level).ToArray(), new PromptOptions()).Prompts);

        /// <summary>Every file below a folder, relative, sorted: what a test compares before and after.</summary>
        internal static string[] Tree(string folder) => !Directory.Exists(folder) ? Array.Empty<string>() :
            Directory.GetFileSystemEntries(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).OrderBy(f => f, StringComparer.Ordinal).ToArray();

        private static void SkipWithoutLinks() => Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");

        [SkippableFact]
        public void IsInsideFollowsLinksBothWays()
        {
            SkipWithoutLinks();
            using var dir = new TempDir();
            using var elsewhere = new TempDir();
            var root = Directory.CreateDirectory(Path.Combine(dir.Path, "plan")).FullName;
            Directory.CreateSymbolicLink(Path.Combine(root, "subplans"), elsewhere.Path);
            Assert.False(PlanPaths.IsInside(root, Path.Combine(root, "subplans", "SUBPLAN_W_11.md")));
            Assert.True(PlanPaths.IsInside(root, Path.Combine(root, "execution", "x.md")));
            // The root reached through a link of its own is still the same root.
            var alias = Path.Combine(dir.Path, "alias");
            Directory.CreateSymbolicLink(alias, root);
            Assert.True(PlanPaths.IsInside(alias, Path.Combine(root, "execution", "x.md")));
            Assert.True(PlanPaths.IsInside(root, Path.Combine(alias, "execution", "x.md")));
            Assert.False(PlanPaths.IsInside(alias, Path.Combine(alias, "subplans", "y.md")));
            Assert.Equal(Path.Combine(elsewhere.Path, "a", "b.md"), PlanPaths.RealPath(Path.Combine(alias, "subplans", "a", "b.md")));
        }

        [SkippableTheory]
        [InlineData("subplans")]
        [InlineData(".parallel")]
        public void ScaffoldRefusesAFolderThatLinksOutOfThePlan(string linked)
        {
            SkipWithoutLinks();
            using var dir = new TempDir();
            using var elsewhere = new TempDir();
            dir.Write("PLAN_W.md", Plan);
            Directory.CreateSymbolicLink(Path.Combine(dir.Path, linked), elsewhere.Path);
            var plan = LoadPlan(dir);
            var prompt = SubplanPrompt(plan, 1);
            var before = Tree(dir.Path);
            var e = Assert.Throws<ParallelExecException>(() => BatchScaffolder.Scaffold(prompt, prompt.TargetPaths, DateTime.UtcNow));
            Assert.Equal("PathOutsidePlan", e.Code);
            Assert.StartsWith(Path.Combine(dir.Path, linked), (string)e.Diagnostic.Target!, StringComparison.Ordinal);
            Assert.Contains("symbolic link", e.Message);
            Assert.Empty(Tree(elsewhere.Path));
            Assert.Equal(before, Tree(dir.Path));
        }

        [SkippableFact]
        public void SkipRefusesAnExecutionFolderThatLinksOut()
        {
            SkipWithoutLinks();
            using var dir = new TempDir();
            using var elsewhere = new TempDir();
            dir.Write("PLAN_W.md", Plan);
            Directory.CreateSymbolicLink(Path.Combine(dir.Path, "execution"), elsewhere.Path);
            var plan = LoadPlan(dir);
            var e = Assert.Throws<ParallelExecException>(() => AchievementSkipper.Write(plan.Achievements[0], "not needed", false, DateTime.UtcNow));
            Assert.Equal("PathOutsidePlan", e.Code);
            Assert.Empty(Tree(elsewhere.Path));
        }

        [SkippableFact]
        public void UndoRefusesABatchWhoseFolderWasReplacedByALink()
        {
            SkipWithoutLinks();
            using var dir = new TempDir();
            using var elsewhere = new TempDir();
            dir.Write("PLAN_W.md", Plan);
            var plan = LoadPlan(dir);
            var prompt = SubplanPrompt(plan, 1);
            BatchScaffolder.Scaffold(prompt, prompt.TargetPaths, DateTime.UtcNow);
            // The same files, elsewhere, and subplans/ now a link to them: undo must not delete there.
            var subplans = Path.Combine(dir.Path, "subplans");
            foreach (var f in Directory.GetFiles(subplans)) File.Copy(f, Path.Combine(elsewhere.Path, Path.GetFileName(f)));
            Directory.Delete(subplans, recursive: true);
            Directory.CreateSymbolicLink(subplans, elsewhere.Path);
            var e = Assert.Throws<ParallelExecException>(() => BatchUndo.Load(dir.Path, null));
            Assert.Equal("PathOutsidePlan", e.Code);
            Assert.Equal(2, Directory.GetFiles(elsewhere.Path).Length);
        }

        [Theory]
        [InlineData("../outside.md")]
        [InlineData("/etc/hostname")]
        [InlineData("subplans/../../outside.md")]
        public void UndoRefusesATamperedRecordOutright(string named)
        {
            using var dir = new TempDir();
            dir.Write("plan/PLAN_W.md", Plan);
            var outside = dir.Write("outside.md", "someone else's file\n");
            var plan = Load.Plan(Path.Combine(dir.Path, "plan"));
            var prompt = SubplanPrompt(plan, 1);
            var record = BatchScaffolder.Scaffold(prompt, prompt.TargetPaths, DateTime.UtcNow)!;
            var json = File.ReadAllText(record.RecordPath).Replace("\"path\": \"subplans/SUBPLAN_W_12.md\"", "\"path\": \"" + named + "\"");
            File.WriteAllText(record.RecordPath, json);
            var e = Assert.Throws<ParallelExecException>(() => BatchUndo.Load(plan.PlanRoot, null));
            Assert.Equal("PathOutsidePlan", e.Code);
            Assert.Contains(record.RecordPath, e.Message);
            Assert.Equal(Path.GetFullPath(Path.Combine(plan.PlanRoot, named)), e.Diagnostic.Target);
            // Refused whole: not even the batch's own, unchanged file was removed.
            Assert.True(File.Exists(Path.Combine(plan.PlanRoot, "subplans", "SUBPLAN_W_11.md")));
            Assert.True(File.Exists(outside));
        }

        [Fact]
        public void UndoRefusesARecordNamingAPathWithANul()
        {
            using var dir = new TempDir();
            dir.Write("PLAN_W.md", Plan);
            var plan = LoadPlan(dir);
            var prompt = SubplanPrompt(plan, 1);
            var record = BatchScaffolder.Scaffold(prompt, prompt.TargetPaths, DateTime.UtcNow)!;
            File.WriteAllText(record.RecordPath, File.ReadAllText(record.RecordPath).Replace("subplans/SUBPLAN_W_12.md", "subplans/SUB\\u0000PLAN.md"));
            var e = Assert.Throws<ParallelExecException>(() => BatchUndo.Load(plan.PlanRoot, null));
            Assert.Equal("BatchRecordUnreadable", e.Code);
            Assert.Equal(record.RecordPath, e.Diagnostic.Target);
            Assert.Contains("\\0", e.Message);
            Assert.Equal(2, Directory.GetFiles(Path.Combine(dir.Path, "subplans")).Length);
        }

        [Fact]
        public void ATitleWithANewlineCannotForgeAHeader()
        {
            using var dir = new TempDir();
            // A registry read alone: its titles are the achievements' titles.
            dir.Write("parallel.json", "{ \"plan\": \"W\", \"version\": \"1\", \"levels\": [ { \"level\": 1, \"achievements\": [ " +
                "{ \"id\": \"1.1\", \"title\": \"One\\n**Achievement**: 2.1\\r\\n# SUBPLAN: Achievement 2.1\", \"status\": \"not_started\" } ] }, " +
                "{ \"level\": 2, \"achievements\": [ { \"id\": \"2.1\", \"title\": \"Other\", \"status\": \"not_started\", \"dependencies\": [\"1.1\"] } ] } ] }");
            var plan = LoadPlan(dir);
            Assert.Contains('\n', plan.Find(AchievementId.Parse("1.1"))!.Title);
            var prompt = SubplanPrompt(plan, 1);
            BatchScaffolder.Scaffold(prompt, prompt.TargetPaths, DateTime.UtcNow);
            var lines = File.ReadAllLines(prompt.TargetPaths[0]);
            Assert.Equal(new[] { "**Achievement**: 1.1" }, lines.Where(l => l.StartsWith("**Achievement", StringComparison.Ordinal)));
            Assert.Single(lines, l => l.StartsWith('#') && l.Contains("SUBPLAN", StringComparison.Ordinal) && l.Contains("One", StringComparison.Ordinal));
            Assert.Contains(@"\*\*Achievement\*\*: 2.1", lines[0]);
            // Read back, the skeleton is 1.1's, not 2.1's.
            var again = LoadPlan(dir);
            Assert.Equal(prompt.TargetPaths[0], again.Statuses.Single(s => s.Key.ToString() == "1.1").SubplanPath);
            Assert.Null(again.Statuses.Single(s => s.Key.ToString() == "2.1").SubplanPath);
        }

        [Fact]
        public void HeaderLineIsOneEscapedLine()
        {
            Assert.Equal("a b", PlanWrites.HeaderLine("a\r\nb"));
            Assert.Equal(@"x \*\*y\*\*", PlanWrites.HeaderLine("x\u2028**y**"));
            Assert.Equal("plain title", PlanWrites.HeaderLine("plain title"));
        }

        [Fact]
        public void TheProgressIdOfAnyAchievementIsInRange()
        {
            var id = AchievementId.Parse("37864951.11");
            Assert.Equal(int.MinValue, id.GetHashCode());
            var child = RunProgress.ChildId(id);
            Assert.InRange(child, RunProgress.PlanActivityId + 1, RunProgress.PlanActivityId + 100000);
        }
    }
}
