using System;
using System.Collections.Generic;

namespace ParallelExec;

/// <summary>Structured parts of a definition block, parsed on first use.</summary>
public sealed class SectionContent
{
    public static readonly SectionContent Empty = new SectionContent(Array.Empty<string>(), Array.Empty<string>());

    public SectionContent(string[] deliverables, string[] successCriteria)
    {
        Deliverables = deliverables;
        SuccessCriteria = successCriteria;
    }

    public string[] Deliverables { get; }
    public string[] SuccessCriteria { get; }
}
