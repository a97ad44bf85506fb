using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using ParallelExec.WriteSets;
using Xunit;

namespace ParallelExec.Tests.WriteSets
{
    public class WriteSetTests
    {
        [Theory]
        [InlineData("src/app.py")]
        [InlineData("setup.py")]
        [InlineData("docs/")]
        [InlineData("src/**/*.cs")]
        [InlineData("*.md")]
        [InlineData("LLM/guides/GRAMMAPLAN-GUIDE.md")]
        [InlineData("./notes/today.md")]
        [InlineData(@"src\ParallelExec\Model")]
        public void Paths_are_paths(string text) => Assert.True(PathText.LooksLikePath(text), text);

        [Theory]
        [InlineData("true")]
        [InlineData("None")]
        [InlineData("os.path")]
        [InlineData("self.client")]
        [InlineData("pytest -k cart")]
        [InlineData("https://example.com/a.py")]
        [InlineData("1.1")]
        [InlineData("--force")]
        [InlineData("$env:PATH")]
        [InlineData("e.g.")]
        [InlineData("v1.2")]
        [InlineData("run()")]
        [InlineData("1/2")]
        [InlineData("key=value")]
        [InlineData("<file>.md")]
        public void Words_commands_and_urls_are_not(string text) => Assert.False(PathText.LooksLikePath(text), text);

