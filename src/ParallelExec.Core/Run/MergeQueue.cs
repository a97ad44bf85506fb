using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ParallelExec.Diagnostics;

namespace ParallelExec.Run;

/// <summary>
/// -Worktree's start points and -Merge's queue: a dependent's branch starts from the merge of its dependencies' branches;
/// a successful branch is integrated into the repository's current branch as soon as it is done (the engine calls in
/// dependency order): a dry run with <c>git merge-tree --write-tree</c>, then <c>git merge --no-ff</c>. A conflict never
/// touches the current branch; a failed merge is aborted so the tree is never left mid-merge. Branches are never deleted.
/// </summary>
internal sealed class MergeQueue
{
    private readonly GitWorktrees _trees;

    public MergeQueue(GitWorktrees trees, DeclaredPaths? declared = null)
    {
        _trees = trees;
        Declared = declared ?? DefaultDeclared;
    }

    /// <summary>Where an achievement's write-set comes from. The one place to wire the write-set reader.</summary>
    public DeclaredPaths Declared { get; }

    /// <summary>
    /// The achievement's write-set as the PLAN, its SUBPLAN and parallel.json declare it (<see cref="WriteSets.WriteSetReader"/>,
    /// repository-relative like git's paths); null when it declares nothing (then no drift is reported).
    /// </summary>
    public static IReadOnlyCollection<string>? DefaultDeclared(Achievement achievement)
    {
        var set = WriteSets.WriteSetReader.For(achievement);
        return set.IsEmpty ? null : set.Paths.Select(p => p.Path).ToList();
    }

    /// <summary>Refuses -Merge on a repository whose tracked files have changes (a merge there could mix them in).</summary>
    public void RequireClean()
    {
        var (code, status) = Git("status", "--porcelain", "--untracked-files=no");
        if (code != 0 || status.Trim().Length > 0 || IsMidMerge())
            throw ParallelExecException.Create(ErrorCodes.WorkingTreeDirty,
                $"-Merge merges into the current branch of '{_trees.Repository}', and its working tree has uncommitted changes{(IsMidMerge() ? " (a merge in progress)" : "")}; nothing was run.",
                _trees.Repository, "Commit or stash the changes (git status), or leave out -Merge.");
    }

    /// <summary>
    /// The commit an achievement's new branch starts from: HEAD without dependencies; one dependency's branch; for several,
    /// a merge commit of their branches made without touching any working tree (merge-tree + commit-tree).
    /// </summary>
    public string StartPointFor(AchievementId id, IReadOnlyList<AchievementId> dependencies, bool merged)
    {
        // Merged dependencies are on the current branch already: start from it.
        if (dependencies.Count == 0 || merged) return "HEAD";
        var branches = dependencies.Select(_trees.BranchOf).Where(BranchExists).ToList();
        if (branches.Count == 0) return "HEAD";
        string start = Rev(branches[0]);
        foreach (var b in branches.Skip(1))
        {
            var (code, output) = Git("merge-tree", "--write-tree", "--name-only", "--no-messages", start, b);
            var lines = Lines(output);
            if (code != 0)
                throw ParallelExecException.Create(ErrorCodes.MergeConflict,
                    $"The branches of {id}'s dependencies conflict, so its branch has no start point: {string.Join(", ", lines.Skip(1))}.",
                    _trees.Repository, "Merge the dependencies' branches by hand (git merge), or add an edge between them.");
            var (rc, commit) = Git("commit-tree", lines[0], "-p", start, "-p", Rev(b), "-m", $"parallel: start of {id} (merge of its dependencies)");
            if (rc != 0)
                throw ParallelExecException.Create(ErrorCodes.MergeFailed, $"git commit-tree for the start of {id} failed: {commit.Trim()}",
                    _trees.Repository, "Check the repository (git fsck), and that user.name and user.email are set.");
            start = commit.Trim();
        }
        return start;
    }

    /// <summary>Integrates an achievement's branch into the current branch: dry run, then merge; reports scope drift.</summary>
    public MergeOutcome Merge(Achievement achievement)
    {
        var branch = _trees.BranchOf(achievement.Key);
        var head = Rev("HEAD");
        var (code, output) = Git("merge-tree", "--write-tree", "--name-only", "--no-messages", "HEAD", branch);
        if (code == 1)
            return new MergeOutcome(null, Lines(output).Skip(1).ToArray(), null, Array.Empty<string>());
        if (code != 0)
            return new MergeOutcome(null, Array.Empty<string>(), "git merge-tree failed: " + output.Trim(), Array.Empty<string>());
        var changed = Lines(Git("diff", "--name-only", head + "..." + branch).Output);
        var (rc, merged) = Git("merge", "--no-ff", "--no-edit", "-m", $"Merge {branch} ({achievement.Key} {achievement.Title})", branch);
        if (rc != 0)
        {
            if (IsMidMerge()) Git("merge", "--abort");
            return new MergeOutcome(null, Array.Empty<string>(), "git merge failed: " + merged.Trim(), Array.Empty<string>());
        }
        return new MergeOutcome(Rev("HEAD"), Array.Empty<string>(), null, Drift(achievement, changed));
    }

    /// <summary>The changed files no declared path or glob covers; none when the achievement declares nothing.</summary>
    internal string[] Drift(Achievement achievement, IEnumerable<string> changed)
    {
        var declared = Declared(achievement);
        if (declared == null || declared.Count == 0) return Array.Empty<string>();
        var paths = declared.Select(AsDeclared).ToList();
        return changed.Where(f => !paths.Any(p => Covers(p, f))).ToArray();
    }

    /// <summary>
    /// A declared path covers a changed file as the conflict check overlaps them (<see cref="WriteSets.GlobMatch"/>): the
    /// file itself, a folder above it, or a glob matching it (Microsoft.Extensions.FileSystemGlobbing: * and **).
    /// </summary>
    internal static bool Covers(string declared, string file) => Covers(AsDeclared(declared), file);

    private static bool Covers(WriteSets.DeclaredPath declared, string file) =>
        WriteSets.GlobMatch.Overlap(declared, new WriteSets.DeclaredPath(file, "", 0));

    /// <summary>A declared path as the write-set reader writes it: forward slashes, no leading ./, a folder as its glob (dir/**).</summary>
    private static WriteSets.DeclaredPath AsDeclared(string declared)
    {
        var d = declared.Replace('\\', '/').Trim();
        while (d.StartsWith("./", StringComparison.Ordinal)) d = d.Substring(2);
        d = d.TrimStart('/');
        if (d.EndsWith('/')) d += "**";
        return new WriteSets.DeclaredPath(d, "", 0);
    }

    public string? BranchHead(AchievementId id) => BranchExists(_trees.BranchOf(id)) ? Rev(_trees.BranchOf(id)) : null;

    private bool BranchExists(string branch) => Git("rev-parse", "--verify", "--quiet", "refs/heads/" + branch).Code == 0;

    private bool IsMidMerge() => Git("rev-parse", "--verify", "--quiet", "MERGE_HEAD").Code == 0;

    private string Rev(string rev) => Git("rev-parse", rev).Output.Trim();

    private (int Code, string Output) Git(params string[] args) => GitWorktrees.Run(_trees.Git, _trees.Repository, args);

    private static string[] Lines(string output) =>
        output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();
}
