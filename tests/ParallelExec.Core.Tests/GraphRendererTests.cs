using System.Linq;
using ParallelExec.Graph;
using Xunit;

namespace ParallelExec.Tests
{
    public class GraphRendererTests
    {
        private const string Diamond = "# PLAN: Diamond\n\n**Achievement 1.1**: Base (1h)\n- **Dependencies**: None\n\n**Achievement 2.1**: Left (2h)\n- **Dependencies**: 1.1\n\n" +
                                       "**Achievement 2.2**: Right (4h)\n- **Dependencies**: 1.1\n\n**Achievement 3.1**: Top (1h)\n- **Dependencies**: 2.1, 2.2\n";

        [Fact]
        public void TheTreePrintsEachAchievementOnceAndMarksLaterMentions()
        {
            using var dir = new TempDir();
            var plan = Load.Plan(dir.Write("d/PLAN_DIAMOND.md", Diamond));
            var lines = GraphRenderer.Tree(plan).Skip(1).Select(l => l.ToString()).ToArray();
            Assert.Equal(new[]
            {
                "○ 1.1 Base (1h) *",
                "├── ○ 2.1 Left (2h)",
                "│   └── ○ 3.1 Top (1h) *",
                "└── ○ 2.2 Right (4h) *",
                "    └── ○ 3.1 Top (see above)",
            }, lines);
            Assert.True(GraphRenderer.Tree(plan).Last().IsReference);
        }

        [Fact]
        public void MermaidAndDotAreDeterministicAndHighlightTheCriticalPath()
        {
            using var dir = new TempDir();
            var plan = Load.Plan(dir.Write("d/PLAN_DIAMOND.md", Diamond));
            var mmd = GraphRenderer.Mermaid(plan);
            Assert.Equal(mmd, GraphRenderer.Mermaid(Load.Plan(System.IO.Path.Combine(dir.Path, "d"))));
            Assert.StartsWith("flowchart TD\n", mmd);
            Assert.Contains("  subgraph L2[\"Level 2\"]\n    a2_1[\"2.1 Left · 2h, not_started\"]\n    a2_2[\"2.2 Right · 4h, not_started\"]\n  end\n", mmd);
            Assert.Contains("  linkStyle 1,3 stroke:#d00,stroke-width:3px\n", mmd);
            var dot = GraphRenderer.Dot(plan);
            Assert.Contains("  subgraph level_2 {\n    rank=same;\n", dot);
            Assert.Contains("  \"2.2\" -> \"3.1\" [color=red, penwidth=2.5, style=bold];\n", dot);
            Assert.Contains("  \"2.1\" -> \"3.1\";\n", dot);
            Assert.True((mmd + dot).IndexOf((char)27) < 0); // ordinal: a culture-aware search ignores ESC
        }

        [Fact]
        public void AVeryDeepChainIsDrawnWithoutRecursion()
        {
            using var dir = new TempDir();
            var text = "# PLAN: Deep\n\n" + string.Join("\n", Enumerable.Range(1, 2000).Select(i => $"**Achievement 1.{i}**: T{i} (1h)\n- **Dependencies**: {(i == 1 ? "None" : $"1.{i - 1}")}\n"));
            var plan = Load.Plan(dir.Write("d/PLAN_DEEP.md", text));
            Assert.Equal(2001, GraphRenderer.Tree(plan).Length);
        }
    }
}
