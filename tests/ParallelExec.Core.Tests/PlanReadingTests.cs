using System.IO;
using System.Linq;
using Xunit;

namespace ParallelExec.Tests
{
    public class PlanReadingTests
    {
        private const string Standard = @"# PLAN: Demo

## Achievement Index

- Achievement 1.1: Index line, not a definition
- ✅ Achievement 9.9: A reference to an id nobody defines

**Achievement 1.1**: First Thing (2-3h)
**Achievement 1.2**: Second Thing (1h)

---

## Desirable Achievements

**Achievement 1.1: First Thing** ⏱️ 2-3 hours

- **Goal**: Do the first thing
- **Deliverables**:
  1. `first.ps1`
  2. Tests for it
- **Success Criteria**:
  - It works
- **Dependencies**: None
- **Blocks**: 1.2, 2.1

**Achievement 1.2: Second Thing** ⏱️ 1 hour

- **Goal**: Do the second thing
- **Dependencies**: 1.1

```markdown
**Achievement 7.7**: Inside a fence, ignored
```

### Achievement 2.1: Third Thing

- Effort: 30 minutes
- Dependencies:
  - 1.2 (needs the second thing)
  - 1.10 would be a different achievement

**Achievement 1.10**: Tenth Thing
- Dependencies: Requires Achievement 0.1 from extraction plan

**Achievement 3.5.1**: A sub-achievement, not an achievement
";

        [Fact]
        public void FindsEachAchievementOnceInIdOrder()
        {
            using var dir = new TempDir();
            var p = Load.Plan(dir.Write("PLAN_DEMO.md", Standard));
            Assert.Equal("1.1 1.2 1.10 2.1", Load.Ids(p));
            Assert.Equal("DEMO", p.Name);
            Assert.Equal(dir.Path, p.PlanRoot);
        }

        [Fact]
        public void ReadsTitleEstimateGoalAndStructure()
        {
            using var dir = new TempDir();
            var p = Load.Plan(dir.Write("PLAN_DEMO.md", Standard));
            var a = p.Find(AchievementId.Parse("1.1"))!;
            Assert.Equal("First Thing", a.Title);
            Assert.Equal(new EstimateRange(2, 3), a.EstimatedHours);
            Assert.Equal("Do the first thing", a.Goal);
            Assert.Equal(new[] { "`first.ps1`", "Tests for it" }, a.Deliverables);
            Assert.Equal(new[] { "It works" }, a.SuccessCriteria);
            Assert.Contains("**Goal**: Do the first thing", a.Section);
            Assert.Equal(1, a.Priority);
            Assert.Equal(new EstimateRange(0.5, 0.5), p.Find(AchievementId.Parse("2.1"))!.EstimatedHours);
            Assert.Null(p.Find(AchievementId.Parse("1.10"))!.EstimatedHours);
        }

        [Fact]
        public void ReadsDeclaredAndBlocksEdgesWithProvenance()
        {
            using var dir = new TempDir();
            var p = Load.Plan(dir.Write("PLAN_DEMO.md", Standard));
            var edge12 = p.Edges.Single(e => e.FromKey == AchievementId.Parse("1.2"));
            Assert.Equal(EdgeProvenance.Declared | EdgeProvenance.Blocks, edge12.ProvenanceValue);
            Assert.Equal("1.1,1.2,1.10", Load.Deps(p, "2.1"));
            var e21 = p.Find(AchievementId.Parse("2.1"))!.DependencyEdges;
            Assert.Equal(EdgeProvenance.Blocks, e21.Single(e => e.ToKey == AchievementId.Parse("1.1")).ProvenanceValue);
            Assert.Equal(EdgeProvenance.Declared, e21.Single(e => e.ToKey == AchievementId.Parse("1.2")).ProvenanceValue);
            Assert.Equal(new[] { AchievementId.Parse("1.2"), AchievementId.Parse("2.1") }, p.Find(AchievementId.Parse("1.1"))!.BlockKeys);
            Assert.Equal(new[] { AchievementId.Parse("1.2"), AchievementId.Parse("2.1") }, p.Find(AchievementId.Parse("1.1"))!.DependentKeys);
            // "Achievement 0.1 from extraction plan" names another plan: declared, but no edge.
            Assert.Equal("", Load.Deps(p, "1.10"));
            Assert.Equal(0, p.AssumedEdgeCount);
        }

