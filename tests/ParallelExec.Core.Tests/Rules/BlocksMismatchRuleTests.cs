using ParallelExec.Registry.Rules;
using Xunit;
using static ParallelExec.Tests.Rules.RuleRun;

namespace ParallelExec.Tests.Rules
{
    public class BlocksMismatchRuleTests
    {
        [Fact]
        public void ReportsBlocksThatDependenciesDoNotMirrorBothWays()
        {
            using var dir = new TempDir();
            const string json = "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ { \"level\": 1, \"achievements\": [\n" +
                "  { \"id\": \"1.1\", \"title\": \"A\", \"blocks\": [\"1.2\"] },\n" +
                "  { \"id\": \"1.2\", \"title\": \"B\" } ] },\n" +
                "  { \"level\": 2, \"achievements\": [ { \"id\": \"2.1\", \"title\": \"C\", \"dependencies\": [\"1.1\"] } ] } ] }";
            var r = Check<BlocksMismatchRule>(dir, json);
            Assert.Equal(2, r.Length);
            Assert.All(r, x => Assert.Equal(DiagnosticSeverity.Warning, x.SeverityValue));
            Assert.Equal("1.1 says it blocks 1.2, but 1.2 does not list 1.1 under dependencies.", r[0].Message);
            Assert.Equal(StartOf(json, "\"1.2\""), At(r[0]));
            Assert.Equal("Add \"1.1\" to the dependencies of 1.2, or remove \"1.2\" from the blocks of 1.1.", r[0].Suggestion);
            Assert.Equal("levels[0].achievements[0].blocks", r[0].JsonPath);
            Assert.Equal("2.1 depends on 1.1, but the blocks of 1.1 do not list 2.1.", r[1].Message);
            Assert.Equal(StartOf(json, "\"1.1\"", 1), At(r[1]));
            Assert.Equal("Add \"2.1\" to the blocks of 1.1 (or drop its blocks list: dependencies alone define the graph).", r[1].Suggestion);
            Assert.Equal("levels[1].achievements[0].dependencies", r[1].JsonPath);
        }

        [Fact]
        public void IsSilentWhenTheListsMirrorOrThereAreNoBlocks()
        {
            using var dir = new TempDir();
            Assert.Empty(Check<BlocksMismatchRule>(dir, "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ { \"level\": 1, \"achievements\": [ { \"id\": \"1.1\", \"title\": \"A\", \"blocks\": [\"1.2\"] } ] }, { \"level\": 2, \"achievements\": [ { \"id\": \"1.2\", \"title\": \"B\", \"dependencies\": [\"1.1\"] } ] } ] }"));
            Assert.Empty(Check<BlocksMismatchRule>(dir, "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ { \"level\": 1, \"achievements\": [ { \"id\": \"1.1\", \"title\": \"A\" } ] }, { \"level\": 2, \"achievements\": [ { \"id\": \"1.2\", \"title\": \"B\", \"dependencies\": [\"1.1\"] } ] } ] }"));
        }
    }
}
