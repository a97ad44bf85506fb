using System.IO;
using System.Linq;
using Xunit;

namespace ParallelExec.Tests
{
    public class RegistryAndLayoutTests
    {
        private const string Plan = "# PLAN\n**Achievement 1.1**: A (1h)\n- Goal: a\n**Achievement 1.2**: B (2h)\n**Achievement 2.1**: C\n";

        private const string SchemaRegistry = @"{
  ""plan"": ""REG"", ""version"": ""1.0.0"",
  ""levels"": [
    { ""level"": 1, ""achievements"": [ { ""id"": ""1.1"", ""title"": ""A"", ""dependencies"": [], ""blocks"": [""2.1""] },
                                      { ""id"": ""1.2"", ""title"": ""B"", ""dependencies"": [] } ] },
    { ""level"": 2, ""achievements"": [ { ""id"": ""2.1"", ""title"": ""C"", ""dependencies"": [""1.1""], ""estimated_hours"": ""3-4 hours"" } ] }
  ]
}";

        [Fact]
        public void SchemaRegistryDrivesTheGraphAndLevels()
        {
            using var dir = new TempDir();
            var planPath = dir.Write("PLAN_REG.md", Plan);
            dir.Write("parallel.json", SchemaRegistry);
            var r = Load.Result(planPath);
            var p = r.Plans.Single();
            Assert.Equal(Path.Combine(dir.Path, "parallel.json"), p.RegistryPath);
            Assert.Equal(new int?[] { 1, 1, 2 }, p.Achievements.Select(a => a.Level).ToArray());
            Assert.Equal(new int?[] { 1, 1, 2 }, p.Achievements.Select(a => a.Wave).ToArray());
            Assert.Equal(EdgeProvenance.Registry, p.Edges.Single().ProvenanceValue);
            Assert.Equal(0, p.AssumedEdgeCount);
            Assert.Equal("C", p.Achievements[2].Title); // the PLAN supplies the text
            Assert.Equal(new EstimateRange(3, 4), p.Achievements[2].EstimatedHours);
            Assert.Equal("a", p.Achievements[0].Goal);
        }

        [Fact]
        public void RegisteredLevelCanDifferFromTheWave()
        {
            using var dir = new TempDir();
            dir.Write("PLAN_REG.md", Plan);
            // The seed's own example does this: a chain inside one registered level.
            dir.Write("parallel.json", SchemaRegistry.Replace(@"""title"": ""B"", ""dependencies"": []", @"""title"": ""B"", ""dependencies"": [""1.1""]"));
            var p = Load.Plan(dir.Path);
            Assert.Equal(1, p.Achievements[1].Level);
            Assert.Equal(2, p.Achievements[1].Wave);
        }

        [Fact]
        public void LegacyFlatRegistryIsRead()
        {
            using var dir = new TempDir();
            dir.Write("PLAN_REG.md", Plan);
            dir.Write("parallel.json", @"{ ""plan_name"": ""REG"", ""achievements"": [
                { ""achievement_id"": ""1.1"", ""dependencies"": [], ""estimated_hours"": 3.5 },
                { ""achievement_id"": ""1.2"", ""dependencies"": [""1.1""] },
                { ""achievement_id"": ""2.1"", ""dependencies"": [""1.1""] } ] }");
            var p = Load.Plan(Path.Combine(dir.Path, "parallel.json"));
            Assert.Equal(new int?[] { 1, 2, 2 }, p.Achievements.Select(a => a.Level).ToArray());
            Assert.Equal(new EstimateRange(1, 1), p.Achievements[0].EstimatedHours); // the PLAN's estimate wins
        }

        [Fact]
        public void WhatTheReaderCannotUseIsLeftOutWithAWarning()
        {
            using var dir = new TempDir();
            dir.Write("PLAN_REG.md", Plan);
            // A level past an int (it used to throw OverflowException), a dependency that is no id, an entry without one.
            dir.Write("parallel.json", @"{ ""plan"": ""REG"", ""version"": ""1"", ""levels"": [
  { ""level"": 3000000000, ""achievements"": [ { ""id"": ""1.1"", ""title"": ""A"" }, { ""id"": ""1.2"", ""title"": ""B"", ""dependencies"": [""1.1"", 7] }, { ""title"": ""no id"" } ] },
  { ""level"": 2, ""achievements"": [ { ""id"": ""2.1"", ""title"": ""C"", ""dependencies"": [""1.2""] } ] } ] }");
            var diagnostics = new System.Collections.Generic.List<PlanDiagnostic>();
            var registry = ParallelExec.Registry.RegistryReader.Read(Path.Combine(dir.Path, "parallel.json"), diagnostics);
            Assert.Equal(new[] { "1.1", "1.2", "2.1" }, registry.Entries.Select(e => e.Id.ToString()));
            Assert.Equal(new int?[] { null, null, 2 }, registry.Entries.Select(e => e.Level));
            Assert.Equal(new[] { "1.1" }, registry.Entries[1].Dependencies.Select(d => d.ToString()));
            Assert.Equal(new[]
            {
                "2: 'level' at levels[0].level is 3000000000, outside a whole number from 1 to 2147483647; it was ignored.",
                "2: 'dependencies' of 1.2 holds 7, which is not an id such as \"1.1\"; it was ignored.",
                "2: An achievement entry has no usable 'id' (a string such as \"1.1\"); it was ignored.",
            }, diagnostics.Select(d => $"{d.Line}: {d.Message}"));
            Assert.All(diagnostics, d => Assert.Equal("RegistryEntryIgnored", d.Code));
            Assert.Equal(3, Load.Plan(dir.Path).Achievements.Count);
        }

