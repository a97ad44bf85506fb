using System.Linq;
using ParallelExec.Registry.Rules;
using Xunit;
using static ParallelExec.Tests.Rules.RuleRun;

namespace ParallelExec.Tests.Rules
{
    public class UnknownDependencyRuleTests
    {
        [Fact]
        public void ReportsADependencyTheRegistryDoesNotRegister()
        {
            using var dir = new TempDir();
            const string json = "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ { \"level\": 1, \"achievements\": [\n  { \"id\": \"1.2\", \"title\": \"B\" },\n  { \"id\": \"1.1\", \"title\": \"A\", \"dependencies\": [\"1.2\", \"7.7\"] } ] } ] }";
            var r = Assert.Single(Check<UnknownDependencyRule>(dir, json));
            Assert.Equal(DiagnosticSeverity.Error, r.SeverityValue);
            Assert.Equal("1.1 depends on 7.7, which the registry does not register.", r.Message);
            Assert.Equal(StartOf(json, "\"7.7\""), At(r));
            Assert.Equal("Register 7.7, or correct the id (registered ids: 1.1, 1.2).", r.Suggestion);
            Assert.Equal("levels[0].achievements[1].dependencies", r.JsonPath);
        }

        [Fact]
        public void NamesTenRegisteredIdsAtMost()
        {
            using var dir = new TempDir();
            var entries = string.Join(", ", Enumerable.Range(1, 12).Select(i => $"{{ \"id\": \"1.{i}\", \"title\": \"T\"{(i == 12 ? ", \"dependencies\": [\"9.9\"]" : "")} }}"));
            var r = Assert.Single(Check<UnknownDependencyRule>(dir, "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ { \"level\": 1, \"achievements\": [ " + entries + " ] } ] }"));
            Assert.EndsWith("(registered ids: 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9, 1.10, …).", r.Suggestion);
        }

        [Fact]
        public void IsSilentWhenEveryDependencyIsRegistered()
        {
            using var dir = new TempDir();
            // A dependency on itself is SelfDependency's; one that is not an id is the schema's.
            Assert.Empty(Check<UnknownDependencyRule>(dir, "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ { \"level\": 1, \"achievements\": [ { \"id\": \"1.1\", \"title\": \"A\", \"dependencies\": [\"1.1\", \"x\"] }, { \"id\": \"1.2\", \"title\": \"B\", \"dependencies\": [\"1.1\"] } ] } ] }"));
        }
    }
}
