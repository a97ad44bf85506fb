using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ParallelExec;

/// <summary>One line of a dependency tree: the drawing before it, then the achievement (or the plan's title).</summary>
public sealed class TreeLine
{
    internal TreeLine(string prefix, string text, AchievementStatus? status, bool isReference)
    {
        Prefix = prefix;
        Text = text;
        StatusValue = status;
        IsReference = isReference;
    }

    /// <summary>The tree drawing (├── │ └──) before the node.</summary>
    public string Prefix { get; }

    /// <summary>The status symbol, id, title and estimate (and the marker of a repeated node).</summary>
    public string Text { get; }

    /// <summary>The achievement's status; null for the plan's title line.</summary>
    public string? Status => StatusValue?.Value;

    internal AchievementStatus? StatusValue { get; }

    /// <summary>True for a later mention of an achievement already printed above.</summary>
    public bool IsReference { get; }

    public override string ToString() => Prefix + Text;
}