        [Fact]
        public void BrokenRegistryWarnsAndThePlanIsStillRead()
        {
            using var dir = new TempDir();
            dir.Write("PLAN_REG.md", Plan);
            dir.Write("parallel.json", "{ \"levels\": [ ");
            var r = Load.Result(dir.Path);
            Assert.Equal(3, r.Plans.Single().Achievements.Count);
            var w = Assert.Single(r.Diagnostics, d => d.Code == "RegistryInvalidJson");
            Assert.Equal(DiagnosticSeverity.Warning, w.SeverityValue);
        }

        [Fact]
        public void RegistryAloneStillGivesAPlan()
        {
            using var dir = new TempDir();
            var reg = dir.Write("only/parallel.json", SchemaRegistry);
            var r = Load.Result(reg);
            Assert.Equal("REG", r.Plans.Single().Name);
            Assert.Equal("A", r.Plans.Single().Achievements[0].Title);
            Assert.Contains(r.Diagnostics, d => d.Code == "PlanFileMissing");
        }

        [Fact]
        public void BothWorkspaceLayoutsAreFoundWithRecurse()
        {
            using var dir = new TempDir();
            dir.Write("work-space/plans/ONE/PLAN_ONE.md", Plan);
            dir.Write("documentation/archive/two-nov/planning/PLAN_TWO.md", Plan);
            dir.Write("documentation/archive/two-nov/subplans/SUBPLAN_TWO_11.md", "# SUBPLAN");
            dir.Write("node_modules/x/PLAN_IGNORED.md", Plan);
            var r = Load.Result(dir.Path, recurse: true);
            Assert.Equal(new[] { "TWO", "ONE" }, r.Plans.Select(p => p.Name));
            Assert.Equal(Path.Combine(dir.Path, "documentation", "archive", "two-nov"), r.Plans[0].PlanRoot);
            // The archive slug folder (without -Recurse) finds planning/PLAN_TWO.md.
            Assert.Equal("TWO", Load.Plan(Path.Combine(dir.Path, "documentation", "archive", "two-nov")).Name);
        }

        [Fact]
        public void FolderWithoutAPlanIsAnError()
        {
            using var dir = new TempDir();
            dir.Write("notes.md", "# nothing");
            var e = Assert.Throws<ParallelExecException>(() => Load.Result(dir.Path));
            Assert.Equal("PlanNotFoundInFolder", e.Diagnostic.Code);
            Assert.Equal(dir.Path, e.Diagnostic.Target);
            Assert.Contains("-Recurse", e.Diagnostic.Suggestion);
        }

        [Fact]
        public void PlanNameComesFromThePlanIdWhenTheFileIsNotNamedPlan()
        {
            using var dir = new TempDir();
            var p = Load.Plan(dir.Write("seed.txt", "# PLAN: X\n\n**Plan ID**: MY-PLAN  \n\n**Achievement 1.1**: A\n"));
            Assert.Equal("MY-PLAN", p.Name);
        }
    }
}
