using ParallelExec.Registry.Rules;
using Xunit;
using static ParallelExec.Tests.Rules.RuleRun;

namespace ParallelExec.Tests.Rules
{
    public class DuplicateKeyRuleTests
    {
        [Fact]
        public void ReportsAKeyWrittenTwiceInOneObject()
        {
            using var dir = new TempDir();
            const string json = "{ \"plan\": \"X\", \"version\": \"1\",\n  \"levels\": [ { \"level\": 1, \"achievements\": [ { \"id\": \"1.1\", \"title\": \"A\", \"title\": \"B\" } ] } ] }";
            var r = Assert.Single(Check<DuplicateKeyRule>(dir, json));
            Assert.Equal(DiagnosticSeverity.Error, r.SeverityValue);
            Assert.Equal("The key \"title\" appears twice in one object; JSON readers disagree on which one counts.", r.Message);
            Assert.Equal(2, r.Line);
            Assert.Equal("levels[0].achievements[0].title", r.JsonPath);
            Assert.Equal("Keep one of the two.", r.Suggestion);
        }

        [Fact]
        public void IsSilentWhenEachKeyIsWrittenOnce()
        {
            using var dir = new TempDir();
            // The same key in two objects is no duplicate.
            Assert.Empty(Check<DuplicateKeyRule>(dir, "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ { \"level\": 1, \"achievements\": [ { \"id\": \"1.1\", \"title\": \"A\" }, { \"id\": \"1.2\", \"title\": \"A\" } ] } ] }"));
            Assert.Empty(Check<DuplicateKeyRule>(dir, "{ \"plan\": 5, \"version\": \"1\", \"levels\": [] }"));
        }
    }
}
