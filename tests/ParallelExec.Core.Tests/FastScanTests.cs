using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ParallelExec.Registry;
using ParallelExec.Registry.Rules;
using Xunit;
using static ParallelExec.Tests.RegistryDocuments;

namespace ParallelExec.Tests
{
    /// <summary>
    /// The fast pass may only say "clean" when NJsonSchema finds nothing, and must then make the same document as the
    /// tree: the same entries, positions, paths and notes. These tests mutate every property of a valid registry into
    /// every kind of value, and move positions about with line ends, comments, escapes and wide characters.
    /// </summary>
    public class FastScanTests
    {
        private static bool SchemaClean(string json)
        {
            var token = JToken.Parse(json, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load });
            var records = new List<ValidationRecord>();
            SchemaCheck.Validate(token, "x.json", 100, records, token is JObject o && RegistryTreeReader.IsFlat(o));
            return records.Count == 0;
        }

        [Fact]
        public void SaysCleanOnlyWhenNJsonSchemaAgrees()
        {
            int clean = 0, total = 0;
            foreach (var json in Mutations().Concat(FlatMutations()))
            {
                total++;
                if (!RegistryFastScan.TryRead(json, "x.json", out _)) continue;
                clean++;
                Assert.True(SchemaClean(json), "The fast pass called this clean, NJsonSchema does not:\n" + json);
            }
            Assert.True(total > 600);
            Assert.True(clean > 20, $"only {clean} of {total} mutations were clean: the fast pass gives up too often to be useful");
        }

        [Fact]
        public void MakesTheDocumentTheTreeMakes()
        {
            int compared = 0;
            foreach (var json in Mutations().Concat(FlatMutations()).Concat(Layouts()).Concat(Examples()))
            {
                if (!RegistryFastScan.TryRead(json, "x.json", out var fast)) continue;
                compared++;
                Assert.Equal(Describe(FromTree(json)), Describe(fast));
            }
            Assert.True(compared > 30, $"only {compared} documents took the fast pass");
        }

        [Fact]
        public void TheLayoutsAllTakeTheFastPath()
        {
            foreach (var json in Layouts()) Assert.True(RegistryFastScan.TryRead(json, "x.json", out _), json);
            Assert.True(RegistryFastScan.TryRead(Layouts().Single(l => l.StartsWith("{ \"plan\": \"W\"", System.StringComparison.Ordinal)), "x.json", out var wide));
            Assert.Equal(300, wide!.Entries.Count);
            Assert.Equal(new JsonPosition(301, 11), wide.Entries[^1].At); // the opening quote of the last id: `  { "id": "4.1"`
        }

        [Fact]
        public void GivesTheRecordsOfTheFullPath()
        {
            using var dir = new TempDir();
            dir.Write("PLAN_X.md", "**Achievement 1.1**: A (2-3h)\n- Dependencies: None\n**Achievement 1.2**: Bee (4h)\n- Dependencies: 1.1\n**Achievement 1.3**: C\n");
            dir.Write("execution/feedbacks/APPROVED_11.md", "# ok");
            var path = Path.Combine(dir.Path, "parallel.json");
            int compared = 0;
            foreach (var json in Layouts().Concat(Examples()))
            {
                var broken = json.Replace("\"1.1\"]", "\"1.1\", \"1.2\", \"7.7\"]");
                foreach (var text in new[] { json, broken })
                {
                    var viaTree = new RuleRecords();
                    var viaFast = new RuleRecords();
                    var tree = RegistryValidator.Read(text, path, new ValidationOptions(), new List<ValidationRecord>(), fastScan: false)!;
                    var fast = RegistryValidator.Read(text, path, new ValidationOptions(), new List<ValidationRecord>())!;
                    if (fast.Tree == null) compared++;
                    foreach (var rule in RegistryRules.InOrder) { rule.Check(tree, viaTree); rule.Check(fast, viaFast); }
                    Assert.Equal(Describe(viaTree.InDiscoveryOrder()), Describe(viaFast.InDiscoveryOrder()));
                }
            }
            Assert.True(compared >= 15, $"only {compared} documents took the fast pass");
        }

        [Theory]
        [InlineData("{ \"plan\": \"X\", \"plan\": \"Y\", \"version\": \"1\", \"levels\": [] }")]
        [InlineData("{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [], \"x\": { \"a\": 1, \"a\": 2 } }")]
        [InlineData("{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [] } trailing")]
        [InlineData("{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ ")]
        [InlineData("{ \"plan_name\": \"X\", \"achievements\": [ { \"achievement_id\": \"invalid\", \"dependencies\": [] } ] }")]
        [InlineData("{ \"plan_name\": \"X\", \"achievements\": [ { \"id\": \"1.1\", \"dependencies\": [] } ] }")]
        [InlineData("{ \"plan_name\": \"X\", \"achievements\": [ { \"achievement_id\": \"1.1\", \"dependencies\": [], \"estimated_hours\": 12345678901234567890 } ] }")]
        [InlineData("{ \"plan_name\": \"X\\u0000\", \"achievements\": [] }")]
        [InlineData("{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [], \"achievements\": [] }")]
        [InlineData("{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ { \"level\": 12345678901234567890, \"achievements\": [] } ] }")]
        [InlineData("{ \"plan\": \"X\", // a comment\n \"version\": \"1\", \"levels\": [] }")]
        [InlineData("{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ { \"level\": 1.0, \"achievements\": [] } ] }")]
        [InlineData("{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ { \"level\": 1, \"achievements\": [ { \"id\": \"1.1\", \"title\": \"A\", \"estimated_hours\": 1e400 } ] } ] }")]
        [InlineData("{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ { \"level\": 1, \"achievements\": [ { \"id\": \"1.1\", \"title\": \"A\", \"actual_hours\": 123456789012345678901234567890 } ] } ] }")]
        public void GivesUpOnWhatTheFullPathMustReport(string json) =>
            Assert.False(RegistryFastScan.TryRead(json, "x.json", out _));

