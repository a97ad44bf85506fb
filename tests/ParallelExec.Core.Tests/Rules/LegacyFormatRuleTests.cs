using ParallelExec.Registry.Rules;
using Xunit;
using static ParallelExec.Tests.Rules.RuleRun;

namespace ParallelExec.Tests.Rules
{
    public class LegacyFormatRuleTests
    {
        [Fact]
        public void ReportsTheOlderFlatForm()
        {
            using var dir = new TempDir();
            var r = Assert.Single(Check<LegacyFormatRule>(dir, "\n{ \"plan_name\": \"X\", \"achievements\": [ { \"achievement_id\": \"1.1\", \"dependencies\": [] } ] }"));
            Assert.Equal(DiagnosticSeverity.Warning, r.SeverityValue);
            Assert.StartsWith("This registry uses the older flat form (plan_name, achievements[] with achievement_id)", r.Message);
            Assert.Equal((2, 1), (r.Line, r.Column)); // where the document starts
            Assert.Equal($"Convert it: Export-ParallelJson -Path '{System.IO.Path.Combine(dir.Path, "parallel.json")}' -Force writes the schema's form (levels computed from its dependencies).", r.Suggestion);
        }

        [Fact]
        public void IsSilentForTheSchemasForm()
        {
            using var dir = new TempDir();
            Assert.Empty(Check<LegacyFormatRule>(dir, "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [] }"));
            // A document that names levels means the schema's form, even beside a flat achievements list (the schema check reports its levels).
            Assert.Empty(Check<LegacyFormatRule>(dir, "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": {}, \"achievements\": [ { \"achievement_id\": \"1.1\" } ] }"));
        }
    }
}
