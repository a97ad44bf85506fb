using System.Linq;
using ParallelExec.Registry.Rules;
using Xunit;
using static ParallelExec.Tests.Rules.RuleRun;

namespace ParallelExec.Tests.Rules
{
    public class NumberOutOfRangeRuleTests
    {
        [Fact]
        public void ReportsALevelAndAnEstimatePastWhatTheModuleHolds()
        {
            using var dir = new TempDir();
            const string json = "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ { \"level\": 12345678901234567890, \"achievements\": [\n  { \"id\": \"1.1\", \"title\": \"A\", \"estimated_hours\": 12345678901234567890, \"actual_hours\": 1e400 } ] } ] }";
            var r = Check<NumberOutOfRangeRule>(dir, json);
            Assert.Equal(new[]
            {
                "'level' is 12345678901234567890, outside a whole number from 1 to 2147483647; it is not used.",
                "'estimated_hours' is 12345678901234567890, outside a number of hours from 0 to 100000; it is not used.",
                "'actual_hours' is 1e400, outside a number of hours from 0 to 100000; it is not used.",
            }, r.Select(x => x.Message));
            Assert.All(r, x => Assert.Equal(DiagnosticSeverity.Error, x.SeverityValue));
            Assert.Equal(StartOf(json, "12345678901234567890"), At(r[0]));
            Assert.Equal(StartOf(json, "12345678901234567890", 1), At(r[1]));
            Assert.Equal(StartOf(json, "1e400"), At(r[2]));
            Assert.Equal("1.1", r[1].AchievementId);
            Assert.Equal("levels[0].achievements[0].estimated_hours", r[1].JsonPath);
        }

        [Fact]
        public void ReportsTheFlatFormsNumbersToo()
        {
            using var dir = new TempDir();
            const string json = "{ \"plan_name\": \"X\", \"achievements\": [ { \"achievement_id\": \"1.1\", \"dependencies\": [], \"level\": 99999999999, \"sub_executions\": [ { \"execution_id\": \"1.1.1\", \"estimated_hours\": 1e9 } ] } ] }";
            var r = Check<NumberOutOfRangeRule>(dir, json);
            Assert.Equal(new[] { "achievements[0].level", "achievements[0].sub_executions[0].estimated_hours" }, r.Select(x => x.JsonPath));
        }

        [Fact]
        public void IsSilentForNumbersInRange()
        {
            using var dir = new TempDir();
            Assert.Empty(Check<NumberOutOfRangeRule>(dir, "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ { \"level\": 2147483647, \"achievements\": [ { \"id\": \"1.1\", \"title\": \"A\", \"estimated_hours\": 100000, \"actual_hours\": 0.25 } ] } ] }"));
            // A big number where the module reads none is no finding.
            Assert.Empty(Check<NumberOutOfRangeRule>(dir, "{ \"plan_name\": \"X\", \"total\": 123456789012345678901234567890, \"achievements\": [] }"));
        }
    }
}
