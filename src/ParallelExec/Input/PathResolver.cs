using System;
using System.Collections.Generic;
using System.Management.Automation;
using ParallelExec;
using ParallelExec.Diagnostics;
using ParallelExec.Output;

namespace ParallelExec.Input;

/// <summary>Resolves -Path (wildcards) and -LiteralPath through the provider to file-system paths.</summary>
internal static class PathResolver
{
    /// <summary>Yields file-system paths; writes an ErrorRecord and goes on for each input that names nothing usable.</summary>
    public static IEnumerable<string> Resolve(PSCmdlet cmdlet, string[]? paths, bool literal)
    {
        if (paths == null || paths.Length == 0)
        {
            yield return cmdlet.SessionState.Path.CurrentFileSystemLocation.ProviderPath;
            yield break;
        }
        bool onFileSystem = cmdlet.SessionState.Path.CurrentLocation.Provider.ImplementingType == typeof(Microsoft.PowerShell.Commands.FileSystemProvider);
        foreach (var input in paths)
        {
            if (string.IsNullOrWhiteSpace(input))
            {
                cmdlet.WriteError(ErrorMapping.Error(ErrorCodes.PathEmpty, "An empty path was given.",
                    "Give a PLAN file, a plan folder or a parallel.json (a variable used as the path may be empty).", input));
                continue;
            }
            // A clean full path (what Get-ChildItem's FullName gives) is its own provider path: asking the provider for
            // each of many such paths was an eighth of reading the corpus's 40 PLANs.
            if (literal && onFileSystem && IsCleanFullPath(input))
            {
                yield return input;
                continue;
            }
            var resolved = new List<string>();
            var failure = ResolveOne(cmdlet, input, literal, resolved);
            if (failure != null)
            {
                cmdlet.WriteError(failure);
                continue;
            }
            if (resolved.Count == 0)
            {
                cmdlet.WriteError(ErrorMapping.Error(ErrorCodes.PlanPathNotFound, $"No file matches '{input}'.", "Check the wildcard pattern.", input));
            }
            foreach (var r in resolved) yield return r;
        }
    }

    /// <summary>The provider paths of one input, added to <paramref name="resolved"/>; the error for an input that names nothing usable.</summary>
    private static ErrorRecord? ResolveOne(PSCmdlet cmdlet, string input, bool literal, List<string> resolved)
    {
        try
        {
            if (literal)
            {
                var p = cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(input, out var provider, out _);
                if (provider.ImplementingType != typeof(Microsoft.PowerShell.Commands.FileSystemProvider)) return NotFileSystem(input, provider.Name);
                resolved.Add(p);
            }
            else
            {
                var ps = cmdlet.SessionState.Path.GetResolvedProviderPathFromPSPath(input, out var provider);
                if (provider.ImplementingType != typeof(Microsoft.PowerShell.Commands.FileSystemProvider)) return NotFileSystem(input, provider.Name);
                resolved.AddRange(ps);
            }
            return null;
        }
        catch (ItemNotFoundException e)
        {
            return ErrorMapping.Error(ErrorCodes.PlanPathNotFound, $"Cannot find '{input}'.",
                "Check the path; give a PLAN file, a plan folder or a parallel.json.", input, e);
        }
        catch (Exception e) when (e is ProviderNotFoundException || e is DriveNotFoundException || e is PSArgumentException || e is NotSupportedException || e is ArgumentException)
        {
            return ErrorMapping.Error(ErrorCodes.PlanPathInvalid, $"'{input}' is not a usable path: {e.Message}",
                "Give a file-system path to a PLAN file, a plan folder or a parallel.json.", input, e);
        }
    }

    /// <summary>
    /// A fully qualified file-system path with nothing for the provider to change: no <c>.</c> or <c>..</c> segment, no
    /// doubled or trailing separator, and on Windows only backslashes after a drive letter.
    /// </summary>
    internal static bool IsCleanFullPath(string path)
    {
        if (path.Length < 2 || !System.IO.Path.IsPathFullyQualified(path)) return false;
        int from;
        if (OperatingSystem.IsWindows())
        {
            if (path.Length < 4 || !char.IsAsciiLetter(path[0]) || path[1] != ':' || path[2] != '\\' || path.Contains('/')) return false;
            from = 3;
        }
        else
        {
            if (path[0] != '/') return false;
            from = 1;
        }
        char sep = OperatingSystem.IsWindows() ? '\\' : '/';
        if (path[path.Length - 1] == sep) return false;
        int segment = from;
        for (int i = from; i <= path.Length; i++)
        {
            if (i < path.Length && path[i] != sep) continue;
            int length = i - segment;
            if (length == 0) return false;
            if (length <= 2 && path[segment] == '.' && (length == 1 || path[segment + 1] == '.')) return false;
            if (char.IsWhiteSpace(path[segment]) || char.IsWhiteSpace(path[i - 1]) || (OperatingSystem.IsWindows() && path[i - 1] == '.')) return false;
            segment = i + 1;
        }
        return true;
    }

    private static ErrorRecord NotFileSystem(string input, string provider)
    {
        return ErrorMapping.Error(ErrorCodes.PlanPathNotFileSystem, $"'{input}' is on the {provider} provider, not the file system.",
            "Give a file-system path.", input);
    }
}