        [Fact]
        public void ReadsTheFlatFormToo()
        {
            Assert.True(RegistryFastScan.TryRead(FlatValid, "x.json", out var d));
            Assert.True(d!.IsLegacyFormat);
            Assert.Equal(new[] { "A", "B" }, d.Entries.Select(e => e.Title)); // "name" is the title's fallback
            var planned = d.Entries[0].PlannedExecutions;
            Assert.Equal(new[] { "1 1.1.1 Unit 2h <>", "2 1.1.2 E2E 1-2 hours <1>" }, planned.Select(p => $"{p.Number} {p.Label} {p.Title} {p.Estimate} <{string.Join(",", p.DependsOn)}>"));
            Assert.Equal(Describe(FromTree(FlatValid)), Describe(d));
            // Values before "achievements" are checked against both schemas: the flat one must accept them.
            Assert.False(RegistryFastScan.TryRead("{ \"plan_name\": 5, \"achievements\": [] }", "x.json", out _));
            Assert.True(RegistryFastScan.TryRead("{ \"created\": \"yesterday\", \"achievements\": [] }", "x.json", out _));
            Assert.False(RegistryFastScan.TryRead("{ \"created\": \"yesterday\", \"plan\": \"X\", \"version\": \"1\", \"levels\": [] }", "x.json", out _));
        }

        [Fact]
        public void AnObjectOf100000KeysStaysLinear()
        {
            // Growth, not a time: 10x the keys must cost about 10x, at most 60x on a loaded machine (a quadratic pass costs 100x; it used to take 11 s).
            // The best of three runs of each size, so that a busy machine does not decide.
            double Best(int keys)
            {
                var sb = new System.Text.StringBuilder("{ \"plan\": \"X\", \"version\": \"1\", \"levels\": []");
                for (int i = 0; i < keys; i++) sb.Append(", \"k").Append(i).Append("\": ").Append(i);
                var text = sb.Append(" }").ToString();
                double best = double.MaxValue;
                for (int run = 0; run < 3; run++)
                {
                    var watch = System.Diagnostics.Stopwatch.StartNew();
                    Assert.True(RegistryFastScan.TryRead(text, "x.json", out _));
                    var viaTree = RegistryValidator.Read(text, "x.json", new ValidationOptions(), new List<ValidationRecord>(), fastScan: false)!;
                    var records = new RuleRecords();
                    new DuplicateKeyRule().Check(viaTree, records);
                    Assert.Equal(0, records.Count);
                    best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
                }
                return best;
            }
            Best(1_000); // warm
            double small = Best(10_000), large = Best(100_000);
            Assert.True(large < 60 * Math.Max(small, 1), $"10,000 keys took {small:N0} ms, 100,000 took {large:N0} ms ({large / small:N1}x for 10x the keys)");
        }

        [Fact]
        public void TheSchemaExamplesTakeTheFastPath()
        {
            var files = Examples().ToList();
            Assert.Equal(3, files.Count);
            foreach (var f in files) Assert.True(RegistryFastScan.TryRead(f, "x.json", out _), f);
        }

        [Fact]
        public void TheRulesItChecksAreReadFromTheSchema()
        {
            var schema = RegistrySchema.Text();
            const string done = "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ { \"level\": 1, \"achievements\": [ { \"id\": \"A-1\", \"title\": \"A\", \"status\": \"done\" } ] } ] }";
            Assert.False(RegistryFastScan.TryRead(done, "x.json", out _));
            // Widen the status enum and the id pattern in the schema's text: the fast pass follows.
            var wider = RegistrySchema.Compile(schema.Replace("\"skipped\"]", "\"skipped\", \"done\"]").Replace("^[0-9]{1,9}(\\\\.[0-9]{1,9})?$", "^(A-)?[0-9]{1,9}(\\\\.[0-9]{1,9})?$"));
            Assert.False(RegistryFastScan.TryRead(done, "x.json", wider, out _)); // "A-1" passes the pattern, not AchievementId: the tree reader would leave it out
            Assert.True(RegistryFastScan.TryRead(done.Replace("A-1", "1.1"), "x.json", wider, out var read));
            Assert.Equal("done", read!.Entries[0].Status);
            // A required property the schema adds, and a keyword the fast pass does not know, are not passed over.
            Assert.False(RegistryFastScan.TryRead(done.Replace("A-1", "1.1"), "x.json", RegistrySchema.Compile(schema.Replace("\"required\": [\"id\", \"title\"]", "\"required\": [\"id\", \"title\", \"owner\"]")), out _));
            Assert.False(RegistryFastScan.TryRead(Valid, "x.json", RegistrySchema.Compile(schema.Replace("\"minLength\": 1,", "\"maxLength\": 100,")), out _));
            Assert.True(RegistryFastScan.TryRead(Valid, "x.json", RegistrySchema.Compile(schema), out _));
        }
    }
}
