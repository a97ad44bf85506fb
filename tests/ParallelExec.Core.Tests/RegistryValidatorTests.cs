using System.IO;
using System.Linq;
using System.Text;
using ParallelExec.Plans;
using ParallelExec.Registry;
using Xunit;

namespace ParallelExec.Tests
{
    public class RegistryValidatorTests
    {
        private static string Registry(string levels) => "{ \"plan\": \"X\", \"version\": \"1.0.0\", \"levels\": [ " + levels + " ] }";

        private static ValidationRecord[] Check(TempDir dir, string json, string name = "parallel.json") =>
            RegistryValidator.Validate(dir.Write(name, json)).ToArray();

        [Fact]
        public void AValidRegistryHasNoFindings()
        {
            using var dir = new TempDir();
            var r = Check(dir, Registry("{ \"level\": 1, \"achievements\": [ { \"id\": \"1.1\", \"title\": \"A\", \"blocks\": [\"1.2\"], \"subplan_path\": null } ] }, { \"level\": 2, \"achievements\": [ { \"id\": \"1.2\", \"title\": \"B\", \"dependencies\": [\"1.1\"] } ] }"));
            Assert.Empty(r);
        }

        [Fact]
        public void SchemaViolationsCarryLineColumnAndPath()
        {
            using var dir = new TempDir();
            var r = Check(dir, "{\n  \"plan\": \"X\",\n  \"version\": \"1\",\n  \"levels\": [ { \"level\": 1, \"achievements\": [ { \"id\": 11, \"title\": \"A\" } ] } ]\n}");
            var v = Assert.Single(r, x => x.Code == "SchemaViolation");
            Assert.Equal(4, v.Line);
            Assert.True(v.Column > 40);
            Assert.Contains("id", v.JsonPath);
        }

