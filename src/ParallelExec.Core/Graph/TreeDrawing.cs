using System.Collections.Generic;

namespace ParallelExec.Graph;

/// <summary>
/// Draws one plan's dependency tree (see <see cref="GraphRenderer.Tree"/>): each root, in id order, followed depth-first
/// by what depends on it; a node printed before shows as a reference. Achievements no root reaches (in or behind a
/// cycle) become roots of their own. Iterative, with an explicit stack. Linear in the graph: the indentation stops
/// growing at <see cref="MaxDepth"/> levels, and a node below that shows its depth instead ("[57] └── …"), so that
/// a 20,000-long chain is 20,000 short lines, not 20,000 ever longer ones.
/// </summary>
internal sealed class TreeDrawing
{
    /// <summary>The deepest level drawn with its own indentation.</summary>
    public const int MaxDepth = 40;

    private readonly ParallelPlan _plan;
    private readonly PlanGraph _graph;
    private readonly HashSet<AchievementId> _critical;
    private readonly bool[] _printed;
    private readonly bool[] _isRoot;
    private readonly List<int> _roots = new List<int>();
    private readonly List<TreeLine> _lines = new List<TreeLine>();
    private readonly Stack<(int Node, string Indent, bool Last, int Depth)> _stack = new Stack<(int, string, bool, int)>();
    private int _unreached; // every node before this one is printed or a root

    public TreeDrawing(ParallelPlan plan, AchievementId[] criticalPath)
    {
        _plan = plan;
        _graph = plan.Graph;
        _critical = new HashSet<AchievementId>(criticalPath);
        _printed = new bool[_graph.Count];
        _isRoot = new bool[_graph.Count];
        for (int i = 0; i < _graph.Count; i++)
            if (_graph.Dependencies[i].Length == 0) AddRoot(i);
    }

    public TreeLine[] Draw(TreeLine header)
    {
        _lines.Add(header);
        for (int next = 0; next < _roots.Count || AddUnreachedRoot(); next++) DrawFrom(_roots[next]);
        return _lines.ToArray();
    }

    private void AddRoot(int node)
    {
        _roots.Add(node);
        _isRoot[node] = true;
    }

    /// <summary>The first achievement, in id order, that is neither printed nor a root becomes one; false when none is left.</summary>
    private bool AddUnreachedRoot()
    {
        while (_unreached < _graph.Count && (_printed[_unreached] || _isRoot[_unreached])) _unreached++;
        if (_unreached == _graph.Count) return false;
        AddRoot(_unreached);
        return true;
    }

    private void DrawFrom(int root)
    {
        _stack.Push((root, "", true, 0));
        while (_stack.Count > 0)
        {
            var (node, indent, last, depth) = _stack.Pop();
            bool seen = _printed[node];
            _printed[node] = true;
            var a = _plan.Achievements[node];
            _lines.Add(new TreeLine(Prefix(indent, last, depth), Text(a, seen), a.StatusValue, seen));
            if (seen) continue;
            var children = _graph.Dependents[node];
            if (children.Length == 0) continue;
            // Below MaxDepth the children share their parent's indentation (one string for the whole deep part).
            string childIndent = depth == 0 || depth >= MaxDepth ? indent : indent + (last ? "    " : "│   ");
            for (int i = children.Length - 1; i >= 0; i--)
                _stack.Push((children[i], childIndent, i == children.Length - 1, depth + 1));
        }
    }

    private static string Prefix(string indent, bool last, int depth)
    {
        if (depth == 0) return indent;
        string branch = last ? "└── " : "├── ";
        return depth <= MaxDepth ? indent + branch : indent + "[" + depth.ToString(System.Globalization.CultureInfo.InvariantCulture) + "] " + branch;
    }

    private string Text(Achievement a, bool seen)
    {
        if (seen) return $"{GraphRenderer.Symbol(a.StatusValue)} {a.Key} {a.Title} {GraphRenderer.SeeAbove}";
        string est = a.EstimatedHours != null ? $" ({a.EstimatedHours})" : "";
        string mark = _critical.Contains(a.Key) ? " *" : "";
        return $"{GraphRenderer.Symbol(a.StatusValue)} {a.Key} {a.Title}{est}{mark}";
    }
}
