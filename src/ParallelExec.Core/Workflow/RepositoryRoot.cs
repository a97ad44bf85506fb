using System.IO;

namespace ParallelExec.Workflow;

/// <summary>The git repository a path lies in, found from the file system (a <c>.git</c> folder or worktree file), without git.</summary>
internal static class RepositoryRoot
{
    /// <summary>The top folder of the repository holding <paramref name="path"/>, or null when none holds it.</summary>
    public static string? Find(string path)
    {
        var folder = Directory.Exists(path) ? Path.GetFullPath(path) : Path.GetDirectoryName(Path.GetFullPath(path));
        while (!string.IsNullOrEmpty(folder))
        {
            var git = Path.Combine(folder, ".git");
            if (Directory.Exists(git) || File.Exists(git)) return folder;
            folder = Path.GetDirectoryName(folder);
        }
        return null;
    }
}
