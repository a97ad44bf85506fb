using System.Collections.Generic;

namespace ParallelExec.Prompts;

/// <summary>An achievement of a SUBPLAN batch: the SUBPLAN to create, or the unfilled scaffold to fill in.</summary>
internal sealed class SubplanItem : BatchItem
{
    public SubplanItem(Achievement achievement, string target, bool fillsScaffold, string dependencies, bool waiting)
        : base(achievement, dependencies, waiting)
    {
        Target = target;
        FillsScaffold = fillsScaffold;
        Targets = new[] { target };
    }

    public string Target { get; }
    public override IReadOnlyList<string> Targets { get; }

    /// <summary>True when the target is an unfilled scaffold that exists already.</summary>
    public bool FillsScaffold { get; }
}
