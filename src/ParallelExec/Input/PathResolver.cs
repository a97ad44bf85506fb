using System;
using System.Collections.Generic;
using System.Management.Automation;
using ParallelExec;

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
                cmdlet.WriteError(new ErrorRecord(new ArgumentException("An empty path was given."), "PathEmpty",
                    ErrorCategory.InvalidArgument, input)
                { ErrorDetails = new ErrorDetails("An empty path was given.") { RecommendedAction = "Give a PLAN file, a plan folder or a parallel.json (a variable used as the path may be empty)." } });
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
                failure = new ErrorRecord(e, "PlanPathNotFound", ErrorCategory.ObjectNotFound, input);
                failure.ErrorDetails = new ErrorDetails($"Cannot find '{input}'.")
                    { RecommendedAction = "Check the path; give a PLAN file, a plan folder or a parallel.json." };
            }
            catch (Exception e) when (e is ProviderNotFoundException || e is DriveNotFoundException || e is PSArgumentException || e is NotSupportedException || e is ArgumentException)
            {
                failure = new ErrorRecord(e, "PlanPathInvalid", ErrorCategory.InvalidArgument, input);
                failure.ErrorDetails = new ErrorDetails($"'{input}' is not a usable path: {e.Message}")
                    { RecommendedAction = "Give a file-system path to a PLAN file, a plan folder or a parallel.json." };
            }
            if (failure != null)
            {
                cmdlet.WriteError(failure);
                continue;
            }
            if (resolved.Count == 0)
            {
                var record = new ErrorRecord(new ItemNotFoundException($"No file matches '{input}'."), "PlanPathNotFound",
                    ErrorCategory.ObjectNotFound, input);
                record.ErrorDetails = new ErrorDetails($"No file matches '{input}'.") { RecommendedAction = "Check the wildcard pattern." };
                cmdlet.WriteError(record);
            }
            foreach (var r in resolved) yield return r;
        }
    }

    private static ErrorRecord NotFileSystem(string input, string provider)
    {
        var r = new ErrorRecord(new ArgumentException($"'{input}' is on the {provider} provider, not the file system."),
            "PlanPathNotFileSystem", ErrorCategory.InvalidArgument, input);
        r.ErrorDetails = new ErrorDetails($"'{input}' is on the {provider} provider, not the file system.")
            { RecommendedAction = "Give a file-system path." };
        return r;
    }
}
