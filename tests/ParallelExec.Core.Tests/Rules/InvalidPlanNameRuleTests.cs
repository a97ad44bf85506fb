using ParallelExec.Registry.Rules;
using Xunit;
using static ParallelExec.Tests.Rules.RuleRun;

namespace ParallelExec.Tests.Rules
{
    public class InvalidPlanNameRuleTests
    {
        [Theory]
        [InlineData("{ \"plan\": \"X\\u0000Y\", \"version\": \"1\", \"levels\": [] }", "\"X\\u0000Y\"", "plan")]
        [InlineData("{ \"plan_name\": \"../etc\", \"achievements\": [] }", "\"../etc\"", "plan_name")]
        [InlineData("{ \"plan_name\": \"A\\nB\", \"achievements\": [] }", "\"A\\nB\"", "plan_name")]
        public void ReportsAPlanNameThatCannotBeAFileName(string json, string at, string jsonPath)
        {
            using var dir = new TempDir();
            var r = Assert.Single(Check<InvalidPlanNameRule>(dir, json));
            Assert.Equal(DiagnosticSeverity.Error, r.SeverityValue);
            Assert.StartsWith("The plan name \"", r.Message);
            Assert.DoesNotContain(r.Message, c => c == (char)0);
            Assert.Equal(StartOf(json, at), At(r));
            Assert.Equal(jsonPath, r.JsonPath);
        }

        [Fact]
        public void IsSilentForAUsableName()
        {
            using var dir = new TempDir();
            Assert.Empty(Check<InvalidPlanNameRule>(dir, "{ \"plan\": \"GRAPHRAG-OBSERVABILITY_2 é\", \"version\": \"1\", \"levels\": [] }"));
            Assert.Empty(Check<InvalidPlanNameRule>(dir, "{ \"plan_name\": \"X\", \"achievements\": [] }"));
        }

        [Fact]
        public void TheReaderIgnoresItWithAnErrorAndNamesThePlanAfterItsFolder()
        {
            using var dir = new TempDir();
            var path = dir.Write("parallel.json", "{ \"plan\": \"X\\u0000\", \"version\": \"1\", \"levels\": [ { \"level\": 1, \"achievements\": [ { \"id\": \"1.1\", \"title\": \"A\" } ] } ] }");
            var diagnostics = new System.Collections.Generic.List<PlanDiagnostic>();
            var registry = ParallelExec.Registry.RegistryReader.Read(path, diagnostics);
            Assert.Null(registry.PlanName);
            var d = Assert.Single(diagnostics);
            Assert.Equal(("InvalidPlanName", DiagnosticSeverity.Error, 1), (d.Code, d.SeverityValue, d.Line));
        }
    }
}
