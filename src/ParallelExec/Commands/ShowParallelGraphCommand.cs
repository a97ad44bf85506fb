using System;
using System.Linq;
using System.Management.Automation;
using System.Text;

namespace ParallelExec.Commands
{
    /// <summary>The formats Show-ParallelGraph draws.</summary>
    public enum GraphFormat
    {
        /// <summary>A terminal tree, status by symbol (and colour on a terminal).</summary>
        Tree,
        /// <summary>Mermaid flowchart text for a markdown file.</summary>
        Mermaid,
        /// <summary>Graphviz dot text.</summary>
        Dot,
    }

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
                    default:
                        if (!color) { WriteObject(GraphRenderer.TreeText(plan)); break; }
                        var sb = new StringBuilder();
                        foreach (var line in GraphRenderer.Tree(plan))
                            sb.Append(line.Prefix).Append(Ansi.Paint(line.Text, line.Status, line.IsReference)).Append('\n');
                        WriteObject(sb.ToString());
                        break;
                }
            }
        }
    }

    /// <summary>ANSI colour for terminal output: off under NO_COLOR, for redirected output, plain-text rendering or a downstream command.</summary>
    internal static class Ansi
    {
        public static bool Enabled(PSCmdlet cmdlet, bool noColor)
        {
            if (noColor) return false;
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))) return false;
            if (Console.IsOutputRedirected) return false;
            var inv = cmdlet.MyInvocation;
            if (inv.PipelinePosition < inv.PipelineLength) return false;
            try
            {
                var style = cmdlet.SessionState.PSVariable.GetValue("PSStyle");
                var rendering = style?.GetType().GetProperty("OutputRendering")?.GetValue(style)?.ToString();
                if (string.Equals(rendering, "PlainText", StringComparison.OrdinalIgnoreCase)) return false;
            }
            catch (Exception e) when (e is System.Reflection.TargetInvocationException || e is InvalidOperationException)
            {
                return false;
            }
            return cmdlet.Host?.UI?.SupportsVirtualTerminal == true;
        }

        public static string Paint(string text, AchievementStatus? status, bool dim)
        {
            string code;
            if (status == null) code = "1";
            else if (dim) code = "2";
            else if (status == AchievementStatus.Complete) code = "32";
            else if (status == AchievementStatus.Failed) code = "31";
            else if (status == AchievementStatus.Skipped) code = "90";
            else if (status == AchievementStatus.InProgress) code = "33";
            else if (status == AchievementStatus.SubplanCreated || status == AchievementStatus.ExecutionCreated) code = "36";
            else code = "0";
            return code == "0" ? text : "\u001b[" + code + "m" + text + "\u001b[0m";
        }
    }
}
