using System.IO;
using System.Linq;
using ParallelExec.Graph;
using Xunit;

namespace ParallelExec.Tests.WriteSets
{
    public class ConflictGraphTests
    {
        private static ParallelPlan Plan(TempDir dir)
        {
            Directory.CreateDirectory(Path.Combine(dir.Path, ".git"));
            return Load.Plan(dir.Write("PLAN_G.md", "# PLAN: G\n\n"
                + "**Achievement 1.1**: A\n- **Dependencies**: None\n- **Deliverables**: `src/a.py`\n\n"
                + "**Achievement 1.2**: B\n- **Dependencies**: None\n- **Deliverables**: `src/a.py`\n\n"
                + "**Achievement 1.3**: C\n- **Dependencies**: None\n- **Deliverables**: `src/c.py`\n"), DependencyAssumption.Independent);
        }

        [Fact]
        public void Mermaid_draws_a_conflicting_pair_as_a_dashed_link()
        {
            using var dir = new TempDir();
            var text = GraphRenderer.Mermaid(Plan(dir));
            Assert.Contains("  a1_1 -.- a1_2\n", text);
            Assert.DoesNotContain("a1_3 -.-", text);
        }

        [Fact]
        public void Dot_draws_it_dashed_without_an_arrow()
        {
            using var dir = new TempDir();
            Assert.Contains("  \"1.1\" -> \"1.2\" [style=dashed, dir=none", GraphRenderer.Dot(Plan(dir)));
        }

        [Fact]
        public void The_menu_reports_the_conflicts_of_the_current_level()
        {
            using var dir = new TempDir();
            var lines = new Menu.ParallelMenu(Plan(dir)).Problems().Select(l => l.ToString()).ToArray();
            Assert.Equal(new[] { "! [WriteSetConflict] Level 1: 1.1 and 1.2 both write src/a.py. Fix: add 1.1 to the Dependencies of 1.2, or run them one after the other." }, lines);
        }

        [Fact]
        public void The_tree_lists_it_below()
        {
            using var dir = new TempDir();
            Assert.EndsWith("Write conflicts (run one after the other):\n  1.1 ┄┄ 1.2\n", GraphRenderer.TreeText(Plan(dir)));
        }
    }
}
