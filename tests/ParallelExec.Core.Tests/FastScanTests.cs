using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ParallelExec.Registry;
using Xunit;

namespace ParallelExec.Tests
{
    /// <summary>
    /// The fast pass may only say "clean" when NJsonSchema finds nothing, and must then collect the same entries as
    /// the full path. These tests mutate every property of a valid registry into every kind of value.
    /// </summary>
    public class FastScanTests
    {
        private const string Valid = @"{
  ""plan"": ""X"", ""version"": ""1.0.0"", ""created"": ""2025-11-13T10:00:00Z"",
  ""levels"": [
    { ""level"": 1, ""achievements"": [
      { ""id"": ""1.1"", ""title"": ""A"", ""status"": ""complete"", ""dependencies"": [], ""blocks"": [""1.2""], ""estimated_hours"": ""2-3 hours"",
        ""actual_hours"": 2.5, ""started_at"": null, ""completed_at"": ""2025-11-14T10:00:00+01:00"", ""executor"": ""me"",
        ""subplan_path"": ""subplans/SUBPLAN_X_11.md"", ""execution_paths"": [""execution/EXECUTION_TASK_X_11_01.md""], ""extra"": { ""a"": [1, { ""b"": 2 }] } } ] },
    { ""level"": 2, ""achievements"": [ { ""id"": ""1.2"", ""title"": ""B"", ""dependencies"": [""1.1""], ""estimated_hours"": 3 } ] }
  ],
  ""parallelization_strategy"": { ""total_sequential_time"": ""5 hours"", ""time_saved"": ""0 hours"", ""other"": 1 }
}";

        private static readonly string[] Values =
        {
            "\"text\"", "\"\"", "1", "1.5", "-1", "0", "null", "true", "[]", "[\"1.1\"]", "[1]", "[\"x\"]", "{}", "{\"a\":1}",
            "\"1.1\"", "\"2025-11-13T10:00:00Z\"", "\"yesterday\"", "\"not_started\"", "\"done\"", "1e2", "[null]", "[[]]",
        };

        private static bool SchemaClean(string json)
        {
            var token = JToken.Parse(json, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load });
            var records = new List<ValidationRecord>();
            SchemaCheck.Validate(token, "x.json", 100, records);
            return records.Count == 0;
        }

        private static IEnumerable<string> Mutations()
        {
            var root = JObject.Parse(Valid);
            var paths = new List<string> { "plan", "version", "created", "levels", "parallelization_strategy", "parallelization_strategy.time_saved", "levels[0].level", "levels[0].achievements" };
            foreach (var p in ((JObject)root.SelectToken("levels[0].achievements[0]")!).Properties()) paths.Add("levels[0].achievements[0]." + p.Name);
            foreach (var path in paths)
                foreach (var v in Values)
                {
                    var copy = (JObject)root.DeepClone();
                    copy.SelectToken(path)!.Replace(JToken.Parse(v));
                    yield return copy.ToString(Formatting.Indented);
                }
            foreach (var path in paths)
            {
                var copy = (JObject)root.DeepClone();
                copy.SelectToken(path)!.Parent!.Remove();
                yield return copy.ToString(Formatting.Indented);
            }
        }

        [Fact]
        public void SaysCleanOnlyWhenNJsonSchemaAgrees()
        {
            int clean = 0, total = 0;
            foreach (var json in Mutations())
            {
                total++;
                if (!RegistryValidator.FastScan.TryCleanScan(json, out _)) continue;
                clean++;
                Assert.True(SchemaClean(json), "The fast pass called this clean, NJsonSchema does not:\n" + json);
            }
            Assert.True(total > 300);
            Assert.True(clean > 20, $"only {clean} of {total} mutations were clean: the fast pass gives up too often to be useful");
        }

        [Fact]
        public void AcceptsTheValidRegistryAndCollectsWhatTheFullPathCollects()
        {
            Assert.True(SchemaClean(Valid));
            Assert.True(RegistryValidator.FastScan.TryCleanScan(Valid, out var fast));
            var full = RegistryValidator.CollectEntries(JToken.Parse(Valid, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load }), false);
            string Describe(RegistryValidator.Entry e) =>
                $"{e.IdText}|{e.Title}|{e.Level}|{e.Status}|{e.JsonPath}|{e.Line}|" +
                string.Join(",", e.Dependencies.Select(d => d.Text + "@" + d.Line)) + "|" +
                (e.Blocks == null ? "-" : string.Join(",", e.Blocks.Select(d => d.Text + "@" + d.Line))) + "|" +
                string.Join(",", e.Paths.Select(p => p.Field + ":" + p.Path + "@" + p.Line));
            Assert.Equal(full.Select(Describe), fast!.Select(Describe));
        }

        [Theory]
        [InlineData("{ \"plan\": \"X\", \"plan\": \"Y\", \"version\": \"1\", \"levels\": [] }")]
        [InlineData("{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [], \"x\": { \"a\": 1, \"a\": 2 } }")]
        [InlineData("{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [] } trailing")]
        [InlineData("{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ ")]
        [InlineData("{ \"plan_name\": \"X\", \"achievements\": [] }")]
        [InlineData("{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ { \"level\": 1.0, \"achievements\": [] } ] }")]
        public void GivesUpOnWhatTheFullPathMustReport(string json) =>
            Assert.False(RegistryValidator.FastScan.TryCleanScan(json, out _));

        [Fact]
        public void TheSchemaExamplesTakeTheFastPath()
        {
            var dir = new DirectoryInfo(System.AppContext.BaseDirectory);
            // The example registries live in examples/<kind>/parallel.json (examples/seed has none).
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "examples", "one-priority", "parallel.json"))) dir = dir.Parent;
            Assert.NotNull(dir);
            var files = Directory.GetFiles(Path.Combine(dir!.FullName, "examples"), "parallel.json", SearchOption.AllDirectories);
            Assert.Equal(3, files.Length);
            foreach (var f in files) Assert.True(RegistryValidator.FastScan.TryCleanScan(File.ReadAllText(f), out _), f);
        }
    }
}
