using ParallelExec.Registry.Rules;
using Xunit;
using static ParallelExec.Tests.Rules.RuleRun;

namespace ParallelExec.Tests.Rules
{
    public class UnknownBlockRuleTests
    {
        [Fact]
        public void ReportsABlocksEntryTheRegistryDoesNotRegister()
        {
            using var dir = new TempDir();
            const string json = "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ { \"level\": 1, \"achievements\": [\n  { \"id\": \"1.1\", \"title\": \"A\",\n    \"blocks\": [\"8.8\"] } ] } ] }";
            var r = Assert.Single(Check<UnknownBlockRule>(dir, json));
            Assert.Equal(DiagnosticSeverity.Error, r.SeverityValue);
            Assert.Equal("1.1 blocks 8.8, which the registry does not register.", r.Message);
            Assert.Equal(StartOf(json, "\"8.8\""), At(r));
            Assert.Equal("Register 8.8, or correct the id.", r.Suggestion);
            Assert.Equal("levels[0].achievements[0].blocks", r.JsonPath);
            Assert.Equal("1.1", r.AchievementId);
        }

        [Fact]
        public void IsSilentWhenEveryBlockIsRegistered()
        {
            using var dir = new TempDir();
            Assert.Empty(Check<UnknownBlockRule>(dir, "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ { \"level\": 1, \"achievements\": [ { \"id\": \"1.1\", \"title\": \"A\", \"blocks\": [\"1.2\", \"1.1\"] }, { \"id\": \"1.2\", \"title\": \"B\" } ] } ] }"));
        }
    }
}