        [Fact]
        public void ALongChainListedInReverseNeedsNoRecursion()
        {
            using var dir = new TempDir();
            var sb = new StringBuilder();
            for (int i = 2000; i >= 1; i--)
            {
                if (sb.Length > 0) sb.Append(", ");
                sb.Append($"{{ \"id\": \"{(i - 1) / 1000 + 1}.{(i - 1) % 1000 + 1}\", \"title\": \"T\", \"dependencies\": [{(i > 1 ? $"\"{(i - 2) / 1000 + 1}.{(i - 2) % 1000 + 1}\"" : "")}] }}");
            }
            var r = Check(dir, Registry("{ \"level\": 1, \"achievements\": [ " + sb + " ] }"));
            Assert.Equal("LevelContainsDependency", Assert.Single(r).Code);
        }

        [Fact]
        public void CyclesAreTheSameWhateverTheEntryOrder()
        {
            using var dir = new TempDir();
            var a = Check(dir, Registry("{ \"level\": 1, \"achievements\": [ { \"id\": \"1.1\", \"title\": \"A\", \"dependencies\": [\"1.3\"] }, { \"id\": \"1.2\", \"title\": \"B\", \"dependencies\": [\"1.1\"] }, { \"id\": \"1.3\", \"title\": \"C\", \"dependencies\": [\"1.2\"] } ] }"), "a.json");
            var b = Check(dir, Registry("{ \"level\": 1, \"achievements\": [ { \"id\": \"1.3\", \"title\": \"C\", \"dependencies\": [\"1.2\"] }, { \"id\": \"1.1\", \"title\": \"A\", \"dependencies\": [\"1.3\"] }, { \"id\": \"1.2\", \"title\": \"B\", \"dependencies\": [\"1.1\"] } ] }"), "b.json");
            var ca = Assert.Single(a, x => x.Code == "CircularDependency");
            var cb = Assert.Single(b, x => x.Code == "CircularDependency");
            Assert.Equal(ca.Message, cb.Message);
            Assert.Contains("1.1 -> 1.3 -> 1.2 -> 1.1", ca.Message);
            Assert.Equal(ca.Suggestion, cb.Suggestion);
        }

        [Fact]
        public void FindingsAtOnePlaceComeInTheOrderTheChecksFindThem()
        {
            using var dir = new TempDir();
            // 1.1 depends on 2.2, which depends on 1.1, is in the later level and does not list 1.1 under its blocks: three findings at one place.
            var json = "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [\n" +
                "  { \"level\": 1, \"achievements\": [ { \"id\": \"1.1\", \"title\": \"A\", \"dependencies\": [\"2.2\"], \"blocks\": [\"2.2\"] } ] },\n" +
                "  { \"level\": 2, \"achievements\": [ { \"id\": \"2.2\", \"title\": \"B\", \"dependencies\": [\"1.1\"], \"blocks\": [] } ] } ] }";
            var r = Check(dir, json);
            var (line, column) = Rules.RuleRun.StartOf(json, "\"2.2\"");
            Assert.Equal(new[] { "BlocksMismatch", "CircularDependency", "LevelOrder" }.Select(c => $"{c} {line}:{column}"),
                r.Select(x => $"{x.Code} {x.Line}:{x.Column}"));
        }

        [Fact]
        public void LevelsThatContradictDependencies()
        {
            using var dir = new TempDir();
            var r = Check(dir, Registry("{ \"level\": 1, \"achievements\": [ { \"id\": \"1.1\", \"title\": \"A\" }, { \"id\": \"1.2\", \"title\": \"B\", \"dependencies\": [\"1.1\", \"1.3\"] } ] }, { \"level\": 2, \"achievements\": [ { \"id\": \"1.3\", \"title\": \"C\" } ] }"));
            Assert.Contains(r, x => x.Code == "LevelContainsDependency" && x.Message.Contains("1.2 -> 1.1"));
            Assert.Contains(r, x => x.Code == "LevelOrder" && x.AchievementId == "1.2" && x.Message.Contains("1.3"));
        }

        [Fact]
        public void DuplicatesUnknownsAndSelfReferences()
        {
            using var dir = new TempDir();
            var r = Check(dir, Registry("{ \"level\": 1, \"achievements\": [ { \"id\": \"1.1\", \"title\": \"A\", \"dependencies\": [\"1.1\", \"7.7\"], \"blocks\": [\"8.8\"] }, { \"id\": \"1.1\", \"title\": \"again\" } ] }"));
            Assert.Contains(r, x => x.Code == "DuplicateId");
            Assert.Contains(r, x => x.Code == "SelfDependency");
            Assert.Contains(r, x => x.Code == "UnknownDependency" && x.Message.Contains("7.7"));
            Assert.Contains(r, x => x.Code == "UnknownBlock" && x.Message.Contains("8.8"));
        }

        [Fact]
        public void DuplicateKeysAreFoundEvenThoughJsonReadersKeepOne()
        {
            using var dir = new TempDir();
            var r = Check(dir, "{ \"plan\": \"X\", \"version\": \"1\", \"version\": \"2\", \"levels\": [] }");
            var d = Assert.Single(r);
            Assert.Equal("DuplicateKey", d.Code);
            Assert.Equal(1, d.Line);
        }

        [Fact]
        public void PathsStayInsideThePlanFolder()
        {
            using var dir = new TempDir();
            dir.Write("subplans/SUBPLAN_X_11.md", "# SUBPLAN");
            var root = dir.Path;
            Assert.Equal(Path.Combine(root, "subplans", "SUBPLAN_X_11.md"), PlanPaths.Resolve(root, "subplans/SUBPLAN_X_11.md", out _));
            Assert.Null(PlanPaths.Resolve(root, "../outside.md", out var why));
            Assert.Contains("outside", why);
            Assert.Null(PlanPaths.Resolve(root, "/etc/passwd", out _));
            Assert.Null(PlanPaths.Resolve(root, "subplans/../../x.md", out _));
            Assert.Null(PlanPaths.Resolve(root, "a\0b", out _));
            // The seed writes paths from the workspace root: work-space/plans/<NAME>/subplans/…
            var name = Path.GetFileName(root);
            Assert.Equal(Path.Combine(root, "subplans", "SUBPLAN_X_11.md"), PlanPaths.Resolve(root, $"work-space/plans/{name}/subplans/SUBPLAN_X_11.md", out _));
        }

        [Fact]
        public void FileProblemsThrowWithTheirIds()
        {
            using var dir = new TempDir();
            Assert.Equal("RegistryIsDirectory", Assert.Throws<ParallelExecException>(() => RegistryValidator.Validate(dir.Path)).Diagnostic.Code);
            Assert.Equal("RegistryFileNotFound", Assert.Throws<ParallelExecException>(() => RegistryValidator.Validate(Path.Combine(dir.Path, "no.json"))).Diagnostic.Code);
            // A file that exists gets its verdict: one Error record with the code of what is wrong with it.
            var notJson = Assert.Single(RegistryValidator.Validate(dir.Write("x.json", "\n  # a PLAN")));
            Assert.Equal(("RegistryNotJson", DiagnosticSeverity.Error, 2, 3), (notJson.Code, notJson.SeverityValue, notJson.Line, notJson.Column));
            Assert.Equal("The file is not JSON at all: it starts with a markdown heading ('#').", notJson.Message);
            var conflict = Assert.Single(RegistryValidator.Validate(dir.Write("c.json", "<<<<<<< HEAD\n{}\n=======\n[]\n>>>>>>> main\n")));
            Assert.Equal(("RegistryNotJson", 1), (conflict.Code, conflict.Line));
            Assert.Contains("merge-conflict marker (<<<<<<<)", conflict.Message);
            var binary = Assert.Single(RegistryValidator.Validate(dir.WriteBytes("y.json", new byte[] { 0x7B, 0, 0x7D })));
            Assert.Equal(("RegistryFileBinary", DiagnosticSeverity.Error, (int?)null), (binary.Code, binary.SeverityValue, binary.Line));
        }

        [Fact]
        public void DriftAgainstThePlanComparesOnlyWhatThePlanDeclares()
        {
            using var dir = new TempDir();
            dir.Write("PLAN_X.md", "**Achievement 1.1**: A\n- Dependencies: None\n- Blocks: 1.2\n**Achievement 1.2**: B\n**Achievement 1.3**: C\n");
            // 1.2's dependency on 1.1 comes from 1.1's Blocks line; 1.3 declares nothing, so its registry entry is not compared.
            var r = Check(dir, Registry("{ \"level\": 1, \"achievements\": [ { \"id\": \"1.1\", \"title\": \"A\" }, { \"id\": \"1.3\", \"title\": \"C\" } ] }, { \"level\": 2, \"achievements\": [ { \"id\": \"1.2\", \"title\": \"B\", \"dependencies\": [\"1.1\"] } ] }"));
            Assert.DoesNotContain(r, x => x.Code == "PlanDrift");
            var drift = Check(dir, Registry("{ \"level\": 1, \"achievements\": [ { \"id\": \"1.1\", \"title\": \"A\" }, { \"id\": \"1.2\", \"title\": \"B\" }, { \"id\": \"1.3\", \"title\": \"C\" } ] }"));
            Assert.Contains(drift, x => x.Code == "PlanDrift" && x.AchievementId == "1.2" && x.Message.Contains("depends on 1.1; the registry has it depending on nothing"));
        }

        [Fact]
        public void DriftPointsAtThePlansDependenciesLineNotAtAnIndexLine()
        {
            using var dir = new TempDir();
            // An index names each achievement first (as the seed does); the Dependencies lines come later, in the definitions.
            dir.Write("PLAN_X.md", "**Achievement 1.1**: A\n**Achievement 1.2**: B\n\n**Achievement 1.1: A**\n- **Dependencies**: None\n- **Blocks**: 1.2\n\n**Achievement 1.2: B**\n- **Goal**: b\n- **Dependencies**: 1.1\n");
            var r = Check(dir, Registry("{ \"level\": 1, \"achievements\": [ { \"id\": \"1.1\", \"title\": \"A\", \"dependencies\": [\"1.2\"] }, { \"id\": \"1.2\", \"title\": \"B\" } ] }"));
            var d12 = Assert.Single(r, x => x.Code == "PlanDrift" && x.AchievementId == "1.2");
            Assert.EndsWith("or the PLAN's Dependencies line (line 10).", d12.Suggestion);
            var d11 = Assert.Single(r, x => x.Code == "PlanDrift" && x.AchievementId == "1.1");
            Assert.EndsWith("or the PLAN's Dependencies line (line 5).", d11.Suggestion);
            // Dependencies known only from another achievement's Blocks line: there is no Dependencies line to point at.
            dir.Write("PLAN_X.md", "**Achievement 1.1**: A\n- **Blocks**: 1.2\n**Achievement 1.2**: B\n- **Goal**: b\n");
            var blocksOnly = Assert.Single(Check(dir, Registry("{ \"level\": 1, \"achievements\": [ { \"id\": \"1.1\", \"title\": \"A\" }, { \"id\": \"1.2\", \"title\": \"B\" } ] }")),
                x => x.Code == "PlanDrift" && x.AchievementId == "1.2");
            Assert.EndsWith("or give its definition in the PLAN (line 3) a Dependencies line.", blocksOnly.Suggestion);
        }

        [Fact]
        public void AStoredStatusThatTheFilesContradictIsStatusDrift()
        {
            using var dir = new TempDir();
            dir.Write("PLAN_X.md", "**Achievement 1.1**: A\n- Dependencies: None\n**Achievement 1.2**: B\n- Dependencies: 1.1\n");
            dir.Write("execution/feedbacks/APPROVED_11.md", "# Approved");
            var r = Check(dir, Registry("{ \"level\": 1, \"achievements\": [ { \"id\": \"1.1\", \"title\": \"A\", \"status\": \"in_progress\" } ] }, { \"level\": 2, \"achievements\": [ { \"id\": \"1.2\", \"title\": \"B\", \"status\": \"not_started\", \"dependencies\": [\"1.1\"] } ] }"));
            var drift = Assert.Single(r, x => x.Code == "StatusDrift");
            Assert.Equal("1.1", drift.AchievementId);
            Assert.Contains("stores 1.1 as in_progress; the files say complete (APPROVED_11.md)", drift.Message);
        }

        [Fact]
        public void TheExportedRegistryOfAPlanValidatesClean()
        {
            using var dir = new TempDir();
            var planPath = dir.Write("PLAN_X.md", "**Achievement 1.1**: A (2h)\n- Dependencies: None\n**Achievement 1.2**: B (1-2h)\n- Dependencies: 1.1\n**Achievement 2.1**: C\n- Dependencies: 1.1\n**Achievement 3.1**: D (30 minutes)\n- Dependencies: 1.2, 2.1\n");
            var plan = Load.Plan(planPath);
            var json = RegistryWriter.ToJson(plan);
            Assert.Empty(Check(dir, json));
            var back = Load.Plan(planPath);
            Assert.Equal(plan.Edges.Select(e => e.ToString().Split(' ')[0] + e.ToKey), back.Edges.Select(e => e.ToString().Split(' ')[0] + e.ToKey));
            Assert.Equal(plan.Achievements.Select(a => a.Wave), back.Achievements.Select(a => a.Level));
            Assert.Contains("\"total_parallel_time\": \"3.5-4.5 hours\"", json);
            Assert.Contains("\"total_sequential_time\": \"3.5-4.5 hours\"", json);
        }
    }
}
