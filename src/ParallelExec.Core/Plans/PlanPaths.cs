using System;
using System.IO;

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

    public static bool IsInside(string root, string candidate)
    {
        root = root.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return candidate.StartsWith(root, comparison);
    }

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
