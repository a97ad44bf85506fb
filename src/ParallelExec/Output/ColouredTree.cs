using System.Text;
using ParallelExec;
using ParallelExec.Graph;

namespace ParallelExec.Output;

/// <summary>The dependency tree as text, coloured by status when colour is on (Show-ParallelGraph and the menu's graph).</summary>
internal static class ColouredTree
{
    public static string Of(ParallelPlan plan, bool color)
    {
        if (!color) return GraphRenderer.TreeText(plan);
        var sb = new StringBuilder();
        foreach (var line in GraphRenderer.Tree(plan))
            sb.Append(line.Prefix).Append(Ansi.Paint(line.Text, line.StatusValue, line.IsReference)).Append('\n');
        return sb.ToString();
    }
}
