using System.Collections.Generic;
using System.Linq;

namespace ParallelExec.Prompts;

/// <summary>An achievement of an EXECUTION batch: its SUBPLAN, the EXECUTION_TASKs it has and the ones still to create.</summary>
internal sealed class ExecutionItem : BatchItem
{
    public ExecutionItem(Achievement achievement, string dependencies, bool waiting, string subplanPath, string subplanText,
        string[] existing, ExecutionToCreate[] creates, IReadOnlyList<ExecutionToCreate[]> groups)
        : base(achievement, dependencies, waiting)
    {
        SubplanPath = subplanPath;
        SubplanText = subplanText;
        Existing = existing;
        Creates = creates;
        Groups = groups;
        Targets = creates.Select(c => c.Path).ToArray();
    }

    public string SubplanPath { get; }

    /// <summary>The SUBPLAN's text as the prompt quotes it (repaired, '\n' line ends, no trailing blank lines).</summary>
    public string SubplanText { get; }

    /// <summary>The file names of its numbered EXECUTION_TASKs that are written already; empty when it has none.</summary>
    public string[] Existing { get; }

    /// <summary>The EXECUTION_TASKs still to create, in number order.</summary>
    public ExecutionToCreate[] Creates { get; }

    /// <summary>When more than one is to be created: those of each group may run at the same time, groups in order.</summary>
    public IReadOnlyList<ExecutionToCreate[]> Groups { get; }

    public override IReadOnlyList<string> Targets { get; }
}