        [Fact]
        public void LevelsByLongestPath()
        {
            using var dir = new TempDir();
            var p = Load.Plan(dir.Write("PLAN_DEMO.md", Standard));
            Assert.Equal(new int?[] { 1, 2, 1, 3 }, p.Achievements.Select(a => a.Wave).ToArray());
            Assert.Equal(p.Achievements.Select(a => a.Wave), p.Achievements.Select(a => a.Level));
        }

        private const string Undeclared = @"# PLAN
**Achievement 0.1**: Zero
**Achievement 1.1**: One
**Achievement 1.2**: Two
**Achievement 2.1**: Three
- **Dependencies**: 0.1
**Achievement 2.2**: Four
";

        [Theory]
        [InlineData(DependencyAssumption.Sequential, "1.1:0.1 1.2:1.1 2.1:0.1 2.2:2.1", 3)]
        [InlineData(DependencyAssumption.PriorityTier, "1.1:0.1 1.2:0.1 2.1:0.1 2.2:1.1,1.2", 4)]
        [InlineData(DependencyAssumption.Independent, "1.1: 1.2: 2.1:0.1 2.2:", 0)]
        public void FillsUndeclaredDependenciesByTheAssumption(DependencyAssumption assume, string expected, int assumed)
        {
            using var dir = new TempDir();
            var r = Load.Result(dir.Write("PLAN_U.md", Undeclared), assume);
            var p = r.Plans.Single();
            var actual = string.Join(" ", p.Achievements.Skip(1).Select(a => a.Key + ":" + string.Join(",", a.DependencyKeys)));
            Assert.Equal(expected, actual);
            Assert.Equal(assumed, p.AssumedEdgeCount);
            var warning = Assert.Single(r.Diagnostics, d => d.Code == "DependenciesAssumed");
            Assert.Contains("4 of 5", warning.Message);
            // The suggestion names the other assumptions, never the one in use.
            if (assume == DependencyAssumption.Sequential) Assert.Contains("-Assume PriorityTier or Independent", warning.Suggestion);
            if (assume == DependencyAssumption.PriorityTier) Assert.Contains("-Assume Sequential or Independent", warning.Suggestion);
            if (assume == DependencyAssumption.Independent) Assert.DoesNotContain("-Assume", warning.Suggestion);
            Assert.All(p.Edges.Where(e => e.ToKey != AchievementId.Parse("0.1") || e.FromKey != AchievementId.Parse("2.1")),
                e => Assert.Equal(EdgeProvenance.Inferred, e.ProvenanceValue));
        }

        [Fact]
        public void NumberedPlansUnderAnAchievementsHeading()
        {
            using var dir = new TempDir();
            var p = Load.Plan(dir.Write("PLAN_OLD.md", "# PLAN\n\n### 1. Not under the heading - 1h\n\n## Achievements\n\n### 1. Validation Scripts (X-1) - 3h\n\n- did it\n\n### 2. Metrics - 5h\n\n## Other\n\n### 3. Not an achievement\n"));
            Assert.Equal("1 2", Load.Ids(p));
            Assert.Equal("Validation Scripts (X-1)", p.Achievements[0].Title);
            Assert.Equal(new EstimateRange(3, 3), p.Achievements[0].EstimatedHours);
            Assert.Null(p.Achievements[0].Priority);
        }

        [Fact]
        public void CrlfAndBomReadTheSameAsLf()
        {
            using var dir = new TempDir();
            var lf = Load.Plan(dir.Write("a/PLAN_DEMO.md", Standard));
            var crlf = Load.Plan(dir.WriteBytes("b/PLAN_DEMO.md",
                new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes(Standard.Replace("\r\n", "\n").Replace("\n", "\r\n"))).ToArray()));
            Assert.Equal(Load.Ids(lf), Load.Ids(crlf));
            Assert.Equal(lf.Achievements.Select(a => a.Title), crlf.Achievements.Select(a => a.Title));
            Assert.Equal(lf.Achievements.Select(a => a.Wave), crlf.Achievements.Select(a => a.Wave));
            Assert.Equal(lf.Achievements[0].Deliverables, crlf.Achievements[0].Deliverables);
        }

