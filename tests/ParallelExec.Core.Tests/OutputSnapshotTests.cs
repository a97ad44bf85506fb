using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using ParallelExec.Plans;
using ParallelExec.Registry;
using Xunit;

namespace ParallelExec.Tests
{
    /// <summary>
    /// No speed by skipping work: every public field of every plan, achievement, status and diagnostic read from the
    /// examples and the corpus (PLANs, the workspace with status, the registries, Test-ParallelJson's records of each
    /// registry) is written out and hashed, one hash per achievement, and compared with Snapshots/outputs.txt, written
    /// before the speed work. Only hashes are stored, so the corpus's text is not copied into the project. A change that
    /// means to change an output rewrites the snapshot: <c>PE_UPDATE_SNAPSHOT=1 dotnet test --filter OutputSnapshot</c>,
    /// and says why in its commit.
    /// </summary>
    public class OutputSnapshotTests
    {
        private const string CorpusPrefix = "corpus/";

        [Fact]
        public void TheOutputsAreTheOnesOfTheSnapshot()
        {
            var repo = RepoRoot();
            var corpus = Path.GetFullPath(Path.Combine(repo, "..", "shared", "corpus"));
            bool hasCorpus = Directory.Exists(Path.Combine(corpus, "plans"));
            var actual = Collect(repo, hasCorpus ? corpus : null);
            var file = Path.Combine(repo, "tests", "ParallelExec.Core.Tests", "Snapshots", "outputs.txt");
            if (Environment.GetEnvironmentVariable("PE_UPDATE_SNAPSHOT") == "1")
            {
                Assert.True(hasCorpus, "write the snapshot where the corpus is, so that it covers it");
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllLines(file, actual.Select(kv => kv.Key + " " + kv.Value));
                return;
            }
            var expected = File.ReadAllLines(file).Where(l => l.Length > 0).ToDictionary(l => l.Substring(0, l.LastIndexOf(' ')), l => l.Substring(l.LastIndexOf(' ') + 1));
            if (!hasCorpus)
                foreach (var key in expected.Keys.Where(k => k.StartsWith(CorpusPrefix, StringComparison.Ordinal)).ToList()) expected.Remove(key);
            var differ = expected.Where(kv => !actual.TryGetValue(kv.Key, out var h) || h != kv.Value).Select(kv => kv.Key)
                .Concat(actual.Keys.Where(k => !expected.ContainsKey(k))).Take(20).ToList();
            Assert.True(differ.Count == 0, "Outputs differ from the snapshot at:\n" + string.Join("\n", differ));
            Assert.True(expected.Count > (hasCorpus ? 500 : 20), $"only {expected.Count} entries compared");
        }

        [Fact]
        public void TheWritingSeesEveryField()
        {
            // A hollow writer would make the snapshot test pass whatever changed: two plans that differ in one title differ here.
            using var dir = new TempDir();
            var a = dir.Write("a/PLAN_A.md", "# PLAN: A\n\n**Achievement 1.1**: First (2h)\n- **Deliverables**: x.md\n");
            var b = dir.Write("b/PLAN_A.md", "# PLAN: A\n\n**Achievement 1.1**: First (2h)\n- **Deliverables**: y.md\n");
            string Of(string p) => string.Join("\n", Write(PlanLoader.Load(p, new PlanLoadOptions()), Path.GetDirectoryName(p)!).Select(kv => kv.Value));
            Assert.NotEqual(Of(a), Of(b));
        }

