using System;
using System.IO;
using System.Linq;
using ParallelExec.Diagnostics;

namespace ParallelExec.Plans;

/// <summary>Resolves paths written in a registry against the plan folder, refusing anything that leaves it.</summary>
internal static class PlanPaths
{
    /// <summary>
    /// The full path a registry path names, or null (with the reason) when it is not a path inside the plan root.
    /// Relative paths are taken from the plan root; a path that starts with the plan root's own trailing folders
    /// (work-space/plans/NAME/subplans/…, as the seed writes them) is taken from the matching ancestor.
    /// </summary>
    public static string? Resolve(string planRoot, string path, out string problem)
    {
        problem = "";
        if (path.Contains('\0') || path.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            problem = "it holds characters that no file name may hold.";
            return null;
        }
        string root = Path.GetFullPath(planRoot).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        string normalized = path.Replace('\\', '/');
        string candidate;
        try
        {
            if (Path.IsPathRooted(normalized) || (normalized.Length > 1 && normalized[1] == ':'))
                candidate = Path.GetFullPath(normalized);
            else
            {
                candidate = Path.GetFullPath(Path.Combine(root, normalized));
                if (!File.Exists(candidate))
                {
                    var fromAncestor = FromAncestor(root, normalized);
                    if (fromAncestor != null) candidate = fromAncestor;
                }
            }
        }
        catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is PathTooLongException)
        {
            problem = "it is not a valid path.";
            return null;
        }
        if (!IsInside(root, candidate))
        {
            problem = "it points outside the plan folder.";
            return null;
        }
        return candidate;
    }

    /// <summary>
    /// True when <paramref name="candidate"/> lies below <paramref name="root"/> once every symbolic link along both
    /// paths is followed (<see cref="RealPath"/>): a folder below the root that links elsewhere is not inside it.
    /// </summary>
    public static bool IsInside(string root, string candidate)
    {
        var fullRoot = Path.GetFullPath(root).TrimEnd(Separators);
        var full = Path.GetFullPath(candidate);
        var realRoot = RealPath(fullRoot);
        // Below the root as written: only the part below it is left to follow.
        var real = IsBelow(fullRoot, full) ? Walk(realRoot, full.Substring(fullRoot.Length + 1), candidate) : RealPath(full);
        return IsBelow(realRoot, real);
    }

    /// <summary>
    /// Refuses (<c>PathOutsidePlan</c>, the path as TargetObject) a path that a writer or undo would touch when it
    /// leaves the plan root, through <c>..</c>, an absolute path or a symbolic link along it. Returns the full path.
    /// </summary>
    public static string RequireInside(string root, string path, string doing)
    {
        string full;
        try
        {
            full = Path.GetFullPath(path);
            if (IsInside(root, full)) return full;
        }
        catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is IOException)
        {
            throw ParallelExecException.Create(ErrorCodes.PathOutsidePlan, $"'{path}' is not a usable path below '{root}': {e.Message} Nothing was {doing}.",
                path, "Give a path below the plan folder, with no NUL character and no loop of links.", e);
        }
        var real = RealPath(full);
        var through = string.Equals(real, full, PathComparison) ? "" : $" (it leads to '{real}' through a symbolic link)";
        throw ParallelExecException.Create(ErrorCodes.PathOutsidePlan,
            $"'{full}' is outside the plan folder '{root}'{through}; nothing was {doing}.", full,
            "The module writes and removes files only below the plan root: replace the link by a real folder, or move the plan.");
    }

    /// <summary>
    /// The full path with every symbolic link (or junction) along it followed, as the file system would; the part that
    /// does not exist yet is kept as written. More than 40 links (a loop) is an <see cref="IOException"/>.
    /// </summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var top = Path.GetPathRoot(full) ?? "";
        return Walk(top, full.Substring(top.Length), path);
    }

    /// <summary>Follows <paramref name="rest"/> down from <paramref name="real"/>, a folder whose own path has no link.</summary>
    private static string Walk(string real, string rest, string original)
    {
        int hops = 0;
        var parts = rest.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(real, parts[i]);
            string? target;
            try { target = new FileInfo(next).LinkTarget; }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                // Not there (or not listable): nothing further along can be a link.
                return Path.Combine(real, string.Join(Path.DirectorySeparatorChar, parts, i, parts.Length - i));
            }
            if (target == null)
            {
                real = next;
                continue;
            }
            if (++hops > 40) throw new IOException($"'{original}' goes through more than 40 symbolic links (a loop?).");
            var resolved = Path.GetFullPath(Path.IsPathRooted(target) ? target : Path.Combine(real, target));
            var top = Path.GetPathRoot(resolved) ?? "";
            var remaining = parts.Skip(i + 1);
            parts = resolved.Substring(top.Length).Split(Separators, StringSplitOptions.RemoveEmptyEntries).Concat(remaining).ToArray();
            real = top;
            i = -1;
        }
        return real;
    }

    private static readonly char[] Separators = { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar };

    private static StringComparison PathComparison =>
        Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private static bool IsBelow(string root, string candidate) =>
        candidate.StartsWith(root.TrimEnd(Separators) + Path.DirectorySeparatorChar, PathComparison);

    private static string? FromAncestor(string root, string relative)
    {
        var segments = relative.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var rootName = Path.GetFileName(root);
        // Find the root folder's name among the path's segments: "work-space/plans/NAME/subplans/x.md" → "subplans/x.md".
        for (int k = segments.Length - 2; k >= 0; k--)
        {
            if (!string.Equals(segments[k], rootName, StringComparison.Ordinal)) continue;
            var rest = string.Join("/", segments, k + 1, segments.Length - k - 1);
            return Path.GetFullPath(Path.Combine(root, rest));
        }
        return null;
    }
}
