using ParallelExec.Registry.Rules;
using Xunit;
using static ParallelExec.Tests.Rules.RuleRun;

namespace ParallelExec.Tests.Rules
{
    public class MissingDependenciesRuleTests
    {
        [Fact]
        public void WarnsOfAFlatEntryWithoutDependencies()
        {
            using var dir = new TempDir();
            const string json = "{ \"plan_name\": \"X\", \"achievements\": [\n  { \"achievement_id\": \"1.1\", \"dependencies\": [] },\n  { \"achievement_id\": \"1.2\", \"title\": \"B\" } ] }";
            var r = Assert.Single(Check<MissingDependenciesRule>(dir, json));
            Assert.Equal(DiagnosticSeverity.Warning, r.SeverityValue);
            Assert.Equal("1.2 has no 'dependencies' list, so it is read as depending on nothing (it may run first, beside anything).", r.Message);
            Assert.Equal(StartOf(json, "\"1.2\""), At(r));
            Assert.Equal("1.2", r.AchievementId);
            Assert.Equal("achievements[1]", r.JsonPath);
            Assert.Equal("Add \"dependencies\": [] to 1.2 when it depends on nothing, or list the ids it waits for.", r.Suggestion);
        }

        [Fact]
        public void IsSilentWhenEveryEntrySaysAndForTheSchemasForm()
        {
            using var dir = new TempDir();
            Assert.Empty(Check<MissingDependenciesRule>(dir, "{ \"plan_name\": \"X\", \"achievements\": [ { \"achievement_id\": \"1.1\", \"dependencies\": [] }, { \"achievement_id\": \"1.2\", \"dependencies\": [\"1.1\"] } ] }"));
            // In the schema's form the level says where an entry runs: the list is optional.
            Assert.Empty(Check<MissingDependenciesRule>(dir, "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ { \"level\": 1, \"achievements\": [ { \"id\": \"1.1\", \"title\": \"A\" } ] } ] }"));
            // An entry with no usable id is the schema's finding, not this one.
            Assert.Empty(Check<MissingDependenciesRule>(dir, "{ \"plan_name\": \"X\", \"achievements\": [ { \"achievement_id\": \"x\" } ] }"));
        }
    }
}
