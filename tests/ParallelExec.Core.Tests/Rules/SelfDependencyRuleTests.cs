using ParallelExec.Registry.Rules;
using Xunit;
using static ParallelExec.Tests.Rules.RuleRun;

namespace ParallelExec.Tests.Rules
{
    public class SelfDependencyRuleTests
    {
        [Fact]
        public void ReportsAnAchievementThatDependsOnOrBlocksItself()
        {
            using var dir = new TempDir();
            const string json = "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ { \"level\": 1, \"achievements\": [\n  { \"id\": \"1.1\", \"title\": \"A\",\n    \"dependencies\": [\"1.1\"],\n    \"blocks\": [\"01.1\"] } ] } ] }";
            var r = Check<SelfDependencyRule>(dir, json);
            Assert.Equal(2, r.Length);
            Assert.Equal("1.1 depends on itself.", r[0].Message);
            Assert.Equal(StartOf(json, "\"1.1\"", 1), At(r[0]));
            Assert.Equal("Remove \"1.1\" from the dependencies of 1.1.", r[0].Suggestion);
            Assert.Equal("levels[0].achievements[0].dependencies", r[0].JsonPath);
            Assert.Equal("1.1 blocks itself.", r[1].Message);
            Assert.Equal(StartOf(json, "\"01.1\""), At(r[1]));
            Assert.Equal("Remove \"01.1\" from the blocks of 1.1.", r[1].Suggestion);
            Assert.Equal("levels[0].achievements[0].blocks", r[1].JsonPath);
            Assert.All(r, x => Assert.Equal(DiagnosticSeverity.Error, x.SeverityValue));
        }

        [Fact]
        public void IsSilentWhenEveryDependencyIsAnother()
        {
            using var dir = new TempDir();
            Assert.Empty(Check<SelfDependencyRule>(dir, "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ { \"level\": 1, \"achievements\": [ { \"id\": \"1.1\", \"title\": \"A\", \"blocks\": [\"1.2\"] } ] }, { \"level\": 2, \"achievements\": [ { \"id\": \"1.2\", \"title\": \"B\", \"dependencies\": [\"1.1\"] } ] } ] }"));
        }
    }
}
