using System;
using System.Linq;
using System.Management.Automation;
using System.Text;
using ParallelExec;
using ParallelExec.Graph;
using ParallelExec.Input;
using ParallelExec.Output;

namespace ParallelExec.Commands;

/// <summary>Draws a plan's dependency graph as a terminal tree, Mermaid or Graphviz dot text.</summary>
[Cmdlet(VerbsCommon.Show, "ParallelGraph", DefaultParameterSetName = PathSet)]
[OutputType(typeof(string))]
public sealed class ShowParallelGraphCommand : PlanInputCommand
{
    [Parameter]
    public GraphFormat Format { get; set; } = GraphFormat.Tree;

    /// <summary>No ANSI colour in the tree, even on a terminal.</summary>
    [Parameter]
    public SwitchParameter NoColor { get; set; }

    /// <summary>Draw the PLAN's declared edges alone, ignoring a parallel.json beside it.</summary>
    [Parameter(ParameterSetName = PathSet)]
    [Parameter(ParameterSetName = LiteralSet)]
    public SwitchParameter IgnoreRegistry { get; set; }

    protected override bool ReadPlanOnly => IgnoreRegistry.IsPresent;

    protected override void EndProcessing()
    {
        bool color = Format == GraphFormat.Tree && Ansi.Enabled(this, NoColor.IsPresent);
        foreach (var plan in Plans)
        {
            switch (Format)
            {
                case GraphFormat.Mermaid: WriteObject(GraphRenderer.Mermaid(plan)); break;
                case GraphFormat.Dot: WriteObject(GraphRenderer.Dot(plan)); break;
                default: WriteObject(ColouredTree.Of(plan, color)); break;
            }
        }
    }
}
