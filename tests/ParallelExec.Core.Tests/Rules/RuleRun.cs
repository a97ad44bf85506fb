using System.Collections.Generic;
using System.Linq;
using ParallelExec.Registry;
using ParallelExec.Registry.Rules;
using Xunit;

namespace ParallelExec.Tests.Rules
{
    /// <summary>Runs one rule on a registry, as Test-ParallelJson reads it.</summary>
    internal static class RuleRun
    {
        /// <summary>
        /// The records of <typeparamref name="TRule"/> for <paramref name="json"/> written as parallel.json in
        /// <paramref name="dir"/> (beside whatever the test put there). The registry is read by the tree and, when the
        /// schema accepts it, by the fast pass too: both must give the rule the same findings.
        /// </summary>
        public static ValidationRecord[] Check<TRule>(TempDir dir, string json, ValidationOptions? options = null) where TRule : RegistryRule, new()
        {
            var path = dir.Write("parallel.json", json);
            options ??= new ValidationOptions();
            var viaTree = Run<TRule>(json, path, options, fastScan: false);
            var viaFast = Run<TRule>(json, path, options, fastScan: true);
            Assert.Equal(RegistryDocuments.Describe(viaTree), RegistryDocuments.Describe(viaFast));
            Assert.All(viaFast, r => Assert.Equal(new TRule().Code.Name, r.Code));
            return viaFast.ToArray();
        }

        private static List<ValidationRecord> Run<TRule>(string json, string path, ValidationOptions options, bool fastScan) where TRule : RegistryRule, new()
        {
            var context = RegistryValidator.Read(json, path, options, new List<ValidationRecord>(), fastScan);
            Assert.NotNull(context);
            var records = new RuleRecords();
            new TRule().Check(context!, records);
            return records.InDiscoveryOrder();
        }

        /// <summary>Where the <paramref name="nth"/> (0-based) occurrence of <paramref name="needle"/> starts in <paramref name="text"/>: the line and the column of its first character, as records give positions.</summary>
        public static (int? Line, int? Column) StartOf(string text, string needle, int nth = 0)
        {
            int at = -1;
            for (int k = 0; k <= nth; k++) at = text.IndexOf(needle, at + 1, System.StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{needle}' is not in the text {nth + 1} times");
            int line = 1 + text.Take(at).Count(c => c == '\n');
            int column = at - (at == 0 ? -1 : text.LastIndexOf('\n', at - 1));
            return (line, column);
        }

        public static (int? Line, int? Column) At(ValidationRecord r) => (r.Line, r.Column);
    }
}
