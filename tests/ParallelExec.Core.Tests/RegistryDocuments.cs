using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ParallelExec.Registry;

namespace ParallelExec.Tests
{
    /// <summary>Registries to read both ways, and the text that says everything a document or a list of records holds.</summary>
    internal static class RegistryDocuments
    {
        public const string Valid = @"{
  ""plan"": ""X"", ""version"": ""1.0.0"", ""created"": ""2025-11-13T10:00:00Z"",
  ""levels"": [
    { ""level"": 1, ""achievements"": [
      { ""id"": ""1.1"", ""title"": ""A"", ""status"": ""complete"", ""dependencies"": [], ""blocks"": [""1.2""], ""estimated_hours"": ""2-3 hours"",
        ""actual_hours"": 2.5, ""started_at"": null, ""completed_at"": ""2025-11-14T10:00:00+01:00"", ""executor"": ""me"",
        ""subplan_path"": ""subplans/SUBPLAN_X_11.md"", ""execution_paths"": [""execution/EXECUTION_TASK_X_11_01.md""],
        ""executions"": [ { ""id"": ""1"", ""title"": ""Unit"", ""dependencies"": [], ""estimated_hours"": 2, ""files"": [""src/a.cs""], ""other"": 1 },
          { ""id"": ""01_02"", ""dependencies"": [""1""], ""estimated_hours"": ""1-2 hours"" } ], ""extra"": { ""a"": [1, { ""b"": 2 }] } } ] },
    { ""level"": 2, ""achievements"": [ { ""id"": ""1.2"", ""title"": ""B"", ""dependencies"": [""1.1""], ""estimated_hours"": 3 } ] }
  ],
  ""parallelization_strategy"": { ""total_sequential_time"": ""5 hours"", ""time_saved"": ""0 hours"", ""other"": 1 }
}";