        [Fact]
        public void Normalises_relative_to_the_repository_root()
        {
            var root = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "repo"));
            var folder = Path.Combine(root, "work-space", "plans", "X");
            Assert.Equal("src/app.py", PathText.Normalize("src/app.py", root, folder));
            Assert.Equal("src/app.py", PathText.Normalize("./../../../src/app.py", root, folder));
            Assert.Equal("work-space/plans/X/notes.md", PathText.Normalize("./notes.md", root, folder));
            Assert.Equal("docs/**", PathText.Normalize("docs/", root, folder));
            Assert.Equal("src/a/b.cs", PathText.Normalize(@"src\a\b.cs", root, folder));
            Assert.Equal("src/app.py", PathText.Normalize("src/app.py:", root, folder));
            Assert.Null(PathText.Normalize("true", root, folder));
        }

        [Fact]
        public void A_subplan_declares_its_write_parts_and_not_what_it_reads()
        {
            const string text = "# SUBPLAN\n"                                   // 1
                + "## 📋 What Needs to Be Created\n"                            // 2
                + "### Files to Audit\n"                                        // 3
                + "- `LLM/templates/READ-ONLY.md`\n"                            // 4
                + "### Files to Create\n"                                       // 5
                + "- `src/new_module.py` (uses `true` and `pytest -q`)\n"       // 6
                + "```\n"                                                       // 7
                + "`src/in_a_fence.py`\n"                                       // 8
                + "```\n"                                                       // 9
                + "**Current Structure**:\n"                                    // 10
                + "- `old/layout.md`\n"                                         // 11
                + "**Files to Modify**:\n"                                      // 12
                + "- `src/existing.py`\n"                                       // 13
                + "## 🧪 Tests\n"                                               // 14
                + "- `tests/not_declared.py`\n"                                 // 15
                + "## 🔍 Conflict Analysis with Other Subplans\n"               // 16
                + "- Overlap: 2.1 writes `alerts/`; this one writes `src/shared.py`\n" // 17
                + "## 📚 References\n"                                          // 18
                + "- `docs/reference.md`\n"                                     // 19
                + "## Deliverables\n"                                           // 20
                + "- `load()`: Reads `LLM/CONTEXT.md` and writes `out/ctx.md`\n"  // 21
                + "### Files to Execute (No Modifications)\n"                   // 22
                + "- `scripts/run.sh`\n";                                       // 23
            var root = Path.GetFullPath(Path.GetTempPath());
            var found = WriteSetText.Read(text, Path.Combine(root, "SUBPLAN_X_11.md"), 1, root);
            Assert.Equal(new[] { "src/new_module.py:6", "src/existing.py:13", "src/shared.py:17", "out/ctx.md:21" }, found.Select(p => $"{p.Path}:{p.Line}"));
            Assert.All(found, p => Assert.Equal("SUBPLAN_X_11.md", p.File));
        }

        [Fact]
        public void A_location_line_places_the_file_named_before_it_in_its_folder()
        {
            const string text = "## Deliverables\n1. **`Report.md`**\n\n   - Location: `documentation/`\n2. `other/`\n"
                + "3. `builder.py` in `LLM/scripts/` (following `old.py` and `docs/`)\n";
            var root = Path.GetFullPath(Path.GetTempPath());
            var found = WriteSetText.Read(text, Path.Combine(root, "SUBPLAN_X_11.md"), 1, root);
            Assert.Equal(new[] { "documentation/Report.md:2", "other/**:5", "LLM/scripts/builder.py:6", "docs/**:6" }, found.Select(p => $"{p.Path}:{p.Line}"));
        }

        [Theory]
        [InlineData("src/app.py", "src/app.py", true)]
        [InlineData("src/app.py", "src/cart.py", false)]
        [InlineData("src/a", "src/a/b.py", true)]
        [InlineData("src/a", "src/ab.py", false)]
        [InlineData("src/**/*.py", "src/x/y.py", true)]
        [InlineData("src/**/*.py", "docs/y.py", false)]
        [InlineData("docs/**", "docs/a/b.md", true)]
        [InlineData("*.md", "README.md", true)]
        [InlineData("src/**/*.py", "src/x/**", true)]
        [InlineData("src/a/*.py", "src/b/*.py", false)]
        [InlineData("src/a/*.py", "src/a/b/**", true)] // conservative: the folders nest
        public void Globs_overlap_what_they_match_and_globs_whose_folders_nest(string a, string b, bool overlap)
        {
            Assert.Equal(overlap, GlobMatch.Overlap(new DeclaredPath(a, "f", 1), new DeclaredPath(b, "f", 1)));
            Assert.Equal(overlap, GlobMatch.Overlap(new DeclaredPath(b, "f", 1), new DeclaredPath(a, "f", 1)));
        }

        [Fact]
        public void Pairs_only_what_may_run_at_once_transitively_and_excludes_only_conflicts()
        {
            using var dir = new TempDir();
            Directory.CreateDirectory(Path.Combine(dir.Path, ".git"));
            var plan = Load.Plan(dir.Write("plans/P/PLAN_P.md", "# PLAN: P\n\n"
                + "**Achievement 1.1**: A\n- **Dependencies**: None\n- **Deliverables**: `src/a.py`\n\n"
                + "**Achievement 2.1**: B\n- **Dependencies**: 1.1\n- **Deliverables**: `src/b.py`\n\n"
                + "**Achievement 3.1**: C\n- **Dependencies**: 2.1\n- **Deliverables**: `src/a.py`\n\n"
                + "**Achievement 3.2**: D\n- **Dependencies**: 2.1\n- **Deliverables**: `src/a.py`, `src/b.py`\n\n"
                + "**Achievement 3.3**: E\n- **Dependencies**: 2.1\n- **Goal**: nothing declared\n"));
            var found = ConflictFinder.Find(plan);
            Assert.Equal(new[] { "3.1-3.2 Conflict src/a.py", "3.3- Unknown " },
                found.Select(c => $"{c.Id}-{c.OtherId} {c.Kind} {string.Join(",", c.SharedPaths)}"));
            Assert.Equal("3.1 3.2", string.Join(" ", found[1].ConcurrentIds));
            Assert.Equal("src/a.py (plans/P/PLAN_P.md:13)", found[0].DeclaredAt.Single());
            var pairs = ConflictFinder.ExclusionPairs(plan);
            Assert.Equal(new[] { "3.1/3.2" }, pairs.Select(p => $"{p.First}/{p.Second}"));
        }

        [SkippableFact]
        public void Reads_the_corpus_workspace_well_under_a_second()
        {
            var repo = AppContext.BaseDirectory;
            while (repo != null && !File.Exists(Path.Combine(repo, "ParallelExec.slnx"))) repo = Path.GetDirectoryName(repo);
            var workspace = Path.GetFullPath(Path.Combine(repo ?? ".", "..", "shared", "corpus", "workspace"));
            Skip.IfNot(Directory.Exists(workspace), "the corpus is not at " + workspace);
            var plans = Load.Result(workspace, DependencyAssumption.Independent, recurse: true).Plans;
            int count = plans.Sum(p => p.Achievements.Count);
            Assert.True(count > 200, $"{count} achievements");
            var watch = Stopwatch.StartNew();
            int conflicts = plans.Sum(p => ConflictFinder.Find(p).Count(c => c.KindValue == ConflictKind.Conflict));
            watch.Stop();
            Assert.True(conflicts > 20, $"{conflicts} conflicts");
            Console.WriteLine($"conflicts of {count} achievements: {watch.ElapsedMilliseconds} ms");
            Assert.True(watch.ElapsedMilliseconds < 1000, $"{watch.ElapsedMilliseconds} ms");
        }
    }
}
