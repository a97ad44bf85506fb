using ParallelExec.Registry.Rules;
using Xunit;
using static ParallelExec.Tests.Rules.RuleRun;

namespace ParallelExec.Tests.Rules
{
    public class LevelContainsDependencyRuleTests
    {
        [Fact]
        public void ReportsEachLevelWhoseAchievementsDependOnEachOther()
        {
            using var dir = new TempDir();
            const string json = "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ { \"level\": 1, \"achievements\": [\n" +
                "  { \"id\": \"1.3\", \"title\": \"C\", \"dependencies\": [\"1.2\", \"1.1\"] },\n" +
                "  { \"id\": \"1.2\", \"title\": \"B\", \"dependencies\": [\"1.1\"] },\n" +
                "  { \"id\": \"1.1\", \"title\": \"A\" } ] } ] }";
            var r = Assert.Single(Check<LevelContainsDependencyRule>(dir, json));
            Assert.Equal(DiagnosticSeverity.Error, r.SeverityValue);
            Assert.Equal("Level 1 holds achievements that depend on each other (1.2 -> 1.1, 1.3 -> 1.1, 1.3 -> 1.2), so they cannot run at the same time.", r.Message);
            Assert.Equal(StartOf(json, "\"1.1\"", 2), At(r)); // the level's first achievement in id order
            Assert.Null(r.AchievementId);
            Assert.Equal("levels[level=1]", r.JsonPath);
            Assert.Equal("Move each dependent achievement to a later level (Export-ParallelJson computes the levels from the dependencies).", r.Suggestion);
        }

        [Fact]
        public void IsSilentWhenEachLevelIsIndependentAndForTheFlatForm()
        {
            using var dir = new TempDir();
            Assert.Empty(Check<LevelContainsDependencyRule>(dir, "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ { \"level\": 1, \"achievements\": [ { \"id\": \"1.1\", \"title\": \"A\" }, { \"id\": \"1.2\", \"title\": \"B\" } ] }, { \"level\": 2, \"achievements\": [ { \"id\": \"1.3\", \"title\": \"C\", \"dependencies\": [\"1.1\", \"1.2\"] } ] } ] }"));
            Assert.Empty(Check<LevelContainsDependencyRule>(dir, "{ \"plan_name\": \"X\", \"achievements\": [ { \"achievement_id\": \"1.1\" }, { \"achievement_id\": \"1.2\", \"dependencies\": [\"1.1\"] } ] }"));
        }
    }
}
