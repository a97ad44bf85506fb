using System;
using System.Linq;
using System.Management.Automation;
using System.Text;
using ParallelExec;

namespace ParallelExec.Commands;

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
