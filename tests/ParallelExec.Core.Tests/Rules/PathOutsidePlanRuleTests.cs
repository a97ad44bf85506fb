using ParallelExec.Registry.Rules;
using Xunit;
using static ParallelExec.Tests.Rules.RuleRun;

namespace ParallelExec.Tests.Rules
{
    public class PathOutsidePlanRuleTests
    {
        [Fact]
        public void ReportsAPathThatLeavesThePlanFolder()
        {
            using var dir = new TempDir();
            const string json = "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ { \"level\": 1, \"achievements\": [\n" +
                "  { \"id\": \"1.1\", \"title\": \"A\", \"subplan_path\": \"../other/SUBPLAN_X_11.md\",\n" +
                "    \"execution_paths\": [\"execution/ok.md\", \"/etc/passwd\"] } ] } ] }";
            var r = Check<PathOutsidePlanRule>(dir, json);
            Assert.Equal(2, r.Length);
            Assert.Equal("subplan_path of 1.1 is \"../other/SUBPLAN_X_11.md\": it points outside the plan folder.", r[0].Message);
            Assert.Equal(StartOf(json, "\"../other/SUBPLAN_X_11.md\""), At(r[0]));
            Assert.Equal("levels[0].achievements[0].subplan_path", r[0].JsonPath);
            Assert.Equal("Give the path relative to the plan folder (for example subplans/SUBPLAN_<NAME>_11.md).", r[0].Suggestion);
            Assert.StartsWith("execution_paths of 1.1 is \"/etc/passwd\": ", r[1].Message);
            Assert.Equal(StartOf(json, "\"/etc/passwd\""), At(r[1]));
            Assert.Equal("levels[0].achievements[0].execution_paths", r[1].JsonPath);
            Assert.All(r, x => Assert.Equal(DiagnosticSeverity.Error, x.SeverityValue));
        }

        [Fact]
        public void IsSilentForPathsInsideThePlanFolder()
        {
            using var dir = new TempDir();
            // Whether the files exist is MissingFile's question.
            Assert.Empty(Check<PathOutsidePlanRule>(dir, "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ { \"level\": 1, \"achievements\": [ { \"id\": \"1.1\", \"title\": \"A\", \"subplan_path\": \"subplans/SUBPLAN_X_11.md\", \"execution_paths\": [\"execution/a.md\", \"\"] } ] } ] }"));
        }
    }
}
