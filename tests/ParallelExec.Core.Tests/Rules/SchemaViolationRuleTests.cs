using System.Linq;
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
        public void IsSilentForAValidRegistryOfEitherForm()
        {
            using var dir = new TempDir();
            Assert.Empty(Check<SchemaViolationRule>(dir, "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ { \"level\": 1, \"achievements\": [ { \"id\": \"1.1\", \"title\": \"A\", \"status\": \"complete\" } ] } ] }"));
            Assert.Empty(Check<SchemaViolationRule>(dir, "{ \"plan_name\": \"X\", \"achievements\": [ { \"achievement_id\": \"1.1\" } ] }"));
        }

        [Theory]
        [InlineData("{ \"title\": \"no id\", \"dependencies\": [] }", "{ \"title\"", "'achievement_id' is required at achievements[1] (or 'id').", "Add \"achievement_id\" (see schemas/parallel.flat.schema.json).")]
        [InlineData("{ \"achievement_id\": \"invalid\", \"dependencies\": [] }", "\"invalid\"", "achievements[1].achievement_id is not an achievement id such as \"1.1\".", null)]
        [InlineData("{ \"achievement_id\": \"١.١\", \"dependencies\": [] }", "\"١.١\"", "achievements[1].achievement_id is not an achievement id such as \"1.1\".", null)]
        [InlineData("{ \"achievement_id\": \"1.2\", \"dependencies\": \"1.1\" }", "\"1.1\" }", "achievements[1].dependencies must be an array.", null)]
        [InlineData("{ \"achievement_id\": \"1.2\", \"dependencies\": [\"one\"] }", "\"one\"", "achievements[1].dependencies[0] is not an achievement id such as \"1.1\".", null)]
        [InlineData("{ \"achievement_id\": \"1.2\", \"dependencies\": [], \"status\": \"completed\" }", "\"completed\"", "achievements[1].status is not one of the allowed values.", null)]
        [InlineData("{ \"achievement_id\": \"1.2\", \"dependencies\": [], \"sub_executions\": [ { \"execution_id\": \"x\" } ] }", "\"x\"", "achievements[1].sub_executions[0].execution_id is not an execution id such as \"2.1.1\" (the achievement's id and the execution's number).", null)]
        public void ChecksEachFlatEntryAgainstTheFlatSchema(string entry, string at, string message, string? suggestion)
        {
            using var dir = new TempDir();
            var json = "{ \"plan_name\": \"X\", \"achievements\": [\n  { \"achievement_id\": \"1.1\", \"dependencies\": [] },\n  " + entry + " ] }";
            var r = Assert.Single(Check<SchemaViolationRule>(dir, json));
            Assert.Equal(DiagnosticSeverity.Error, r.SeverityValue);
            Assert.Equal(message, r.Message);
            Assert.Equal(StartOf(json, at).Line, r.Line);
            Assert.True(r.Column > 0);
            if (suggestion != null) Assert.Equal(suggestion, r.Suggestion);
        }

        [Fact]
        public void SaysWhenTheFlatAchievementsAreNotAnArray()
        {
            using var dir = new TempDir();
            var r = Assert.Single(Check<SchemaViolationRule>(dir, "{ \"plan_name\": \"X\",\n  \"achievements\": { \"1.1\": {} } }"));
            Assert.Equal("achievements must be an array.", r.Message);
            Assert.Equal(2, r.Line);
            var missing = Assert.Single(Check<SchemaViolationRule>(dir, "{ \"plan_name\": \"X\" }"));
            Assert.Equal("'achievements' is required at the document.", missing.Message);
        }

        [Fact]
        public void AStatusOutsideTheEnumIsAFindingInBothForms()
        {
            using var dir = new TempDir();
            var flat = Assert.Single(Check<SchemaViolationRule>(dir, "{ \"plan_name\": \"X\", \"achievements\": [ { \"achievement_id\": \"1.1\", \"dependencies\": [], \"status\": \"completed\" } ] }"));
            var schema = Assert.Single(Check<SchemaViolationRule>(dir, "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ { \"level\": 1, \"achievements\": [ { \"id\": \"1.1\", \"title\": \"A\", \"status\": \"completed\" } ] } ] }"));
            Assert.Equal(flat.Suggestion, schema.Suggestion);
            Assert.EndsWith("status is not one of the allowed values.", flat.Message);
            Assert.EndsWith("status is not one of the allowed values.", schema.Message);
        }

        [Fact]
        public void HugeNumbersAreNotAnExceptionInsideTheSchemaCheck()
        {
            using var dir = new TempDir();
            // NJsonSchema reads numbers as decimals: a BigInteger or 1e400 threw InvalidCastException / OverflowException in it.
            var r = Check<SchemaViolationRule>(dir, "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ { \"level\": 12345678901234567890, \"achievements\": [ { \"id\": \"1.1\", \"title\": 5, \"estimated_hours\": 1e400, \"actual_hours\": -1e300 } ] } ] }");
            Assert.Equal(2, r.Length);
            Assert.Equal("levels[0].achievements[0].title must be a string.", r[0].Message);
            Assert.StartsWith("levels[0].achievements[0].actual_hours must be", r[1].Message); // below the minimum: no type of ["number", "null"] validates
            Assert.Empty(Check<SchemaViolationRule>(dir, "{ \"plan_name\": \"X\", \"achievements\": [ { \"achievement_id\": \"1.1\", \"dependencies\": [], \"estimated_hours\": 12345678901234567890, \"level\": 99999999999999999999999 } ] }"));
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
