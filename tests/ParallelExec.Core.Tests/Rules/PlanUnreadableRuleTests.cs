using ParallelExec.Registry.Rules;
using Xunit;
using static ParallelExec.Tests.Rules.RuleRun;

namespace ParallelExec.Tests.Rules
{
    public class PlanUnreadableRuleTests
    {
        private const string Json = "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ { \"level\": 1, \"achievements\": [ { \"id\": \"1.1\", \"title\": \"A\" } ] } ] }";

        [Fact]
        public void ReportsAPlanThatCannotBeRead()
        {
            using var dir = new TempDir();
            var plan = dir.WriteBytes("PLAN_X.md", new byte[] { 0x23, 0x00, 0x41 });
            var r = Assert.Single(Check<PlanUnreadableRule>(dir, Json));
            Assert.Equal(DiagnosticSeverity.Warning, r.SeverityValue);
            Assert.Equal($"The PLAN to compare with could not be read: '{plan}' is a binary file (it holds NUL bytes), not a markdown PLAN.", r.Message);
            Assert.Null(r.Line);
            Assert.Equal("Point at the PLAN_<NAME>.md file or at the plan folder.", r.Suggestion);
        }

        [Fact]
        public void IsSilentWhenThePlanIsReadOrThereIsNone()
        {
            using var dir = new TempDir();
            Assert.Empty(Check<PlanUnreadableRule>(dir, Json));
            dir.Write("PLAN_X.md", "**Achievement 1.1**: A\n");
            Assert.Empty(Check<PlanUnreadableRule>(dir, Json));
        }
    }
}
