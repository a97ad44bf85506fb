using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ParallelExec.Graph;

/// <summary>
/// Draws a plan's dependency graph as a terminal tree, as Mermaid <c>flowchart TD</c> or as a Graphviz <c>digraph</c>:
/// deterministic text, levels (waves) as subgraphs or ranks, the critical path highlighted. No colour here.
/// </summary>
internal static class GraphRenderer
{
    public const string SeeAbove = "(see above)";

    /// <summary>The symbol the tree shows for a status.</summary>
    public static string Symbol(AchievementStatus status)
    {
        if (status == AchievementStatus.Complete) return "✔";
        if (status == AchievementStatus.Failed) return "✘";
        if (status == AchievementStatus.Skipped) return "↷";
        if (status == AchievementStatus.InProgress) return "▶";
        if (status == AchievementStatus.ExecutionCreated || status == AchievementStatus.SubplanCreated) return "◐";
        return "○";
    }

    /// <summary>
    /// The tree: achievements without dependencies at the top, each followed by what depends on it. An achievement
    /// is printed in full once; a later mention shows its id, title and <see cref="SeeAbove"/>. Iterative.
    /// </summary>
    public static TreeLine[] Tree(ParallelPlan plan)
    {
        var header = new TreeLine("", $"{plan.Name} ({Count(plan.Achievements.Count, "achievement")}, {Count(plan.WaveCount, "level")}; ✔ complete ◐ planned ▶ in progress ✘ failed ↷ skipped ○ not started; * critical path)", null, false);
        return new TreeDrawing(plan, CriticalPath(plan)).Draw(header);
    }

    public static string TreeText(ParallelPlan plan) => string.Join("\n", Tree(plan).Select(l => l.ToString())) + "\n";

    /// <summary>Mermaid <c>flowchart TD</c>: one subgraph per level, edges from a dependency to its dependent, the critical path in red.</summary>
    public static string Mermaid(ParallelPlan plan)
    {
        var sb = new StringBuilder();
        sb.Append("flowchart TD\n");
        var critical = CriticalPath(plan);
        foreach (var (level, items) in Levels(plan))
        {
            string key = level.HasValue ? "L" + level.Value.ToString(CultureInfo.InvariantCulture) : "LCycle";
            sb.Append("  subgraph ").Append(key).Append("[\"").Append(LevelTitle(level)).Append("\"]\n");
            foreach (var a in items)
                sb.Append("    ").Append(NodeId(a.Key)).Append("[\"").Append(MermaidText(Label(a, " · "))).Append("\"]\n");
            sb.Append("  end\n");
        }
        var criticalEdges = new List<int>();
        var onPath = CriticalEdges(critical);
        int n = 0;
        foreach (var (from, to) in Edges(plan))
        {
            sb.Append("  ").Append(NodeId(from)).Append(" --> ").Append(NodeId(to)).Append('\n');
            if (onPath.Contains((from, to))) criticalEdges.Add(n);
            n++;
        }
        AppendMermaidClasses(sb, plan, critical);
        if (criticalEdges.Count > 0)
            sb.Append("  linkStyle ").Append(string.Join(",", criticalEdges.Select(i => i.ToString(CultureInfo.InvariantCulture)))).Append(" stroke:#d00,stroke-width:3px\n");
        return sb.ToString();
    }

