using System;
using System.Text;
using System.Text.RegularExpressions;
using ParallelExec.Status;
using Xunit;

namespace ParallelExec.Tests
{
    /// <summary>
    /// The hand-written reading of a section's opening line (PlanMarkReader.TrySectionStart) agrees with the regex it
    /// replaced, on hand-picked lines and on 30,000 random lines over the characters that matter.
    /// </summary>
    public class SectionStartTests
    {
        private static readonly Regex SectionStart = new Regex(
            @"^(?:#{2,5}[ \t]+(?:[^\sA-Za-z0-9]+[ \t]*)?|\*\*)Achievement[ \t]+(?<id>[0-9]{1,9}\.[0-9]{1,9})(?![0-9.])",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        private static string ByRegex(string line)
        {
            var m = SectionStart.Match(line);
            return m.Success && AchievementId.TryParse(m.Groups["id"].Value, out var id) ? id.ToString() : "-";
        }

        private static string ByHand(string line) =>
            PlanMarkReader.TrySectionStart(line, 0, line.Length, out var id) ? id.ToString() : "-";

        [Theory]
        [InlineData("### Achievement 2.1: Title")]
        [InlineData("## ✅ Achievement 2.1 - Done")]
        [InlineData("#### **Achievement 1.10**")]
        [InlineData("**Achievement 3.4**: Bold")]
        [InlineData("**achievement 3.04**")]
        [InlineData("# Achievement 1.1")]
        [InlineData("###### Achievement 1.1")]
        [InlineData("###Achievement 1.1")]
        [InlineData("### Achievement 1.1.2")]
        [InlineData("### Achievement 1.")]
        [InlineData("### Achievement 1234567890.1")]
        [InlineData("### Achievement 1.1234567890")]
        [InlineData("### Achievement 123456789.123456789 ok")]
        [InlineData("### Achievements 1.1")]
        [InlineData("### Achievement\t1.1")]
        [InlineData("### \t🎯  Achievement 1.1")]
        [InlineData("### 🎯Achievement 1.1")]
        [InlineData("### x Achievement 1.1")]
        [InlineData("*Achievement 1.1*")]
        [InlineData("** Achievement 1.1**")]
        [InlineData("### Achievement ١.١")]
        public void AgreesWithTheRegexOnEdges(string line) => Assert.Equal(ByRegex(line), ByHand(line));

        [Fact]
        public void AgreesWithTheRegexOnRandomLines()
        {
            var parts = new[] { "#", "##", "###", "**", "*", " ", "\t", "Achievement", "achievement", "Achievements", "chievement", "A",
                "1", "2", "0", "12", "123456789", "1234567890", ".", "..", "✅", "🎯", "-", ":", "x", "١", "\u00A0" };
            var rng = new Random(1729);
            int agreed = 0, found = 0;
            for (int n = 0; n < 30000; n++)
            {
                var sb = new StringBuilder();
                // Start like a section line most of the time, so that the interesting paths are walked.
                if (rng.Next(3) > 0) sb.Append(rng.Next(2) == 0 ? "### " : "**").Append(rng.Next(2) == 0 ? "Achievement " : "");
                if (rng.Next(2) == 0) sb.Append(parts[12 + rng.Next(6)]).Append('.').Append(parts[12 + rng.Next(6)]);
                int count = rng.Next(1, 9);
                for (int k = 0; k < count; k++) sb.Append(parts[rng.Next(parts.Length)]);
                var line = sb.ToString();
                var expected = ByRegex(line);
                Assert.True(expected == ByHand(line), $"'{line}': regex {expected}, by hand {ByHand(line)}");
                agreed++;
                if (expected != "-") found++;
            }
            Assert.Equal(30000, agreed);
            Assert.True(found > 1000, $"only {found} random lines opened a section: the generator does not reach the matching paths");
        }
    }

    /// <summary>A definition line's mark read in place (StatusMarks.Find over a range) is the mark of the line cut out.</summary>
    public class StatusMarkInPlaceTests
    {
        [Theory]
        [InlineData("PLAN COMPLETE", 5)]
        [InlineData("DESIGN COMPLETE tail", 0)]
        [InlineData("x DESIGN COMPLETE", 2)]
        [InlineData("**Achievement 1.1**: Title ✅ **Done**", 0)]
        [InlineData("before ✅ | **Achievement 1.2**: DONE", 9)]
        [InlineData("PHASE 1 COMPLETE", 8)]
        [InlineData("nothing here", 0)]
        public void IsTheMarkOfTheLineCutOut(string text, int start)
        {
            foreach (int end in new[] { text.Length, Math.Max(start, text.Length - 2) })
                Assert.Equal(StatusMarks.Find(text.Substring(start, end - start)), StatusMarks.Find(text, start, end));
        }
    }
}
