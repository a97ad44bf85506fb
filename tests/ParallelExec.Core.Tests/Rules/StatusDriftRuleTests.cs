using ParallelExec.Registry.Rules;
using Xunit;
using static ParallelExec.Tests.Rules.RuleRun;

namespace ParallelExec.Tests.Rules
{
    public class StatusDriftRuleTests
    {
        private const string Json = "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ { \"level\": 1, \"achievements\": [\n" +
            "  { \"id\": \"1.1\", \"title\": \"A\", \"status\": \"in_progress\" } ] },\n" +
            "  { \"level\": 2, \"achievements\": [ { \"id\": \"1.2\", \"title\": \"B\", \"status\": \"not_started\", \"dependencies\": [\"1.1\"] } ] } ] }";

        [Fact]
        public void ReportsAStoredStatusTheFilesContradict()
        {
            using var dir = new TempDir();
            dir.Write("PLAN_X.md", "**Achievement 1.1**: A\n- Dependencies: None\n**Achievement 1.2**: B\n- Dependencies: 1.1\n");
            dir.Write("execution/feedbacks/APPROVED_11.md", "# Approved");
            var r = Assert.Single(Check<StatusDriftRule>(dir, Json));
            Assert.Equal(DiagnosticSeverity.Warning, r.SeverityValue);
            Assert.Equal("The registry stores 1.1 as in_progress; the files say complete (APPROVED_11.md).", r.Message);
            Assert.Equal(StartOf(Json, "\"1.1\""), At(r));
            Assert.Equal("levels[0].achievements[0].status", r.JsonPath);
            Assert.Equal("Status is derived from the files (Get-AchievementStatus): remove the stored status, or update it.", r.Suggestion);
        }

        [Fact]
        public void IsSilentWhenTheFilesAgreeOrThereIsNoPlan()
        {
            using var dir = new TempDir();
            Assert.Empty(Check<StatusDriftRule>(dir, Json));
            dir.Write("PLAN_X.md", "**Achievement 1.1**: A\n- Dependencies: None\n**Achievement 1.2**: B\n- Dependencies: 1.1\n");
            dir.Write("subplans/SUBPLAN_X_11.md", "# SUBPLAN");
            dir.Write("execution/EXECUTION_TASK_X_11_01.md", "# EXECUTION_TASK\n\n**Status**: In Progress\n");
            var statuses = Load.Plan(System.IO.Path.Combine(dir.Path, "PLAN_X.md"));
            Assert.Equal("in_progress", statuses.Statuses[0].StatusValue.ToString()); // the files say what the registry stores
            Assert.Empty(Check<StatusDriftRule>(dir, Json));
        }
    }
}