    /// <summary>One class per status (by name), each naming its achievements in id order; then the critical path's.</summary>
    private static void AppendMermaidClasses(StringBuilder sb, ParallelPlan plan, AchievementId[] critical)
    {
        var statuses = plan.Achievements.GroupBy(a => a.StatusValue.Value).OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var g in statuses)
        {
            sb.Append("  classDef ").Append(g.Key).Append(' ').Append(MermaidStyle(g.Key)).Append('\n');
            sb.Append("  class ").Append(string.Join(",", g.OrderBy(a => a.Key).Select(a => NodeId(a.Key)))).Append(' ').Append(g.Key).Append('\n');
        }
        if (critical.Length > 0)
        {
            sb.Append("  classDef critical stroke:#d00,stroke-width:3px\n");
            sb.Append("  class ").Append(string.Join(",", critical.Select(NodeId))).Append(" critical\n");
        }
    }

    /// <summary>Graphviz <c>digraph</c>: one <c>rank=same</c> subgraph per level, the critical path bold and red.</summary>
    public static string Dot(ParallelPlan plan)
    {
        var sb = new StringBuilder();
        var critical = CriticalPath(plan);
        var onPath = new HashSet<AchievementId>(critical);
        sb.Append("digraph ").Append(DotString(plan.Name)).Append(" {\n");
        sb.Append("  rankdir=TB;\n");
        sb.Append("  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n");
        foreach (var (level, items) in Levels(plan))
        {
            string key = level.HasValue ? "level_" + level.Value.ToString(CultureInfo.InvariantCulture) : "in_cycle";
            sb.Append("  subgraph ").Append(key).Append(" {\n");
            sb.Append("    rank=same;\n");
            sb.Append("    label=").Append(DotString(LevelTitle(level))).Append(";\n");
            foreach (var a in items) AppendDotNode(sb, a, onPath.Contains(a.Key));
            sb.Append("  }\n");
        }
        var pathEdges = CriticalEdges(critical);
        foreach (var (from, to) in Edges(plan))
        {
            sb.Append("  ").Append(DotString(from.ToString())).Append(" -> ").Append(DotString(to.ToString()));
            if (pathEdges.Contains((from, to))) sb.Append(" [color=red, penwidth=2.5, style=bold]");
            sb.Append(";\n");
        }
        sb.Append("}\n");
        return sb.ToString();
    }

    private static void AppendDotNode(StringBuilder sb, Achievement a, bool critical)
    {
        sb.Append("    ").Append(DotString(a.Key.ToString())).Append(" [label=").Append(DotString(Label(a, "\n")));
        sb.Append(", tooltip=").Append(DotString(a.StatusValue.Value));
        if (a.StatusValue == AchievementStatus.Complete || a.StatusValue == AchievementStatus.Skipped) sb.Append(", fillcolor=\"#d4f7d4\", style=\"rounded,filled\"");
        else if (a.StatusValue == AchievementStatus.Failed) sb.Append(", fillcolor=\"#f7d4d4\", style=\"rounded,filled\"");
        if (critical) sb.Append(", color=red, penwidth=2.5");
        sb.Append("];\n");
    }

    /// <summary>The critical path by estimate; empty for a plan with a cycle (it has none).</summary>
    public static AchievementId[] CriticalPath(ParallelPlan plan) =>
        plan.CycleKeys.Count > 0 || plan.Achievements.Count == 0 ? Array.Empty<AchievementId>() : Graph.CriticalPath.Of(plan);

    /// <summary>The edges of the critical path, for a lookup per edge (a scan of the path per edge was quadratic).</summary>
    private static HashSet<(AchievementId, AchievementId)> CriticalEdges(AchievementId[] path)
    {
        var edges = new HashSet<(AchievementId, AchievementId)>();
        for (int i = 0; i + 1 < path.Length; i++) edges.Add((path[i], path[i + 1]));
        return edges;
    }

    private static string LevelTitle(int? level) =>
        level.HasValue ? "Level " + level.Value.ToString(CultureInfo.InvariantCulture) : "In a cycle";

    /// <summary>Levels (waves) in ascending order, achievements by id; those in or behind a cycle last, under a null level.</summary>
    private static IEnumerable<(int? Level, Achievement[] Items)> Levels(ParallelPlan plan)
    {
        var graph = plan.Graph;
        var topo = graph.TopologicalOrder;
        var starts = graph.WaveStarts;
        for (int w = 1; w <= graph.WaveCount; w++)
        {
            var items = new Achievement[starts[w] - starts[w - 1]];
            for (int k = 0; k < items.Length; k++) items[k] = plan.Achievements[topo[starts[w - 1] + k]];
            if (items.Length > 0) yield return (w, items);
        }
        var unlevelled = graph.Unlevelled;
        if (unlevelled.Length == 0) yield break;
        var rest = new Achievement[unlevelled.Length];
        for (int k = 0; k < rest.Length; k++) rest[k] = plan.Achievements[unlevelled[k]];
        yield return (null, rest);
    }

    /// <summary>Each edge once, from the dependency to its dependent, ordered by dependent then dependency.</summary>
    private static IEnumerable<(AchievementId From, AchievementId To)> Edges(ParallelPlan plan)
    {
        var graph = plan.Graph;
        for (int i = 0; i < graph.Count; i++)
            foreach (var j in graph.Dependencies[i]) yield return (graph.Ids[j], graph.Ids[i]);
    }

    private static string Label(Achievement a, string separator)
    {
        var parts = new List<string> { a.Key + " " + a.Title };
        var detail = a.EstimatedHours != null ? a.EstimatedHours + ", " + a.StatusValue.Value : a.StatusValue.Value;
        parts.Add(detail);
        return string.Join(separator, parts);
    }

    private static string NodeId(AchievementId id) => "a" + id.ToString().Replace('.', '_');

    private static string MermaidText(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': sb.Append("#quot;"); break;
                case '<': sb.Append("#lt;"); break;
                case '>': sb.Append("#gt;"); break;
                case '#': sb.Append("#35;"); break;
                case '\r': case '\n': sb.Append(' '); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    private static string MermaidStyle(string status) => status switch
    {
        "complete" => "fill:#d4f7d4,stroke:#2a2",
        "skipped" => "fill:#eeeeee,stroke:#888,stroke-dasharray:4",
        "failed" => "fill:#f7d4d4,stroke:#c22",
        "in_progress" => "fill:#fff3c4,stroke:#b90",
        "subplan_created" => "fill:#e4ecff,stroke:#46c",
        "execution_created" => "fill:#e4ecff,stroke:#46c",
        _ => "fill:#ffffff,stroke:#999",
    };

    private static string DotString(string text)
    {
        var sb = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': break;
                default: sb.Append(c); break;
            }
        }
        return sb.Append('"').ToString();
    }

    private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");
}