        /// <summary>Every output, keyed by source file (relative) and achievement, hashed.</summary>
        private static SortedDictionary<string, string> Collect(string repo, string? corpus)
        {
            var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
            void Add(string prefix, string root, IEnumerable<KeyValuePair<string, string>> lines)
            {
                foreach (var kv in lines) result[prefix + kv.Key] = kv.Value;
            }
            var examples = Path.Combine(repo, "examples");
            foreach (var plan in Directory.EnumerateFiles(examples, "PLAN_*.md", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
                Add("examples/", examples, Write(PlanLoader.Load(plan, new PlanLoadOptions()), examples));
            foreach (var registry in Directory.EnumerateFiles(examples, "*.json", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
                Add("examples/", examples, Validation(registry, examples));
            if (corpus == null) return result;
            foreach (var plan in Directory.EnumerateFiles(Path.Combine(corpus, "plans"), "*.md").OrderBy(p => p, StringComparer.Ordinal))
                Add(CorpusPrefix, corpus, Write(PlanLoader.Load(plan, new PlanLoadOptions()), corpus));
            Add(CorpusPrefix + "recurse:", corpus, Write(PlanLoader.Load(Path.Combine(corpus, "workspace"), new PlanLoadOptions { Recurse = true }), corpus));
            foreach (var registry in Directory.EnumerateFiles(corpus, "*.json", SearchOption.AllDirectories).Where(p => !p.EndsWith("EXPECTED.json", StringComparison.Ordinal)).OrderBy(p => p, StringComparer.Ordinal))
            {
                Add(CorpusPrefix, corpus, Validation(registry, corpus));
                if (RegistryReaderRead(registry) is { } doc) Add(CorpusPrefix + "read:", corpus, new[] { Hash(Rel(corpus, registry), doc.Replace(corpus, "<root>", StringComparison.Ordinal)) });
            }
            return result;
        }

        private static string? RegistryReaderRead(string path)
        {
            try
            {
                var diagnostics = new List<PlanDiagnostic>();
                var document = RegistryReader.Read(path, diagnostics);
                var sb = new StringBuilder();
                Value(sb, document, 0);
                foreach (var e in document.AllEntries) Value(sb.Append('\n'), e, 0);
                foreach (var d in diagnostics) Value(sb.Append('\n'), d, 0);
                return sb.ToString();
            }
            catch (ParallelExecException e)
            {
                return "throws " + e.Diagnostic.ErrorCode.Name + " " + e.Message;
            }
        }

        internal static IEnumerable<KeyValuePair<string, string>> Write(PlanLoadResult result, string root)
        {
            var head = new StringBuilder();
            foreach (var d in result.Diagnostics) Value(head.Append('\n'), d, 0);
            var first = result.Plans.Count > 0 ? Rel(root, result.Plans[0].PlanPath) : "(no plan)";
            yield return Hash(first + "#load", head.ToString().Replace(root, "<root>", StringComparison.Ordinal));
            foreach (var plan in result.Plans)
            {
                var key = Rel(root, plan.PlanPath);
                var sb = new StringBuilder();
                Value(sb, plan, 0);
                foreach (var d in plan.Diagnostics) Value(sb.Append('\n'), d, 0);
                foreach (var s in plan.Statuses) Value(sb.Append('\n'), s, 0);
                foreach (var e in plan.Edges) Value(sb.Append('\n'), e, 0);
                yield return Hash(key + "#plan", sb.ToString().Replace(root, "<root>", StringComparison.Ordinal));
                foreach (var a in plan.Achievements)
                {
                    var one = new StringBuilder();
                    Value(one, a, 0);
                    yield return Hash(key + "#" + a.Key + "@" + a.Line, one.ToString().Replace(root, "<root>", StringComparison.Ordinal));
                }
            }
        }

        private static IEnumerable<KeyValuePair<string, string>> Validation(string registry, string root)
        {
            var sb = new StringBuilder();
            try
            {
                foreach (var r in RegistryValidator.Validate(registry)) Value(sb.Append('\n'), r, 0);
            }
            catch (ParallelExecException e)
            {
                sb.Append("throws ").Append(e.Diagnostic.ErrorCode.Name);
            }
            yield return Hash(Rel(root, registry) + "#validate", sb.ToString().Replace(root, "<root>", StringComparison.Ordinal));
        }

        private static KeyValuePair<string, string> Hash(string key, string text) =>
            new KeyValuePair<string, string>(key.Replace(' ', '_'), Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).Substring(0, 16));

        private static string Rel(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

        /// <summary>Writes a value: scalars as text, lists item by item, objects property by property (not the plan an achievement points back to).</summary>
        private static void Value(StringBuilder sb, object? value, int depth)
        {
            switch (value)
            {
                case null: sb.Append("null"); return;
                case string s: sb.Append('"').Append(s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"'); return;
                case IFormattable f when value.GetType().IsPrimitive || value is Enum || value is decimal: sb.Append(f.ToString(null, CultureInfo.InvariantCulture)); return;
                case bool b: sb.Append(b ? "true" : "false"); return;
                case AchievementId id: sb.Append(id.ToString()); return;
                case ParallelPlan p when depth > 0: sb.Append("plan:").Append(p.Name); return;
                case Achievement a when depth > 0: sb.Append("achievement:").Append(a.Key); return;
                case IEnumerable list:
                    sb.Append('[');
                    foreach (var item in list) { Value(sb, item, depth + 1); sb.Append(','); }
                    sb.Append(']');
                    return;
            }
            if (depth > 6) { sb.Append(value); return; }
            var type = value.GetType();
            sb.Append(type.Name).Append('{');
            foreach (var prop in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                if (prop.GetIndexParameters().Length > 0 || prop.Name == "Achievements" && value is ParallelPlan) continue;
                sb.Append(prop.Name).Append('=');
                object? v;
                try { v = prop.GetValue(value); }
                catch (TargetInvocationException e) { v = "throws " + e.InnerException?.GetType().Name; }
                Value(sb, v, depth + 1);
                sb.Append(';');
            }
            sb.Append('}');
        }

        private static string RepoRoot()
        {
            var dir = AppContext.BaseDirectory;
            while (dir != null && !File.Exists(Path.Combine(dir, "ParallelExec.slnx"))) dir = Path.GetDirectoryName(dir);
            return dir ?? throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
        }
    }
}
