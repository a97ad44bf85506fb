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
        foreach (var input in paths)
        {
            if (string.IsNullOrWhiteSpace(input))
            {
                cmdlet.WriteError(ErrorMapping.Error(ErrorCodes.PathEmpty, "An empty path was given.",
                    "Give a PLAN file, a plan folder or a parallel.json (a variable used as the path may be empty).", input));
                continue;
            }
            var resolved = new List<string>();
            ErrorRecord? failure = null;
            try
            {
                if (literal)
                {
                    var p = cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(input, out var provider, out _);
                    if (provider.ImplementingType != typeof(Microsoft.PowerShell.Commands.FileSystemProvider))
                        failure = NotFileSystem(input, provider.Name);
                    else resolved.Add(p);
                }
                else
                {
                    var ps = cmdlet.SessionState.Path.GetResolvedProviderPathFromPSPath(input, out var provider);
                    if (provider.ImplementingType != typeof(Microsoft.PowerShell.Commands.FileSystemProvider))
                        failure = NotFileSystem(input, provider.Name);
                    else resolved.AddRange(ps);
                }
            }
            catch (ItemNotFoundException e)
            {
                failure = ErrorMapping.Error(ErrorCodes.PlanPathNotFound, $"Cannot find '{input}'.",
                    "Check the path; give a PLAN file, a plan folder or a parallel.json.", input, e);
            }
            catch (Exception e) when (e is ProviderNotFoundException || e is DriveNotFoundException || e is PSArgumentException || e is NotSupportedException || e is ArgumentException)
            {
                failure = ErrorMapping.Error(ErrorCodes.PlanPathInvalid, $"'{input}' is not a usable path: {e.Message}",
                    "Give a file-system path to a PLAN file, a plan folder or a parallel.json.", input, e);
            }
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

    private static ErrorRecord NotFileSystem(string input, string provider)
    {
        return ErrorMapping.Error(ErrorCodes.PlanPathNotFileSystem, $"'{input}' is on the {provider} provider, not the file system.",
            "Give a file-system path.", input);
    }
}