        [Fact]
        public void ACycleLeavesWavesNullAndIsReportedAsAPath()
        {
            using var dir = new TempDir();
            var r = Load.Result(dir.Write("PLAN_C.md",
                "**Achievement 1.1**: A\n- Dependencies: None\n**Achievement 2.1**: B\n- Dependencies: 2.3\n**Achievement 2.2**: C\n- Dependencies: 2.1\n**Achievement 2.3**: D\n- Dependencies: 2.2\n**Achievement 3.1**: E\n- Dependencies: 2.3\n"));
            var p = r.Plans.Single();
            Assert.Equal(new int?[] { 1, null, null, null, null }, p.Achievements.Select(a => a.Wave).ToArray());
            var error = Assert.Single(r.Diagnostics, d => d.Code == "CircularDependency");
            Assert.Equal(DiagnosticSeverity.Error, error.SeverityValue);
            Assert.Equal("2.1 -> 2.3 -> 2.2 -> 2.1", error.Target);
            Assert.Contains("3.1", error.Message);
            // The edge to remove is the one that points forward (2.1 depending on the later 2.3), as Test-ParallelJson says.
            Assert.Contains("most likely 2.1 -> 2.3", error.Suggestion);
        }

        [Fact]
        public void UnknownAndSelfDependenciesAreWarnedAndDropped()
        {
            using var dir = new TempDir();
            var r = Load.Result(dir.Write("PLAN_X.md", "**Achievement 1.1**: A\n- Dependencies: 1.1, 4.4\n- Blocks: 5.5\n"));
            Assert.Contains(r.Diagnostics, d => d.Code == "SelfDependency" && d.Line == 2);
            Assert.Contains(r.Diagnostics, d => d.Code == "UnknownDependency" && d.Message.Contains("4.4"));
            Assert.Contains(r.Diagnostics, d => d.Code == "UnknownBlock" && d.Message.Contains("5.5"));
            Assert.Empty(r.Plans.Single().Edges);
        }

        [Fact]
        public void SummariesAndEmptyFilesWarn()
        {
            using var dir = new TempDir();
            var summary = Load.Result(dir.Write("PLAN_SUMMARY.md", "# Summary\n\nAll of Achievement 1.1 is done.\n"));
            Assert.Empty(summary.Plans.Single().Achievements);
            Assert.Contains(summary.Diagnostics, d => d.Code == "PlanHasNoAchievements");
            var empty = Load.Result(dir.Write("e/PLAN_EMPTY.md", ""));
            Assert.Contains(empty.Diagnostics, d => d.Code == "PlanFileEmpty");
        }

        [SkippableFact]
        public void SeedPlanReadsAsTheIssueSays()
        {
            var seed = Load.SeedPath();
            Skip.If(seed == null, "The seed plan (../shared/seeds) is not beside this clone.");
            var r = Load.Result(seed!);
            var p = r.Plans.Single();
            Assert.Equal("PARALLEL-EXECUTION-AUTOMATION", p.Name);
            Assert.Equal("1.1 1.2 1.3 2.1 2.2 2.3 3.1 3.2 3.3", Load.Ids(p));
            Assert.Equal("Parallel Discovery Prompt Created", p.Achievements[0].Title);
            Assert.Equal(new EstimateRange(4, 6), p.Achievements[0].EstimatedHours);
            Assert.Equal(new EstimateRange(2, 3), p.Achievements[1].EstimatedHours);
            Assert.Equal(Enumerable.Range(1, 9).Select(i => (int?)i), p.Achievements.Select(a => a.Wave));
            Assert.Equal(0, p.AssumedEdgeCount);
            Assert.DoesNotContain(r.Diagnostics, d => d.Code == "DependenciesAssumed");
            Assert.All(p.Achievements, a => Assert.DoesNotContain("‚", a.Title));
            Assert.Equal(5, p.Achievements[0].Deliverables.Length);
        }
    }
}
