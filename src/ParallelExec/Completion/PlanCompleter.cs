using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using System.Management.Automation.Language;
using ParallelExec;
using ParallelExec.Plans;

namespace ParallelExec.Completion;

/// <summary>
/// What the module's completers share: the plans that -Path / -LiteralPath (or the current folder) name, the word
/// typed without its quotes, and the rule that a completer never throws (no suggestions is the answer to anything
/// unexpected). A completer says only how to turn those plans into suggestions.
/// </summary>
public abstract class PlanCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var results = new List<CompletionResult>();
        try
        {
            Complete(LoadPlans(fakeBoundParameters), (wordToComplete ?? "").Trim('\'', '"'), results);
        }
        catch (Exception)
        {
            results.Clear();
        }
        return results;
    }

    /// <summary>Adds the suggestions for <paramref name="word"/> from <paramref name="plans"/>.</summary>
    private protected abstract void Complete(List<ParallelPlan> plans, string word, List<CompletionResult> results);

    /// <summary>
    /// The plans that -Path / -LiteralPath (or the current folder) name, read without status and without recursing unless
    /// -Recurse is given. Unreadable ones are left out.
    /// </summary>
    internal static List<ParallelPlan> LoadPlans(IDictionary fakeBoundParameters)
    {
        var current = CurrentLocation();
        var paths = new List<string>();
        foreach (var key in new[] { "LiteralPath", "Path" })
        {
            if (fakeBoundParameters == null || !fakeBoundParameters.Contains(key)) continue;
            var value = fakeBoundParameters[key];
            var items = value is string s ? new[] { s } : value is IEnumerable e ? ToStrings(e) : new[] { value?.ToString() ?? "" };
            foreach (var p in items)
                if (!string.IsNullOrWhiteSpace(p) && (key == "LiteralPath" || !WildcardPattern.ContainsWildcardCharacters(p)))
                    paths.Add(System.IO.Path.IsPathRooted(p) ? p : System.IO.Path.GetFullPath(System.IO.Path.Combine(current, p)));
        }
        if (paths.Count == 0) paths.Add(current);
        bool recurse = fakeBoundParameters != null && fakeBoundParameters.Contains("Recurse") && LanguagePrimitives.IsTrue(fakeBoundParameters["Recurse"]);
        var options = new PlanLoadOptions { ResolveStatus = false, Recurse = recurse };
        var plans = new List<ParallelPlan>();
        foreach (var path in paths)
        {
            if (!File.Exists(path) && !Directory.Exists(path)) continue;
            try { plans.AddRange(PlanLoader.Load(path, options).Plans); }
            catch (ParallelExecException) { }
        }
        return plans;
    }

    /// <summary>
    /// The session's current file-system folder. A completer runs on the pipeline's thread while a pipeline is running,
    /// where SessionStateProxy refuses to answer; a script block invoked here sees the session state.
    /// </summary>
    internal static string CurrentLocation()
    {
        var result = ScriptBlock.Create("$ExecutionContext.SessionState.Path.CurrentFileSystemLocation.ProviderPath").Invoke();
        return result.Count > 0 && result[0]?.BaseObject is string path && path.Length > 0 ? path : Environment.CurrentDirectory;
    }

    private static string[] ToStrings(IEnumerable items)
    {
        var list = new List<string>();
        foreach (var o in items) list.Add(o?.ToString() ?? "");
        return list.ToArray();
    }
}
