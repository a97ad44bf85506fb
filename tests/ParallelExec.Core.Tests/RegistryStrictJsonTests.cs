using System.Collections.Generic;
using System.Linq;
using ParallelExec.Registry;
using Xunit;

namespace ParallelExec.Tests
{
    /// <summary>
    /// parallel.json is RFC 8259 JSON: what lenient parsers accept is InvalidJson at its line, for Test-ParallelJson and
    /// for the plan reader alike; valid JSON that is deep or holds big numbers is not InvalidJson, and no number throws.
    /// </summary>
    public class RegistryStrictJsonTests
    {
        private const string Head = "{\n  \"plan\": \"X\",\n";

        [Theory]
        [InlineData("single quotes", "  'version': '1', \"levels\": [] }", 3)]
        [InlineData("a trailing comma", "  \"version\": \"1\", \"levels\": [], }", 3)]
        [InlineData("a line comment", "  // the version\n  \"version\": \"1\", \"levels\": [] }", 3)]
        [InlineData("a block comment", "  \"version\": \"1\", /* x */ \"levels\": [] }", 3)]
        [InlineData("an unquoted key", "  version: \"1\", \"levels\": [] }", 3)]
        [InlineData("text after the value", "  \"version\": \"1\", \"levels\": [] }\n\n garbage", 5)]
        [InlineData("a hex number", "  \"version\": \"1\", \"levels\": [ { \"level\": 0x1, \"achievements\": [] } ] }", 3)]
        [InlineData("NaN", "  \"version\": \"1\", \"levels\": [ { \"level\": NaN, \"achievements\": [] } ] }", 3)]
        [InlineData("a raw control character", "  \"version\": \"1\u0001\", \"levels\": [] }", 3)]
        [InlineData("an escaped NUL is fine JSON, a raw one is not", "  \"version\": \"1\u0007\", \"levels\": [] }", 3)]
        [InlineData("a leading zero", "  \"version\": \"1\", \"levels\": [ { \"level\": 01, \"achievements\": [] } ] }", 3)]
        public void WhatLenientParsersAcceptIsInvalidJsonAtItsLine(string shape, string rest, int line)
        {
            using var dir = new TempDir();
            var records = RegistryValidator.Validate(dir.Write("parallel.json", Head + rest));
            var r = Assert.Single(records);
            Assert.True(r.Code == "InvalidJson", shape + ": " + r.Code);
            Assert.Equal(line, r.Line);
            Assert.True(r.Column > 0, shape);
            Assert.DoesNotContain("LineNumber", r.Message);
            // The plan reader reads the same way: a RegistryInvalidJson with the same line, never a registry it half-read.
            var e = Assert.Throws<ParallelExecException>(() => RegistryReader.Read(System.IO.Path.Combine(dir.Path, "parallel.json"), new List<PlanDiagnostic>()));
            Assert.Equal(("RegistryInvalidJson", line), (e.Diagnostic.Code, e.Diagnostic.Line));
        }

        [Fact]
        public void TheColumnCountsCharactersNotBytes()
        {
            using var dir = new TempDir();
            var r = Assert.Single(RegistryValidator.Validate(dir.Write("parallel.json", "{ \"plan\": \"ÜÜÜ😀\", 'version': \"1\" }")));
            Assert.Equal((1, 20), (r.Line, r.Column)); // the single quote: the emoji is two UTF-16 characters and four bytes, each Ü two bytes
        }

        [Fact]
        public void ValidDeepJsonIsNotInvalidJson()
        {
            using var dir = new TempDir();
            var deep = "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [], \"extra\": " + new string('[', 200) + new string(']', 200) + " }";
            Assert.Empty(RegistryValidator.Validate(dir.Write("parallel.json", deep)));
            var tooDeep = new string('[', 1000) + new string(']', 1000);
            var r = Assert.Single(RegistryValidator.Validate(dir.Write("parallel.json", tooDeep)));
            Assert.Equal(("JsonTooDeep", DiagnosticSeverity.Error, 1), (r.Code, r.SeverityValue, r.Line));
        }

        [Fact]
        public void ValidBigNumbersAreARangeFindingNeverAnException()
        {
            using var dir = new TempDir();
            const string text = "{ \"plan\": \"X\", \"version\": \"1\", \"total\": 1e999, \"levels\": [ { \"level\": 12345678901234567890, \"achievements\": [ { \"id\": \"1.1\", \"title\": \"A\", \"estimated_hours\": 12345678901234567890 } ] } ] }";
            var records = RegistryValidator.Validate(dir.Write("parallel.json", text));
            Assert.Equal(new[] { "NumberOutOfRange", "NumberOutOfRange" }, records.Select(r => r.Code));
            Assert.All(records, r => Assert.Equal(System.IO.Path.Combine(dir.Path, "parallel.json"), r.Path));
            // The plan reader leaves them out with a warning each, and reads the rest.
            var diagnostics = new List<PlanDiagnostic>();
            var registry = RegistryReader.Read(System.IO.Path.Combine(dir.Path, "parallel.json"), diagnostics);
            Assert.Null(registry.Entries[0].Level);
            Assert.Null(registry.Entries[0].EstimatedHours);
            Assert.Equal(2, diagnostics.Count(d => d.Code == "RegistryEntryIgnored"));
            dir.Write("PLAN_X.md", "**Achievement 1.1**: A\n");
            Assert.Equal("1.1", Load.Ids(Load.Plan(dir.Path)));
        }

        [Fact]
        public void AnIdWithDigitsThatAreNotAsciiIsNotAnId()
        {
            using var dir = new TempDir();
            foreach (var id in new[] { "١.١", "１.１", "1.١" })
            {
                var r = Assert.Single(RegistryValidator.Validate(dir.Write("parallel.json", "{ \"plan\": \"X\", \"version\": \"1\", \"levels\": [ { \"level\": 1, \"achievements\": [ { \"id\": \"" + id + "\", \"title\": \"A\" } ] } ] }")));
                Assert.Equal("SchemaViolation", r.Code);
                Assert.False(AchievementId.TryParse(id, out _));
            }
        }
    }
}
