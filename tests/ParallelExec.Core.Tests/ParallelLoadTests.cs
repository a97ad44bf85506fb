using System.Collections.Generic;
using System.IO;
using System.Linq;
using ParallelExec.Plans;
using ParallelExec.Status;
using Xunit;

namespace ParallelExec.Tests
{
    /// <summary>Plans read at once (several paths, several plan roots) come back as reading them one by one gives them.</summary>
    public class ParallelLoadTests
    {
        private static string Write(TempDir dir, string folder, string name, bool done)
        {
            var path = dir.Write($"{folder}/PLAN_{name}.md", $"# PLAN: {name}\n\n**Achievement 1.1**: First (2h)\n\n**Achievement 1.2**: Second (1h)\n- **Dependencies**: 1.1\n");
            var sub = dir.Write($"{folder}/subplans/SUBPLAN_{name}_11.md", "# SUBPLAN: Achievement 1.1\n\n**Achievement**: 1.1\n**Status**: " + (done ? "✅ Complete" : "In progress") + "\n");
            Assert.True(File.Exists(sub));
            return path;
        }

        [Fact]
        public void PathsReadAtOnceComeBackInTheirOrderWithTheirErrors()
        {
            using var dir = new TempDir();
            var paths = new List<string>();
            for (int i = 0; i < 7; i++) paths.Add(Write(dir, $"p{i}", $"P{i}", i % 2 == 0));
            paths.Insert(3, Path.Combine(dir.Path, "missing", "PLAN_NONE.md"));
            var loads = PlanLoads.LoadAll(paths, new PlanLoadOptions());
            Assert.Equal(paths.Count, loads.Length);
            Assert.NotNull(loads[3].Error);
            Assert.Null(loads[3].Result);
            var names = loads.Where(l => l.Result != null).Select(l => l.Result!.Plans.Single().Name).ToList();
            Assert.Equal(new[] { "P0", "P1", "P2", "P3", "P4", "P5", "P6" }, names);
            for (int k = 0; k < paths.Count; k++)
            {
                if (k == 3) continue;
                var one = PlanLoader.Load(paths[k], new PlanLoadOptions());
                Assert.Equal(one.Plans[0].Statuses.Select(s => s.Status), loads[k].Result!.Plans[0].Statuses.Select(s => s.Status));
            }
        }

        [Fact]
        public void AWorkspaceOfManyRootsIsReadInTheOrderFoundWithEachRootsStatus()
        {
            using var dir = new TempDir();
            for (int i = 0; i < 9; i++) Write(dir, $"plans/r{i}", $"R{i}", i % 3 == 0);
            var options = new PlanLoadOptions { Recurse = true, StatusCache = new StatusScanCache() };
            var result = PlanLoader.Load(dir.Path, options);
            var found = PlanLoader.FindPlanFiles(dir.Path, true, new List<PlanDiagnostic>());
            Assert.Equal(found, result.Plans.Select(p => p.PlanPath));
            for (int i = 0; i < 9; i++)
            {
                var first = result.Plans[i].Statuses.Single(s => s.Id == "1.1");
                Assert.Equal(i % 3 == 0 ? "complete" : "subplan_created", first.Status);
            }
        }
    }
}
