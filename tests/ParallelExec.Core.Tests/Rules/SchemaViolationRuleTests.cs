using ParallelExec.Registry;
using ParallelExec.Registry.Rules;
using Xunit;
using static ParallelExec.Tests.Rules.RuleRun;

namespace ParallelExec.Tests.Rules
{
    public class SchemaViolationRuleTests
    {
        [Fact]
        public void ReportsWhatTheSchemaDoesNotAccept()
        {
            using var dir = new TempDir();
            const string json = "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ { \"level\": 1, \"achievements\": [\n  { \"id\": \"1.1\", \"title\": \"A\", \"status\": \"done\" },\n  { \"id\": \"1.2\" } ] } ] }";
            var r = Check<SchemaViolationRule>(dir, json);
            Assert.Equal(2, r.Length);
            Assert.Equal("levels[0].achievements[0].status is not one of the allowed values.", r[0].Message);
            var (line, column) = StartOf(json, "\"done\"");
            Assert.Equal((line, column + 5), At(r[0])); // NJsonSchema's place: the value's last character
            Assert.Equal("1.1", r[0].AchievementId);
            Assert.StartsWith("Use one of: not_started, subplan_created,", r[0].Suggestion);
            Assert.Equal("'title' is required at levels[0].achievements[1].", r[1].Message);
            Assert.Equal(3, r[1].Line);
            Assert.Equal("Add \"title\" (see schemas/parallel.schema.json).", r[1].Suggestion);
        }

        [Fact]
        public void IsSilentForAValidRegistryAndForTheFlatForm()
        {
            using var dir = new TempDir();
            Assert.Empty(Check<SchemaViolationRule>(dir, "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ { \"level\": 1, \"achievements\": [ { \"id\": \"1.1\", \"title\": \"A\", \"status\": \"complete\" } ] } ] }"));
            Assert.Empty(Check<SchemaViolationRule>(dir, "{ \"plan_name\": \"X\", \"achievements\": [ { \"achievement_id\": \"1.1\" } ] }"));
        }

        [Fact]
        public void CountsWhatItDoesNotList()
        {
            using var dir = new TempDir();
            var r = Check<SchemaViolationRule>(dir, "{ \"plan\": 1, \"version\": 2, \"levels\": 3 }", new ValidationOptions { MaxSchemaRecords = 2 });
            Assert.Equal(3, r.Length);
            Assert.Equal("… and 1 more schema violations (the first 2 are listed).", r[2].Message);
        }
    }
}
