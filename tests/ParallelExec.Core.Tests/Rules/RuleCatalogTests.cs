using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using ParallelExec.Diagnostics;
using ParallelExec.Registry.Rules;
using Xunit;

namespace ParallelExec.Tests.Rules
{
    /// <summary>Every rule class runs, has its section in docs/reference/validation-codes.md and its own test class.</summary>
    public class RuleCatalogTests
    {
        private static readonly Type[] RuleTypes = typeof(RegistryRule).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(RegistryRule)) && !t.IsAbstract).OrderBy(t => t.Name).ToArray();

        private static string ValidationCodes()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "docs", "reference", "validation-codes.md"))) dir = dir.Parent;
            Assert.NotNull(dir);
            return File.ReadAllText(Path.Combine(dir!.FullName, "docs", "reference", "validation-codes.md")).Replace("\r\n", "\n");
        }

        [Fact]
        public void EveryRuleRunsOnceAndReportsItsOwnCode()
        {
            Assert.True(RuleTypes.Length >= 16, $"only {RuleTypes.Length} rule classes were found");
            var inOrder = RegistryRules.InOrder.Select(r => r.GetType()).ToArray();
            Assert.Equal(inOrder.Length, inOrder.Distinct().Count());
            Assert.Equal(RuleTypes, inOrder.OrderBy(t => t.Name));
            var codes = RegistryRules.InOrder.Select(r => r.Code).ToArray();
            Assert.Equal(codes.Length, codes.Distinct().Count());
            foreach (var rule in RegistryRules.InOrder)
            {
                Assert.Equal(rule.Code.Name + "Rule", rule.GetType().Name);
                Assert.Contains(rule.Code, ErrorCodes.All);
                Assert.NotEqual(ErrorScope.Cmdlet, rule.Code.Scope);
            }
        }

        [Fact]
        public void EveryRuleHasItsSection()
        {
            var doc = ValidationCodes();
            var missing = RuleTypes.Select(t => (RegistryRule)Activator.CreateInstance(t)!).Where(rule =>
            {
                var m = Regex.Match(doc, $"(?ms)^### `{rule.Code.Name}`\\n(.*?)(?=^##)");
                var section = m.Groups[1].Value;
                return !m.Success || !section.Contains($"Rule: `{rule.GetType().Name}`.") || !section.Contains("* Example: ") || !section.Contains("* Fix: ");
            }).Select(r => r.Code.Name).ToArray();
            Assert.True(missing.Length == 0, "no section (### `Code`, with 'Rule: `<class>`.', '* Example: ' and '* Fix: ') in validation-codes.md for: " + string.Join(", ", missing));
        }

        [Fact]
        public void EveryRuleHasItsTestClass()
        {
            var tests = typeof(RuleCatalogTests).Assembly;
            var missing = RuleTypes.Where(t =>
            {
                var testClass = tests.GetType($"ParallelExec.Tests.Rules.{t.Name}Tests");
                // At least two tests: a registry that triggers the rule, and one that does not.
                return testClass == null || testClass.GetMethods().Count(m => m.GetCustomAttributes<FactAttribute>().Any()) < 2;
            }).Select(t => t.Name).ToArray();
            Assert.True(missing.Length == 0, "no test class ParallelExec.Tests.Rules.<Rule>Tests with two tests or more for: " + string.Join(", ", missing));
        }
    }
}
