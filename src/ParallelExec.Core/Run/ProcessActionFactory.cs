using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ParallelExec.Registry;

namespace ParallelExec.Run;

/// <summary>
/// -Command: each attempt runs the program with the arguments' placeholders filled in ({Id}, {Title}, {PlanName},
/// {PlanRoot}, {PromptFile}, {WorkingDirectory}, {LogFile}, {Attempt}, and for one execution of an achievement that plans
/// several {ExecutionId} and {ExecutionFile}, empty otherwise); the prompt, when there is one, is written beside the log
/// as &lt;id&gt;.prompt.md (&lt;id&gt;_&lt;execution&gt;.prompt.md) for {PromptFile}.
/// </summary>
internal sealed class ProcessActionFactory : IRunActionFactory
{
    private readonly string _program;
    private readonly string[] _arguments;

    /// <param name="program">The program's full path.</param>
    /// <param name="arguments">The arguments after the program, with placeholders.</param>
    public ProcessActionFactory(string program, IEnumerable<string> arguments)
    {
        _program = program;
        _arguments = arguments.ToArray();
    }

    /// <summary>True when an argument names {PromptFile} (an achievement without a prompt then gets a warning).</summary>
    public bool UsesPromptFile => _arguments.Any(a => a.Contains("{PromptFile}", System.StringComparison.Ordinal));

    public void Open(IReadOnlyList<RunNode> nodes, int throttleLimit)
    {
    }

    public IRunAction Start(RunAttempt attempt)
    {
        string promptFile = "";
        if (attempt.Prompt != null)
        {
            promptFile = Path.Combine(Path.GetDirectoryName(attempt.LogPath)!, attempt.Achievement.Key + (attempt.Execution != null ? "_" + attempt.Execution.Label : "") + ".prompt.md");
            RegistryWriter.WriteAtomically(promptFile, attempt.Prompt, overwrite: true);
        }
        var args = _arguments.Select(x => CommandLine.Quote(Expand(x, attempt, promptFile)));
        return new ProcessAction(_program, string.Join(" ", args), attempt.LogPath, attempt.WorkingDirectory);
    }

    public void Close()
    {
    }

    internal static string Expand(string text, RunAttempt attempt, string promptFile) =>
        text.Replace("{Id}", attempt.Achievement.Key.ToString())
            .Replace("{Title}", attempt.Achievement.Title)
            .Replace("{PlanName}", attempt.Plan.Name)
            .Replace("{PlanRoot}", attempt.PlanRoot)
            .Replace("{PromptFile}", promptFile)
            .Replace("{WorkingDirectory}", attempt.WorkingDirectory)
            .Replace("{LogFile}", attempt.LogPath)
            .Replace("{Attempt}", attempt.Attempt.ToString(CultureInfo.InvariantCulture))
            .Replace("{ExecutionId}", attempt.Execution?.Label ?? "")
            .Replace("{ExecutionFile}", ExecutionFile(attempt));

    /// <summary>The execution's EXECUTION_TASK file (as its table names it, under the plan root's execution folder), or "".</summary>
    internal static string ExecutionFile(RunAttempt attempt) =>
        attempt.Execution?.File is { } file ? Path.Combine(attempt.PlanRoot, "execution", Path.GetFileName(file)) : "";
}
