using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ParallelExec.Plans;

namespace ParallelExec.Tests
{
    /// <summary>A temporary folder that tests write their own fixtures into.</summary>
    public sealed class TempDir : IDisposable
    {
        public TempDir()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pe-tests-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public string Write(string relative, string content)
        {
            var full = System.IO.Path.Combine(Path, relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content, new UTF8Encoding(false));
            return full;
        }

        public string WriteBytes(string relative, byte[] content)
        {
            var full = System.IO.Path.Combine(Path, relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, content);
            return full;
        }

        public void Dispose()
        {
            try { Directory.Delete(Path, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    internal static class Load
    {
        public static ParallelPlan Plan(string path, DependencyAssumption assume = DependencyAssumption.Sequential) =>
            Result(path, assume).Plans.Single();

        public static PlanLoadResult Result(string path, DependencyAssumption assume = DependencyAssumption.Sequential, bool recurse = false) =>
            PlanLoader.Load(path, new PlanLoadOptions { Assumption = assume, Recurse = recurse });

        public static string Ids(ParallelPlan p) => string.Join(" ", p.Achievements.Select(a => a.Key.ToString()));

        public static string Deps(ParallelPlan p, string id) =>
            string.Join(",", p.Find(AchievementId.Parse(id))!.DependencyKeys.Select(d => d.ToString()));

        /// <summary>The seed plan: the repository's byte-identical copy in examples/seed/.</summary>
        public static string? SeedPath()
        {
            var env = Environment.GetEnvironmentVariable("PARALLELEXEC_SEED");
            if (!string.IsNullOrEmpty(env) && File.Exists(env)) return env;
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, "examples", "seed", "PLAN_PARALLEL-EXECUTION-AUTOMATION.md");
                if (File.Exists(candidate)) return System.IO.Path.GetFullPath(candidate);
                dir = dir.Parent;
            }
            return null;
        }
    }
}
