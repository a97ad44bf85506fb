using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using ParallelExec.Diagnostics;

namespace ParallelExec.Run;

/// <summary>
/// One git worktree per achievement, on branch <c>parallel/&lt;plan&gt;/&lt;id&gt;</c>, in
/// <c>&lt;repo&gt;/../&lt;repo name&gt;.parallel/&lt;plan&gt;/&lt;id&gt;</c> (beside the repository, never inside it).
/// </summary>
internal sealed class GitWorktrees
{
    private readonly string _git;

    /// <summary>The git program.</summary>
    public string Git => _git;

    private GitWorktrees(string git, string repository, string planName)
    {
        _git = git;
        Repository = repository;
        PlanName = SafeName(planName);
        var parent = Path.GetDirectoryName(repository.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)) ?? repository;
        Root = Path.Combine(parent, Path.GetFileName(repository.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)) + ".parallel", PlanName);
    }

    /// <summary>The repository's top folder.</summary>
    public string Repository { get; }
    public string PlanName { get; }

    /// <summary>The folder holding this plan's worktrees.</summary>
    public string Root { get; }

    /// <summary>Finds the repository holding the plan root; throws NotAGitRepository when there is none.</summary>
    public static GitWorktrees For(string git, string planRoot, string planName)
    {
        var (code, output) = Run(git, planRoot, "rev-parse", "--show-toplevel");
        if (code != 0 || string.IsNullOrWhiteSpace(output))
            throw ParallelExecException.Create(ErrorCodes.NotAGitRepository,
                $"-Worktree needs the plan to be inside a git repository; '{planRoot}' is not ({output.Trim()}).", planRoot,
                "Run git init (and commit) in the plan's repository, or leave out -Worktree.");
        return new GitWorktrees(git, Path.GetFullPath(output.Trim()), planName);
    }

    public string BranchOf(AchievementId id) => BranchName(PlanName, id);

    /// <summary>An achievement's branch, <c>parallel/&lt;plan&gt;/&lt;id&gt;</c> (also the branch an exported workflow names).</summary>
    internal static string BranchName(string planName, AchievementId id) => $"parallel/{SafeName(planName)}/{id}";

    public string PathOf(AchievementId id) => Path.Combine(Root, id.ToString());

    /// <summary>
    /// The achievement's worktree: an existing one is reused (a retry or a resumed run keeps its work); otherwise it is
    /// created from the repository's current HEAD, on its branch (created there, or reused when it exists already).
    /// </summary>
    public string Ensure(AchievementId id, string startPoint = "HEAD")
    {
        var path = PathOf(id);
        if (Directory.Exists(path) && File.Exists(Path.Combine(path, ".git"))) return path;
        Directory.CreateDirectory(Root);
        var branch = BranchOf(id);
        var (exists, _) = Run(_git, Repository, "rev-parse", "--verify", "--quiet", "refs/heads/" + branch);
        var (code, output) = exists == 0
            ? Run(_git, Repository, "worktree", "add", path, branch)
            : Run(_git, Repository, "worktree", "add", "-b", branch, path, startPoint);
        if (code != 0)
            throw ParallelExecException.Create(ErrorCodes.WorktreeNotCreated,
                $"git worktree add for {id} failed: {output.Trim()}", path,
                "Check that the repository has a commit and that the branch is not checked out elsewhere (git worktree list).");
        return path;
    }

    /// <summary>Where a path of the repository (such as the plan root) lies inside an achievement's worktree.</summary>
    public string MapInto(string worktree, string path)
    {
        var repo = Repository.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(path);
        if (string.Equals(full.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar), repo.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal)) return worktree;
        return full.StartsWith(repo, StringComparison.Ordinal) ? Path.Combine(worktree, full.Substring(repo.Length)) : full;
    }

    /// <summary>The worktree's HEAD commit.</summary>
    public string HeadOf(string worktree) => Run(_git, worktree, "rev-parse", "HEAD").Output.Trim();

    /// <summary>Removes a worktree when it has no uncommitted or untracked change; its branch (and commits) stay.</summary>
    /// <returns>Null when removed, else why it was kept.</returns>
    public string? RemoveIfClean(string worktree)
    {
        if (!Directory.Exists(worktree)) return null;
        var (code, status) = Run(_git, worktree, "status", "--porcelain");
        if (code != 0) return "git status failed: " + status.Trim();
        if (status.Trim().Length > 0) return "it has uncommitted changes";
        var (rc, output) = Run(_git, Repository, "worktree", "remove", worktree);
        return rc == 0 ? null : "git worktree remove failed: " + output.Trim();
    }

    internal static string SafeName(string name)
    {
        var sb = new StringBuilder();
        foreach (char c in name) sb.Append(char.IsLetterOrDigit(c) || c == '-' || c == '_' || c == '.' ? c : '-');
        var s = sb.ToString().Trim('.', '-');
        return s.Length == 0 ? "plan" : s;
    }

    internal static (int Code, string Output) Run(string git, string directory, params string[] args)
    {
        var psi = new ProcessStartInfo(git, string.Join(" ", args.Select(CommandLine.Quote)))
        {
            WorkingDirectory = directory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, output + err.Result);
    }
}
