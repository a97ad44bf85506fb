using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using ParallelExec.Graph;
using ParallelExec.Plans;
using Xunit;

namespace ParallelExec.Tests
{
    /// <summary>Issue 18, hangs: lines built to make a parser backtrack, and graphs built to make a drawing quadratic.</summary>
    public class HostileShapeTests
    {
        /// <summary>Reads the text as a PLAN and says how long it took; the work must be well under a second.</summary>
        private static ParallelPlan ReadFast(TempDir dir, string text, int limitMs = 1000)
        {
            var path = dir.Write("h/PLAN_H.md", text);
            Load.Plan(dir.Write("w/PLAN_W.md", "**Achievement 1.1**: warm-up (1h)\n")); // JIT and regex construction
            var sw = Stopwatch.StartNew();
            var plan = Load.Result(path).Plans.Single();
            Assert.True(sw.ElapsedMilliseconds < limitMs, $"{sw.ElapsedMilliseconds} ms");
            return plan;
        }

        [Fact]
        public void ABoldDefinitionFollowedByThousandsOfBlanksIsReadInLinearTime()
        {
            using var dir = new TempDir();
            var plan = ReadFast(dir, "**Achievement 1.1: " + new string(' ', 4000) + "\n**Achievement 1.2:" + new string(' ', 4000) + "x" +
                                     new string(' ', 4000) + "** rest\n**Achievement 1.3**" + new string('\t', 4000) + "\n");
            Assert.Equal("1.2 1.3", Load.Ids(plan)); // 1.1 has no closing ** and no separator: not a definition
            Assert.Equal("x rest", plan.Achievements[0].Title);
        }

        [Fact]
        public void ADependenciesLineWithFortyThousandIdsIsReadInLinearTime()
        {
            using var dir = new TempDir();
            var ids = string.Join(", ", Enumerable.Range(1, 40000).Select(i => "1." + i));
            var plan = ReadFast(dir, "**Achievement 1.1**: A\n\n**Achievement 1.2**: B\n- **Dependencies**: " + ids + "\n", 3000);
            Assert.Equal("1.1", Load.Deps(plan, "1.2"));
        }

        [Fact]
        public void ATitleWithAParenthesisAndFortyThousandDigitsIsReadInLinearTime()
        {
            using var dir = new TempDir();
            var digits = new string('1', 40000);
            var plan = ReadFast(dir, "**Achievement 1.1**: A (" + digits + "\n\n### Achievement 1.2: B (" + digits + " " + digits + "h\n\n" +
                                     "**Achievement 1.3**: C " + string.Concat(Enumerable.Repeat("3h ", 20000)) + "\n");
            Assert.Equal("1.1 1.2 1.3", Load.Ids(plan));
            Assert.Null(plan.Achievements[0].EstimatedHours);
            Assert.Equal("C", plan.Achievements[2].Title);
        }

        [Fact]
        public void TheBoldFormsReadAsBefore()
        {
            var text = "**Achievement 1.1**: Colon after\n**Achievement 1.2** (2h) Paren\n**Achievement 1.3**\n" +
                       "**Achievement 1.4: Inside** after\n**Achievement 1.5 – Dash inside**\n**Achievement 1.6** Title without separator\n" +
                       "**Achievement 1.7 Title without separator**\n**Achievement  1.8**:   spaced\n**Achievement 1.9: *one star\n";
            var blocks = PlanScanner.Scan(text);
            Assert.Equal(new[] { "1.1", "1.2", "1.3", "1.4", "1.5", "1.8" }, blocks.Select(b => b.Id.ToString()));
            Assert.Equal(new[] { "Colon after", "Paren", "", "Inside after", "Dash inside", "spaced" }, blocks.Select(b => b.Title));
            Assert.Equal(2, blocks[1].Estimate!.Max);
        }

        [Theory]
        [InlineData("chain")]
        [InlineData("cycle")]
        [InlineData("sequential")]
        public void TheTreeOfTwentyThousandIsLinear(string shape)
        {
            const int n = 20000;
            var sb = new StringBuilder();
            for (int i = 1; i <= n; i++)
            {
                sb.Append("**Achievement 1.").Append(i).Append("**: T").Append(i).Append(" (1h)\n");
                if (shape == "chain") sb.Append("- **Dependencies**: ").Append(i == 1 ? "None" : "1." + (i - 1)).Append('\n');
                if (shape == "cycle") sb.Append("- **Dependencies**: 1.").Append(i == 1 ? n : i - 1).Append('\n');
                sb.Append('\n');
            }
            using var dir = new TempDir();
            var plan = Load.Plan(dir.Write("t/PLAN_T.md", sb.ToString()));
            var sw = Stopwatch.StartNew();
            var lines = GraphRenderer.Tree(plan);
            long chars = lines.Sum(l => (long)l.ToString().Length);
            Assert.True(sw.ElapsedMilliseconds < 5000, $"{sw.ElapsedMilliseconds} ms");
            Assert.Equal(n + 1 + (shape == "cycle" ? 1 : 0), lines.Length); // a cycle ends on its first node, seen above
            Assert.True(chars < n * 250L, $"{chars} characters");
            int deep = TreeDrawing.MaxDepth + 2; // line 0 is the title; line k is 1.k, at depth k - 1
            Assert.Equal("[" + (deep - 1) + "] └── ○ 1." + deep + " T" + deep + " (1h)" + (shape == "cycle" ? "" : " *"),
                lines[deep].ToString().TrimStart());
            sw.Restart();
            Assert.Contains("a1_2 --> a1_3", GraphRenderer.Mermaid(plan), StringComparison.Ordinal);
            Assert.Contains("\"1.2\" -> \"1.3\"", GraphRenderer.Dot(plan), StringComparison.Ordinal);
            Assert.True(sw.ElapsedMilliseconds < 5000, $"{sw.ElapsedMilliseconds} ms");
        }

        [Fact]
        public void ATreeDeeperThanTheIndentationShowsTheDepth()
        {
            using var dir = new TempDir();
            var text = string.Join("\n", Enumerable.Range(1, 45).Select(i => $"**Achievement 1.{i}**: T{i}\n- **Dependencies**: {(i == 1 ? "None" : $"1.{i - 1}")}\n"));
            var lines = GraphRenderer.Tree(Load.Plan(dir.Write("d/PLAN_D.md", text))).Skip(1).Select(l => l.ToString()).ToArray();
            Assert.Equal("    └── ○ 1.3 T3 *", lines[2]);
            Assert.Equal(new string(' ', 4 * (TreeDrawing.MaxDepth - 1)) + "└── ○ 1.41 T41 *", lines[TreeDrawing.MaxDepth]);
            Assert.Equal(new string(' ', 4 * (TreeDrawing.MaxDepth - 1)) + "[41] └── ○ 1.42 T42 *", lines[TreeDrawing.MaxDepth + 1]);
            Assert.Equal(new string(' ', 4 * (TreeDrawing.MaxDepth - 1)) + "[44] └── ○ 1.45 T45 *", lines[44]);
        }
    }
}
