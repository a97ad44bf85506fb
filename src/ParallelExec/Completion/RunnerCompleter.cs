using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace ParallelExec.Completion;

/// <summary>Completes -RunsOn with the hosted runner labels (GitHub) and images (Azure Pipelines) both engines know.</summary>
public sealed class RunnerCompleter : IArgumentCompleter
{
    private static readonly string[] Labels = { "ubuntu-latest", "windows-latest", "macos-latest", "ubuntu-24.04", "ubuntu-22.04" };

    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var word = (wordToComplete ?? "").Trim('\'', '"');
        foreach (var label in Labels)
            if (label.StartsWith(word, StringComparison.OrdinalIgnoreCase))
                yield return new CompletionResult(label, label, CompletionResultType.ParameterValue, "A hosted runner: " + label);
    }
}
