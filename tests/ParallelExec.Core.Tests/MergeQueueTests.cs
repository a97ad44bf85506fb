using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ParallelExec.Run;
using Xunit;

namespace ParallelExec.Tests
{
    /// <summary>Scope drift: which changed files a declared write-set does not cover (the reader's paths given directly).</summary>
    public class MergeQueueTests
    {
        [Theory]
        [InlineData("src/**", "src/a/b.cs", true)]
        [InlineData("src/**/*.cs", "src/b.cs", true)]
        [InlineData("docs/*.md", "docs/x/y.md", false)]
        [InlineData("docs/*.md", "docs/y.md", true)]
        [InlineData("README.md", "README.md", true)]
        [InlineData("README.md", "README.md.bak", false)]
        [InlineData("lib/", "lib/z.txt", true)]
        [InlineData("./lib", "lib/z.txt", true)]
        [InlineData("lib", "library.txt", false)]
        [InlineData("lib", "lib/z.txt", true)]
        public void A_declared_path_covers_files_folders_and_globs(string declared, string file, bool covered)
        {
            Assert.Equal(covered, MergeQueue.Covers(declared, file));
        }

        [Fact]
        public void Drift_is_what_no_declared_path_covers_and_nothing_when_nothing_is_declared()
        {
            var dir = Path.Combine(Path.GetTempPath(), "pe-mq-" + Guid.NewGuid().ToString("N").Substring(0, 6));
            Directory.CreateDirectory(dir);
            try
            {
                var planPath = Path.Combine(dir, "PLAN_D.md");
                File.WriteAllText(planPath, "# PLAN: D\n\n**Achievement 1.1**: A\n- **Dependencies**: None\n");
                var plan = ParallelExec.Plans.PlanLoader.Load(planPath, new ParallelExec.Plans.PlanLoadOptions()).Plans.Single();
                var a = plan.Achievements.Single();
                var declared = new MergeQueue(null!, _ => new[] { "src/", "README.md" });
                Assert.Equal(new[] { "docs/x.md" }, declared.Drift(a, new[] { "src/a.cs", "README.md", "docs/x.md" }));
                var none = new MergeQueue(null!);
                Assert.Empty(none.Drift(a, new[] { "anything.txt" }));
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }
    }
}
