using ParallelExec.Registry.Rules;
using Xunit;
using static ParallelExec.Tests.Rules.RuleRun;

namespace ParallelExec.Tests.Rules
{
    public class DuplicateIdRuleTests
    {
        [Fact]
        public void ReportsEachLaterEntryOfAnId()
        {
            using var dir = new TempDir();
            const string json = "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ { \"level\": 1, \"achievements\": [\n  { \"id\": \"1.1\", \"title\": \"A\" },\n  { \"id\": \"1.2\", \"title\": \"B\" },\n  { \"id\": \"01.1\", \"title\": \"again\" } ] } ] }";
            var r = Assert.Single(Check<DuplicateIdRule>(dir, json));
            Assert.Equal(DiagnosticSeverity.Error, r.SeverityValue);
            Assert.Equal("Achievement 1.1 is registered more than once (first at line 2).", r.Message);
            Assert.Equal(StartOf(json, "\"01.1\""), At(r));
            Assert.Equal("01.1", r.AchievementId); // as written
            Assert.Equal("levels[0].achievements[2]", r.JsonPath);
            Assert.Equal("Keep one entry per achievement and merge their dependencies.", r.Suggestion);
        }

        [Fact]
        public void IsSilentWhenEachIdIsRegisteredOnce()
        {
            using var dir = new TempDir();
            Assert.Empty(Check<DuplicateIdRule>(dir, "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ { \"level\": 1, \"achievements\": [ { \"id\": \"1.1\", \"title\": \"A\" }, { \"id\": \"1.10\", \"title\": \"B\" } ] } ] }"));
        }
    }
}
