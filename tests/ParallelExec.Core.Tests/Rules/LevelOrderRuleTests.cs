using ParallelExec.Registry.Rules;
using Xunit;
using static ParallelExec.Tests.Rules.RuleRun;

namespace ParallelExec.Tests.Rules
{
    public class LevelOrderRuleTests
    {
        [Fact]
        public void ReportsADependencyInALaterLevel()
        {
            using var dir = new TempDir();
            const string json = "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [\n" +
                "  { \"level\": 1, \"achievements\": [ { \"id\": \"1.2\", \"title\": \"B\", \"dependencies\": [\"1.1\"] } ] },\n" +
                "  { \"level\": 2, \"achievements\": [ { \"id\": \"1.1\", \"title\": \"A\" } ] } ] }";
            var r = Assert.Single(Check<LevelOrderRule>(dir, json));
            Assert.Equal(DiagnosticSeverity.Error, r.SeverityValue);
            Assert.Equal("1.2 is in level 1 but depends on 1.1, which is in the later level 2.", r.Message);
            Assert.Equal(StartOf(json, "\"1.1\""), At(r));
            Assert.Equal("Move 1.2 to a level after 2, or let Export-ParallelJson recompute the levels.", r.Suggestion);
            Assert.Equal("levels[0].achievements[0]", r.JsonPath);
        }

        [Fact]
        public void IsSilentWhenEveryDependencyComesEarlierAndForTheFlatForm()
        {
            using var dir = new TempDir();
            Assert.Empty(Check<LevelOrderRule>(dir, "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ { \"level\": 1, \"achievements\": [ { \"id\": \"1.1\", \"title\": \"A\" } ] }, { \"level\": 2, \"achievements\": [ { \"id\": \"1.2\", \"title\": \"B\", \"dependencies\": [\"1.1\"] } ] } ] }"));
            Assert.Empty(Check<LevelOrderRule>(dir, "{ \"plan_name\": \"X\", \"achievements\": [ { \"achievement_id\": \"1.2\", \"dependencies\": [\"1.1\"] }, { \"achievement_id\": \"1.1\" } ] }"));
        }
    }
}
