using System.IO;
using System.Linq;
using ParallelExec.Registry.Rules;
using Xunit;
using static ParallelExec.Tests.Rules.RuleRun;

namespace ParallelExec.Tests.Rules
{
    public class WriteSetConflictRuleTests
    {
        private const string Plan = "# PLAN: X\n**Achievement 1.1**: A\n- Dependencies: None\n**Achievement 2.1**: B\n- Dependencies: 1.1\n"
            + "**Achievement 2.2**: C\n- Dependencies: 1.1\n";

        [Fact]
        public void ReportsAPairThatMayRunAtOnceAndWritesAFileOfBoth()
        {
            using var dir = new TempDir();
            Directory.CreateDirectory(Path.Combine(dir.Path, ".git"));
            dir.Write("PLAN_X.md", Plan);
            const string json = "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [\n"
                + " { \"level\": 1, \"achievements\": [ { \"id\": \"1.1\", \"title\": \"A\", \"files\": [\"src/app.py\"] } ] },\n"
                + " { \"level\": 2, \"achievements\": [\n"
                + "  { \"id\": \"2.1\", \"title\": \"B\", \"dependencies\": [\"1.1\"], \"files\": [\"src/app.py\", \"src/b.py\"] },\n"
                + "  { \"id\": \"2.2\", \"title\": \"C\", \"dependencies\": [\"1.1\"], \"files\": [\"src/**\"] } ] } ] }";
            var r = Check<WriteSetConflictRule>(dir, json);
            var one = Assert.Single(r);
            Assert.Equal("Warning 2.1 and 2.2 may run at the same time and both write src/app.py ~ src/**, src/b.py ~ src/** "
                + "(declared at src/app.py (parallel.json:4); src/b.py (parallel.json:4); src/** (parallel.json:5)).", $"{one.SeverityValue} {one.Message}");
            Assert.Equal(StartOf(json, "\"2.1\""), At(one));
            Assert.StartsWith("Add \"2.1\" to the dependencies of 2.2", one.Suggestion);
        }

        [Fact]
        public void SaysNothingWhenThePairIsOrderedOrTheFilesDiffer()
        {
            using var dir = new TempDir();
            Directory.CreateDirectory(Path.Combine(dir.Path, ".git"));
            dir.Write("PLAN_X.md", Plan);
            const string json = "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [\n"
                + " { \"level\": 1, \"achievements\": [ { \"id\": \"1.1\", \"title\": \"A\", \"files\": [\"src/app.py\"] } ] },\n"
                + " { \"level\": 2, \"achievements\": [\n"
                + "  { \"id\": \"2.1\", \"title\": \"B\", \"dependencies\": [\"1.1\"], \"files\": [\"src/app.py\"] },\n"
                + "  { \"id\": \"2.2\", \"title\": \"C\", \"dependencies\": [\"1.1\"], \"files\": [\"docs/c.md\"] } ] } ] }";
            Assert.Empty(Check<WriteSetConflictRule>(dir, json));
        }
    }
}
