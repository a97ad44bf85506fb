using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ParallelExec.Plans;
using Xunit;

namespace ParallelExec.Tests
{
    public class PlanTextTests
    {
        private static string Decode(byte[] bytes, List<PlanDiagnostic> d) => PlanText.Decode(bytes, "x.md", d);

        [Fact]
        public void RepairsMacRomanDoubleEncoding()
        {
            // ✅ (E2 9C 85) read as Mac Roman is "‚úÖ"; ⏱️ becomes "‚è±Ô∏è".
            Assert.Equal("✅ done ⏱️ 4-6 hours", PlanText.Repair("‚úÖ done ‚è±Ô∏è 4-6 hours"));
            // 🎯 is F0 9F 8E AF; Mac Roman 0xF0 is the Apple logo U+F8FF.
            Assert.Equal("🎯 Goal", PlanText.Repair("\uF8FFüéØ Goal"));
        }

        [Fact]
        public void RepairsWindows1252DoubleEncoding()
        {
            var original = "✅ Complete — café";
            var mangled = Encoding.GetEncoding("ISO-8859-1").GetString(Encoding.UTF8.GetBytes(original));
            // Windows-1252 differs from Latin-1 in 0x80-0x9F: map those bytes the way Windows does.
            var cp = new StringBuilder();
            foreach (var b in Encoding.UTF8.GetBytes(original))
                cp.Append(b >= 0x80 && b <= 0x9F ? Windows1252(b) : (char)b);
            Assert.Equal(original, PlanText.Repair(cp.ToString()));
            Assert.NotNull(mangled);
        }

        private static char Windows1252(byte b) => b switch
        {
            0x80 => '€', 0x82 => '‚', 0x85 => '…', 0x94 => '”', 0x9C => 'œ', 0x9D => '\u009D', _ => (char)b,
        };

        [Theory]
        [InlineData("café, naïve, Ünïcödé")]
        [InlineData("✅ real emoji 🎯 stay")]
        [InlineData("“quoted” — dash")]
        public void LeavesGoodTextAlone(string text) => Assert.Equal(text, PlanText.Repair(text));

        [Fact]
        public void StripsTheBomAndReadsUtf16()
        {
            var d = new List<PlanDiagnostic>();
            var withBom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("# PLAN")).ToArray();
            Assert.Equal("# PLAN", Decode(withBom, d));
            Assert.Equal("# PLAN ✅", Decode(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("# PLAN ✅")).ToArray(), d));
            Assert.Empty(d);
        }

        [Fact]
        public void WarnsOnInvalidUtf8AndGoesOn()
        {
            var d = new List<PlanDiagnostic>();
            var text = Decode(new byte[] { (byte)'a', 0xC3, 0x28, (byte)'b' }, d);
            Assert.StartsWith("a", text);
            Assert.EndsWith("b", text);
            var w = Assert.Single(d);
            Assert.Equal("PlanInvalidUtf8", w.Code);
            Assert.Equal(DiagnosticSeverity.Warning, w.SeverityValue);
        }

        [Fact]
        public void RefusesBinaryFiles()
        {
            var e = Assert.Throws<ParallelExecException>(() => Decode(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0, 0, 1 }, new List<PlanDiagnostic>()));
            Assert.Equal("PlanFileBinary", e.Diagnostic.Code);
            Assert.Equal("x.md", e.Diagnostic.Target);
        }

        [Fact]
        public void RefusesFilesOverTheLimitWithoutReadingThem()
        {
            using var dir = new TempDir();
            var path = dir.Write("PLAN_BIG.md", new string('x', 2048));
            var e = Assert.Throws<ParallelExecException>(() => PlanText.Read(path, new List<PlanDiagnostic>(), maxBytes: 1024));
            Assert.Equal("PlanFileTooLarge", e.Diagnostic.Code);
            Assert.Equal(DiagnosticKind.LimitsExceeded, e.Diagnostic.KindValue);
        }

        [Fact]
        public void MissingFileIsNotFound()
        {
            var e = Assert.Throws<ParallelExecException>(() => PlanText.Read(Path.Combine(Path.GetTempPath(), "no-such-plan.md"), new List<PlanDiagnostic>()));
            Assert.Equal("PlanFileNotFound", e.Diagnostic.Code);
        }
    }
}

namespace ParallelExec.Tests
{
    public class Utf8ValidationTests
    {
        [Theory]
        [InlineData(new byte[] { 0x41 }, true)]
        [InlineData(new byte[] { 0xC3, 0xA9 }, true)]                 // é
        [InlineData(new byte[] { 0xE2, 0x9C, 0x85 }, true)]           // ✅
        [InlineData(new byte[] { 0xF0, 0x9F, 0x8E, 0xAF }, true)]     // 🎯
        [InlineData(new byte[] { 0xC3 }, false)]                       // truncated
        [InlineData(new byte[] { 0xE2, 0x9C }, false)]                 // truncated
        [InlineData(new byte[] { 0xC0, 0xAF }, false)]                 // overlong
        [InlineData(new byte[] { 0xE0, 0x80, 0xAF }, false)]           // overlong
        [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, false)]           // surrogate
        [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 }, false)]     // above U+10FFFF
        [InlineData(new byte[] { 0x9C, 0x85 }, false)]                 // continuation first
        [InlineData(new byte[] { 0xE2, 0x41, 0x85 }, false)]           // bad continuation
        public void ValidatesLikeTheStrictDecoder(byte[] bytes, bool valid)
        {
            Assert.Equal(valid, PlanText.IsValidUtf8(bytes));
            bool strict;
            try { new System.Text.UTF8Encoding(false, true).GetString(bytes); strict = true; }
            catch (System.Text.DecoderFallbackException) { strict = false; }
            Assert.Equal(strict, valid);
        }
    }
}
