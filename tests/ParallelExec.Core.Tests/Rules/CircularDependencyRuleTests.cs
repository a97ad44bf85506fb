using ParallelExec.Registry.Rules;
using Xunit;
using static ParallelExec.Tests.Rules.RuleRun;

namespace ParallelExec.Tests.Rules
{
    public class CircularDependencyRuleTests
    {
        [Fact]
        public void ReportsEachCycleAtTheDependencyMostLikelyWrong()
        {
            using var dir = new TempDir();
            const string json = "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ { \"level\": 1, \"achievements\": [\n" +
                "  { \"id\": \"1.2\", \"title\": \"B\", \"dependencies\": [\"1.1\"] },\n" +
                "  { \"id\": \"1.1\", \"title\": \"A\", \"dependencies\": [\"1.3\"] },\n" +
                "  { \"id\": \"1.3\", \"title\": \"C\", \"dependencies\": [\"1.2\"] },\n" +
                "  { \"id\": \"4.1\", \"title\": \"D\", \"dependencies\": [\"4.2\"] },\n" +
                "  { \"id\": \"4.2\", \"title\": \"E\", \"dependencies\": [\"4.1\"] } ] } ] }";
            var r = Check<CircularDependencyRule>(dir, json);
            Assert.Equal(2, r.Length);
            Assert.Equal("Circular dependency (3 achievements): 1.1 -> 1.3 -> 1.2 -> 1.1 (each depends on the next).", r[0].Message);
            // 1.1 depending on the later 1.3 is the edge to cut.
            Assert.Equal(StartOf(json, "\"1.3\""), At(r[0]));
            Assert.Equal("1.1", r[0].AchievementId);
            Assert.Equal("Remove the dependency 1.1 -> 1.3 (remove \"1.3\" from the dependencies of 1.1), or restructure so that one of them no longer needs the other.", r[0].Suggestion);
            Assert.Equal("levels[0].achievements[1].dependencies", r[0].JsonPath);
            Assert.Equal("Circular dependency (2 achievements): 4.1 -> 4.2 -> 4.1 (each depends on the next).", r[1].Message);
            Assert.All(r, x => Assert.Equal(DiagnosticSeverity.Error, x.SeverityValue));
        }

        [Fact]
        public void IsSilentForAChain()
        {
            using var dir = new TempDir();
            Assert.Empty(Check<CircularDependencyRule>(dir, "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ { \"level\": 1, \"achievements\": [ { \"id\": \"1.1\", \"title\": \"A\" }, { \"id\": \"1.2\", \"title\": \"B\", \"dependencies\": [\"1.1\"] }, { \"id\": \"1.3\", \"title\": \"C\", \"dependencies\": [\"1.2\", \"1.1\"] } ] } ] }"));
        }
    }
}
