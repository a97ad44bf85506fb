using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ParallelExec.Plans;
using Xunit;

namespace ParallelExec.Tests
{
    /// <summary>Fixtures of the status tests: a plan folder with SUBPLAN, EXECUTION_TASK and feedback files.</summary>
    public abstract class StatusTestBase
    {
        /// <summary>A PLAN whose achievements declare their dependencies ("1.2<1.1" depends on 1.1; "1.1" on nothing).</summary>
        protected static string PlanText(params string[] specs)
        {
            var sb = new StringBuilder("# PLAN: Fixture\n\n");
            foreach (var spec in specs)
            {
                var parts = spec.Split('<');
                sb.Append($"**Achievement {parts[0]}**: Task {parts[0]}\n");
                sb.Append("- **Dependencies**: ").Append(parts.Length > 1 ? parts[1].Replace('+', ',') : "None").Append("\n\n");
            }
            return sb.ToString();
        }

        protected static string Subplan(string? id, string extra = "") =>
            "# SUBPLAN: Something\n\n" + (id == null ? "" : $"**Achievement**: {id}\n") + "**Status**: Design Phase\n\n## Objective\n\nDo it.\n" + extra;

        protected static string Execution(string? id, string status) =>
            "# EXECUTION_TASK: Something\n\n" + (id == null ? "" : $"**Achievement**: {id}\n") + $"**Status**: {status}\n\n## Iteration Log\n";

        protected sealed class Fixture : IDisposable
        {
            public readonly TempDir Dir = new TempDir();
            public readonly string Root;
            public readonly string Name;

            public Fixture(string plan, string name = "X", bool archive = false)
            {
                Name = name;
                Root = archive ? System.IO.Path.Combine(Dir.Path, "documentation", "archive", "slug") : System.IO.Path.Combine(Dir.Path, "work-space", "plans", name);
                Write(archive ? $"planning/PLAN_{name}.md" : $"PLAN_{name}.md", plan);
            }

            public string Write(string relative, string content) => Dir.Write(System.IO.Path.Combine(Root, relative), content);
            public string Sub(string nn, string? id, string extra = "") => Write($"subplans/SUBPLAN_{Name}_{nn}.md", Subplan(id, extra));
            public string Exec(string nnmm, string? id, string status) => Write($"execution/EXECUTION_TASK_{Name}_{nnmm}.md", Execution(id, status));
            public string Feedback(string file) => Write($"execution/feedbacks/{file}", "# Review\n\nSee above.\n");

            internal PlanLoadResult Result() => Load.Result(Root);
            public ParallelPlan Plan() => Result().Plans.Single();
            public void Dispose() => Dir.Dispose();
        }

        protected static AchievementStatusInfo S(ParallelPlan p, string id) => p.Statuses.Single(s => s.Key == AchievementId.Parse(id));
        protected static string St(ParallelPlan p, string id) => S(p, id).StatusValue.ToString();
        private protected static List<PlanDiagnostic> Warnings(PlanLoadResult r, string code) => r.Diagnostics.Where(d => d.Code == code).ToList();
    }
}
