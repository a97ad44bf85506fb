using System;
using System.Linq;
using ParallelExec.Plans;
using Xunit;

namespace ParallelExec.Tests
{
    public class AchievementIdTests
    {
        [Fact]
        public void SortsNumericallyNotAsStrings()
        {
            var ids = new[] { "10.1", "1.10", "1.2", "2.1", "0.3", "1.1" }.Select(AchievementId.Parse).ToList();
            ids.Sort();
            Assert.Equal("0.3 1.1 1.2 1.10 2.1 10.1", string.Join(" ", ids));
        }

        [Theory]
        [InlineData("1.1", 1, 1, "11")]
        [InlineData("10.2", 10, 2, "102")]
        [InlineData("1.10", 1, 10, "110")]
        [InlineData(" 2.3 ", 2, 3, "23")]
        public void ParsesAndMapsToTheFileSuffix(string text, int major, int minor, string suffix)
        {
            var id = AchievementId.Parse(text);
            Assert.Equal(major, id.Major);
            Assert.Equal(minor, id.Minor);
            Assert.Equal(suffix, id.FileSuffix);
            Assert.Equal(text.Trim(), id.ToString());
        }

        [Fact]
        public void NumberedIdsHaveNoMinor()
        {
            var id = AchievementId.Parse("3");
            Assert.Null(id.Minor);
            Assert.Equal("3", id.ToString());
            Assert.True(AchievementId.Parse("3") < AchievementId.Parse("3.0"));
        }

        [Theory]
        [InlineData("")]
        [InlineData("a.b")]
        [InlineData("1.")]
        [InlineData(".1")]
        [InlineData("1.1.1")]
        [InlineData("-1.2")]
        [InlineData("99999999999.1")]
        public void RejectsWhatIsNotAnId(string text)
        {
            Assert.False(AchievementId.TryParse(text, out _));
            Assert.Throws<FormatException>(() => AchievementId.Parse(text));
        }

        [Fact]
        public void EqualsOnlyAnEqualIdAndHashesAlike()
        {
            var id = AchievementId.Parse("1.10");
            Assert.True(id.Equals((object)AchievementId.Parse("1.10")));
            Assert.Equal(id.GetHashCode(), AchievementId.Parse("1.10").GetHashCode());
            // Equal objects must hash alike: a string is not an id, whatever it says (PowerShell converts it before -eq).
            Assert.False(id.Equals((object)"1.10"));
            Assert.False(id.Equals((object)1.1));
            Assert.Equal(AchievementId.Parse("1.1"), (AchievementId)1.1);
            Assert.Equal(AchievementId.Parse("3"), (AchievementId)3);
            Assert.False(AchievementId.Parse("1.1").Equals(AchievementId.Parse("11.0")));
            Assert.NotEqual(AchievementId.Parse("1.11"), AchievementId.Parse("11.1"));
            Assert.Equal(0, id.CompareTo((object)"1.10"));
            Assert.True(id.CompareTo((object)"1.9") > 0);
        }
    }

    public class EstimateTests
    {
        [Theory]
        [InlineData("⏱️ 4-6 hours", 4, 6)]
        [InlineData("(4-6h)", 4, 6)]
        [InlineData("(1-1.5h)", 1, 1.5)]
        [InlineData("2-3 hours (completed)", 2, 3)]
        [InlineData("30 minutes", 0.5, 0.5)]
        [InlineData("~25 minutes (completed)", 0.42, 0.42)]
        [InlineData("3h", 3, 3)]
        [InlineData("1 hour", 1, 1)]
        [InlineData("2–3 hours", 2, 3)]
        [InlineData("6 to 8 hrs", 6, 8)]
        public void ReadsTheFormsPlansUse(string text, double min, double max)
        {
            var e = EstimateParser.Parse(text);
            Assert.NotNull(e);
            Assert.Equal(min, e!.Min, 2);
            Assert.Equal(max, e.Max, 2);
        }

        [Theory]
        [InlineData("")]
        [InlineData("Top 10 Metrics")]
        [InlineData("Phase 2 Migration")]
        [InlineData("no estimate here")]
        public void FindsNothingWhereThereIsNoEstimate(string text) => Assert.Null(EstimateParser.Parse(text));

        [Fact]
        public void PrintsAsARange()
        {
            Assert.Equal("4-6h", new EstimateRange(4, 6).ToString());
            Assert.Equal("2h", new EstimateRange(2, 2).ToString());
            Assert.Equal(new EstimateRange(6, 9), new EstimateRange(4, 6) + new EstimateRange(2, 3));
            Assert.Throws<ArgumentOutOfRangeException>(() => new EstimateRange(3, 2));
        }
    }

    public class TitleTests
    {
        [Theory]
        [InlineData("Parallel Discovery Prompt Created (4-6h)", "Parallel Discovery Prompt Created")]
        [InlineData("Stage Selection & Partial Runs Implemented ✅", "Stage Selection & Partial Runs Implemented")]
        [InlineData("Entity Mention ID Mapping Fixed ⚠️ **CRITICAL**", "Entity Mention ID Mapping Fixed")]
        [InlineData("API Review **COMPLETE**", "API Review")]
        [InlineData("Parallel Discovery Prompt Created ⏱️ 4-6 hours", "Parallel Discovery Prompt Created")]
        [InlineData("Validation Scripts (IMPL-TOOLING-002) - 3h", "Validation Scripts (IMPL-TOOLING-002)")]
        [InlineData("Rename Operations Executed (If Needed)", "Rename Operations Executed (If Needed)")]
        [InlineData("Setup Done (completed) - ✅ COMPLETE", "Setup Done")]
        public void CleansDecorations(string raw, string title) => Assert.Equal(title, TitleCleaner.Clean(raw).Title);

        [Fact]
        public void KeepsTheEstimateItRemoves() => Assert.Equal(new EstimateRange(4, 6), TitleCleaner.Clean("X (4-6h)").Estimate);
    }
}