        /// <summary>A flat registry its schema accepts, with every property the module reads (sub_executions, name as the title).</summary>
        public const string FlatValid = @"{
  ""plan_name"": ""X"", ""parallelization_level"": ""level_1"", ""created_date"": ""2025-11-13"",
  ""achievements"": [
    { ""achievement_id"": ""1.1"", ""title"": ""A"", ""status"": ""complete"", ""dependencies"": [], ""blocks"": [""1.2""], ""estimated_hours"": 2.5,
      ""actual_hours"": 2, ""level"": 1, ""executor"": ""me"", ""completed_at"": ""2025-11-14T10:00:00Z"",
      ""sub_executions"": [
        { ""execution_id"": ""1.1.1"", ""title"": ""Unit"", ""status"": ""not_started"", ""dependencies"": [], ""estimated_hours"": 2, ""executor"": ""e1"" },
        { ""execution_id"": ""1.1.2"", ""title"": ""E2E"", ""dependencies"": [""1.1.1""], ""estimated_hours"": ""1-2 hours"" } ] },
    { ""achievement_id"": ""1.2"", ""name"": ""B"", ""dependencies"": [""1.1""], ""estimated_hours"": ""3 hours"", ""priority"": 1, ""validation_script"": ""x.sh"" }
  ],
  ""priority_groups"": [ { ""priority"": 1, ""achievements"": [""1.1""] } ],
  ""notes"": [""n""]
}";

        private static readonly string[] Values =
        {
            "\"text\"", "\"\"", "1", "1.5", "-1", "0", "null", "true", "[]", "[\"1.1\"]", "[1]", "[\"x\"]", "{}", "{\"a\":1}",
            "\"1.1\"", "\"2025-11-13T10:00:00Z\"", "\"yesterday\"", "\"not_started\"", "\"done\"", "1e2", "[null]", "[[]]",
        };

        /// <summary>Every property of <see cref="Valid"/> (an achievement's, an execution's) replaced by every kind of value, and removed.</summary>
        public static IEnumerable<string> Mutations()
        {
            var root = JObject.Parse(Valid);
            var paths = new List<string> { "plan", "version", "created", "levels", "parallelization_strategy", "parallelization_strategy.time_saved", "levels[0].level", "levels[0].achievements" };
            foreach (var p in ((JObject)root.SelectToken("levels[0].achievements[0]")!).Properties()) paths.Add("levels[0].achievements[0]." + p.Name);
            foreach (var p in ((JObject)root.SelectToken("levels[0].achievements[0].executions[0]")!).Properties()) paths.Add("levels[0].achievements[0].executions[0]." + p.Name);
            return Mutate(root, paths);
        }

        /// <summary>Every property of <see cref="FlatValid"/> (an entry's, a sub-execution's) replaced by every kind of value, and removed.</summary>
        public static IEnumerable<string> FlatMutations()
        {
            var root = JObject.Parse(FlatValid);
            var paths = new List<string> { "plan_name", "parallelization_level", "achievements", "notes", "achievements[1].name" };
            foreach (var p in ((JObject)root.SelectToken("achievements[0]")!).Properties()) paths.Add("achievements[0]." + p.Name);
            foreach (var p in ((JObject)root.SelectToken("achievements[0].sub_executions[0]")!).Properties()) paths.Add("achievements[0].sub_executions[0]." + p.Name);
            return Mutate(root, paths);
        }

        private static IEnumerable<string> Mutate(JObject root, List<string> paths)
        {
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

        /// <summary>Registries the schema accepts, written to move positions about: line ends, tabs, blank lines, escapes, wide characters, one line.</summary>
        public static IEnumerable<string> Layouts()
        {
            yield return Valid;
            yield return Valid.Replace("\r\n", "\n");
            yield return Valid.Replace("\r\n", "\n").Replace("\n", "\r\n");
            yield return Valid.Replace("\r\n", "\n").Replace("\n", "\r");
            yield return Valid.Replace("  ", "\t");
            yield return JObject.Parse(Valid).ToString(Formatting.None);
            yield return "\n\n  " + Valid.Replace("\"plan\": \"X\",", "\n  \n \t \"plan\": \"X\",");
            yield return Valid.Replace("\"title\": \"A\"", "\"title\": \"Ünïcødé 😀 \\\"quoted\\\" \\\\ \\u0041\"")
                              .Replace("\"1.2\"]", " \"1\\u002e2\"]").Replace("subplans/SUBPLAN_X_11.md", "sub\\/plans/😀/SUBPLAN_X_11.md");
            yield return Valid.Replace("\"id\": \"1.1\",", "\"title_first\": \"x\", \"id\": \"1.1\",");
            var wide = new StringBuilder("{ \"plan\": \"W\", \"version\": \"1\", \"levels\": [ { \"level\": 1, \"achievements\": [");
            for (int i = 1; i <= 300; i++)
                wide.Append(i > 1 ? ",\n" : "\n").Append($"  {{ \"id\": \"{i / 100 + 1}.{i % 100 + 1}\", \"title\": \"T{i} ✓\", \"dependencies\": [{(i > 1 ? $"\"{(i - 1) / 100 + 1}.{(i - 1) % 100 + 1}\"" : "")}], \"blocks\": [], \"execution_paths\": [\"a.md\", \"b.md\"] }}");
            yield return wide.Append(" ] } ] }").ToString();
            yield return FlatValid;
            yield return JObject.Parse(FlatValid).ToString(Formatting.None);
            yield return FlatValid.Replace("\r\n", "\n").Replace("\n", "\r").Replace("\"title\": \"A\"", "\"title\": \"Ünïcødé 😀 \\\"q\\\" \\u0041\"");
        }

        public static IEnumerable<string> Examples()
        {
            var dir = new DirectoryInfo(System.AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "examples", "one-priority", "parallel.json"))) dir = dir.Parent;
            return Directory.GetFiles(Path.Combine(dir!.FullName, "examples"), "parallel.json", SearchOption.AllDirectories).Select(File.ReadAllText);
        }

        public static string Describe(RegistryDocument d)
        {
            var sb = new StringBuilder($"{d.Path}|{d.PlanName}|legacy:{d.IsLegacyFormat}|levels:{d.NamesLevels}|{d.RootAt}|usable:{d.Entries.Count}|name:{d.UnusablePlanName}\n");
            foreach (var e in d.AllEntries)
            {
                sb.Append($"{e.IdText}|{e.HasId}|{e.Id}|{e.At}|L{e.Line}|{e.JsonPath}|{e.Title}|{e.Level}|{e.Status}|{e.EstimatedHours}|{e.ActualHours}|{e.StartedAt}|{e.CompletedAt}");
                sb.Append("|deps:").Append(string.Join(",", e.DependencyRefs)).Append("=").Append(string.Join(",", e.Dependencies));
                sb.Append("|blocks:").Append(e.BlockRefs == null ? "-" : string.Join(",", e.BlockRefs)).Append("=").Append(string.Join(",", e.Blocks));
                sb.Append("|paths:").Append(string.Join(",", e.Paths)).Append("|hasdeps:").Append(e.HasDependencies);
                foreach (var x in e.PlannedExecutions) sb.Append($"|exec {x.Number} {x.Label} {x.Title} {x.Status} {x.Estimate} <{string.Join(",", x.DependsOn)}> [{string.Join(",", x.Files)}]");
                sb.Append('\n');
            }
            foreach (var n in d.OutOfRange) sb.Append($"range {n}\n");
            foreach (var i in d.Ignored) sb.Append($"ignored {i.Line}: {i.Message}\n");
            return sb.ToString();
        }

        public static string Describe(IEnumerable<ValidationRecord> records) =>
            string.Join("\n", records.Select(r => $"{r.SeverityValue}|{r.Code}|{r.Line}:{r.Column}|{r.AchievementId}|{r.JsonPath}|{r.Message}|{r.Suggestion}"));

        /// <summary>The document the tree reader makes of <paramref name="text"/>, parsed as the validator parses it.</summary>
        public static RegistryDocument FromTree(string text, string path = "x.json") =>
            RegistryTreeReader.Read(RegistryJson.Parse(text, RegistryJson.MaxDepth), text, path);
    }
}
