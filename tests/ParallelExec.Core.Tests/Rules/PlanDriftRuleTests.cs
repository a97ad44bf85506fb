using System.Linq;
using ParallelExec.Registry;
using ParallelExec.Registry.Rules;
using Xunit;
using static ParallelExec.Tests.Rules.RuleRun;

namespace ParallelExec.Tests.Rules
{
    public class PlanDriftRuleTests
    {
        private const string Plan = "**Achievement 1.1**: A (2-3h)\n- Dependencies: None\n**Achievement 1.2**: B (4h)\n- Dependencies: 1.1\n**Achievement 1.3**: C\n";

        [Fact]
        public void ReportsWhatTheRegistryAndItsPlanDisagreeOn()
        {
            using var dir = new TempDir();
            dir.Write("PLAN_X.md", Plan);
            const string json = "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ { \"level\": 1, \"achievements\": [\n" +
                "  { \"id\": \"1.1\", \"title\": \"A\", \"estimated_hours\": 2.5 },\n" +
                "  { \"id\": \"1.2\", \"title\": \"Bee\", \"estimated_hours\": 3 },\n" +
                "  { \"id\": \"1.4\", \"title\": \"D\" } ] } ] }";
            var r = Check<PlanDriftRule>(dir, json);
            Assert.Equal(new[]
            {
                "Information 1.2 is titled \"Bee\" here and \"B\" in the PLAN.",
                "Warning 1.2 is estimated 3h here and 4h in the PLAN; the PLAN's estimate is the one measured.",
                "Warning The PLAN (PLAN_X.md) declares that 1.2 depends on 1.1; the registry has it depending on nothing.",
                "Warning The PLAN (PLAN_X.md) defines 1.3 \"C\", which the registry does not register.",
                "Warning The registry registers 1.4, which the PLAN (PLAN_X.md) does not define.",
            }, r.Select(x => $"{x.SeverityValue} {x.Message}"));
            Assert.All(r.Take(3), x => Assert.Equal(StartOf(json, "\"1.2\""), At(x)));
            Assert.Equal(new[] { "levels[0].achievements[1].title", "levels[0].achievements[1].estimated_hours", "levels[0].achievements[1].dependencies" }, r.Take(3).Select(x => x.JsonPath));
            Assert.Equal("Make the two agree: edit the registry's dependencies of 1.2, or the PLAN's Dependencies line (line 4).", r[2].Suggestion);
            Assert.Equal((1, 1), (r[3].Line, r[3].Column)); // where the document starts
            Assert.Equal("Register 1.3 in a level after its dependencies, or regenerate the registry with Export-ParallelJson.", r[3].Suggestion);
            Assert.Equal(StartOf(json, "\"1.4\""), At(r[4]));
            Assert.Equal("Remove 1.4 from the registry, or define it in the PLAN.", r[4].Suggestion);
        }

        [Fact]
        public void IsSilentWhenTheyAgreeOrThereIsNoPlan()
        {
            using var dir = new TempDir();
            // 1.3 declares no dependencies: its registry entry is not compared; 2.5h lies inside the PLAN's 2-3h.
            const string json = "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ { \"level\": 1, \"achievements\": [ { \"id\": \"1.1\", \"title\": \"A.\", \"estimated_hours\": 2.5 }, { \"id\": \"1.3\", \"title\": \"C\", \"dependencies\": [\"1.1\"] } ] }, { \"level\": 2, \"achievements\": [ { \"id\": \"1.2\", \"title\": \"b\", \"estimated_hours\": \"4 hours\", \"dependencies\": [\"1.1\"] } ] } ] }";
            Assert.Empty(Check<PlanDriftRule>(dir, json));
            dir.Write("PLAN_X.md", Plan);
            Assert.Empty(Check<PlanDriftRule>(dir, json));
            Assert.Empty(Check<PlanDriftRule>(dir, json.Replace("\"1.3\", \"title\": \"C\"", "\"1.4\", \"title\": \"C\""), new ValidationOptions { FindPlan = false }));
        }
    }
}
