using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ParallelExec.Plans;
using Xunit;

namespace ParallelExec.Tests
{
    /// <summary>
    /// The hand-written id scan of Dependencies and Blocks lines (FieldReader.NextIdMention) finds what the regex it
    /// replaced finds, at the same places: on hand-picked edges and on 20,000 random strings over the characters that
    /// matter (digits 0-9, other scripts' digits, dots, letters, spaces).
    /// </summary>
    public class IdMentionTests
    {
        private static readonly Regex IdMention = new Regex(@"(?<![\d.])([0-9]{1,9})\.([0-9]{1,9})(?![.\d])", RegexOptions.CultureInvariant);

        private static List<(int Index, int End, int Major, int Minor)> ByRegex(string s)
        {
            var found = new List<(int, int, int, int)>();
            for (var m = IdMention.Match(s); m.Success; m = m.NextMatch())
                found.Add((m.Index, m.Index + m.Length, int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value)));
            return found;
        }

        private static List<(int Index, int End, int Major, int Minor)> ByScan(string s)
        {
            var found = new List<(int, int, int, int)>();
            for (int at = 0; FieldReader.NextIdMention(s, ref at, out var index, out var major, out var minor);) found.Add((index, at, major, minor));
            return found;
        }

        [Theory]
        [InlineData("1.1, 1.2 and 10.20")]
        [InlineData("1.2.3 v1.2 1.2. .1.2 1..2 1.")]
        [InlineData("123456789.987654321 1234567890.1 1.1234567890")]
        [InlineData("١.١ 1.١ ١1.1 1.1١ ５.1 1.1５")]
        [InlineData("(1.1) [2.3]; 4.5-6.7 1.1a a1.1 0.0 00.01")]
        [InlineData("")]
        public void FindsWhatTheRegexFinds(string s) => Assert.Equal(ByRegex(s), ByScan(s));

        [Fact]
        public void FindsWhatTheRegexFindsOnRandomStrings()
        {
            const string alphabet = "0123456789..........  ,a١５\u0966-";
            var rng = new Random(17);
            int mentions = 0;
            for (int n = 0; n < 20000; n++)
            {
                var sb = new StringBuilder();
                int length = rng.Next(0, 40);
                for (int k = 0; k < length; k++) sb.Append(alphabet[rng.Next(alphabet.Length)]);
                var s = sb.ToString();
                var expected = ByRegex(s);
                mentions += expected.Count;
                Assert.True(expected.SequenceEqual(ByScan(s)), s);
            }
            Assert.True(mentions > 1000, $"only {mentions} mentions in the random strings");
        }
    }
}
