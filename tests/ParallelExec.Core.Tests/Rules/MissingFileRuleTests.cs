using ParallelExec.Registry.Rules;
using Xunit;
using static ParallelExec.Tests.Rules.RuleRun;

namespace ParallelExec.Tests.Rules
{
    public class MissingFileRuleTests
    {
        private const string Json = "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ { \"level\": 1, \"achievements\": [\n" +
            "  { \"id\": \"1.1\", \"title\": \"A\", \"subplan_path\": \"subplans/SUBPLAN_X_11.md\",\n" +
            "    \"execution_paths\": [\"execution/EXECUTION_TASK_X_11_01.md\", \"../outside.md\"] } ] } ] }";

        [Fact]
        public void ReportsAPathToAFileThatDoesNotExist()
        {
            using var dir = new TempDir();
            var r = Check<MissingFileRule>(dir, Json);
            Assert.Equal(2, r.Length);
            Assert.All(r, x => Assert.Equal(DiagnosticSeverity.Warning, x.SeverityValue));
            Assert.Equal("subplan_path of 1.1 names \"subplans/SUBPLAN_X_11.md\", which does not exist.", r[0].Message);
            Assert.Equal(StartOf(Json, "\"subplans/SUBPLAN_X_11.md\""), At(r[0]));
            Assert.Equal("Create the SUBPLAN, or set subplan_path to null until it exists.", r[0].Suggestion);
            Assert.Equal("execution_paths of 1.1 names \"execution/EXECUTION_TASK_X_11_01.md\", which does not exist.", r[1].Message);
            Assert.Equal("Create the file, or remove it from execution_paths.", r[1].Suggestion);
            Assert.Equal("levels[0].achievements[0].execution_paths", r[1].JsonPath);
        }

        [Fact]
        public void IsSilentWhenTheFilesExist()
        {
            using var dir = new TempDir();
            dir.Write("subplans/SUBPLAN_X_11.md", "# SUBPLAN");
            dir.Write("execution/EXECUTION_TASK_X_11_01.md", "# EXECUTION_TASK");
            // ../outside.md is PathOutsidePlan's finding, not this rule's.
            Assert.Empty(Check<MissingFileRule>(dir, Json));
        }
    }
}
