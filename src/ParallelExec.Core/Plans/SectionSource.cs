using System;
using System.Collections.Generic;
using System.Linq;

namespace ParallelExec.Plans;

/// <summary>Which of the plan's definition blocks define one achievement, the primary one first.</summary>
internal sealed class SectionSource
{
    private readonly PlanSections _plan;

    /// <summary>The primary definition's block.</summary>
    private readonly int _primary;

    /// <summary>The other definitions' blocks; null for the usual achievement defined once (no array per achievement).</summary>
    private readonly int[]? _others;

    public SectionSource(PlanSections plan, List<DefinitionBlock> defs)
    {
        var primary = PrimaryOf(defs);
        _plan = plan;
        _primary = primary.Index;
        plan.MarkPrimary(primary.Index);
        if (defs.Count == 1) return;
        _others = new int[defs.Count - 1];
        int k = 0;
        foreach (var d in defs)
            if (!ReferenceEquals(d, primary)) _others[k++] = d.Index;
    }

    /// <summary>The first definition with fields, else the longest (the first of equals).</summary>
    private static DefinitionBlock PrimaryOf(List<DefinitionBlock> defs)
    {
        foreach (var d in defs) if (d.HasFields) return d;
        var best = defs[0];
        foreach (var d in defs) if (d.End - d.Start > best.End - best.Start) best = d;
        return best;
    }

    public string Primary() => _plan.Cut(_primary).TrimEnd();

    /// <summary>Deliverables and success criteria of the primary definition, completed from the others.</summary>
    public SectionContent Parse()
    {
        var primary = _plan.Content(_primary);
        string[] deliverables = primary.Deliverables, success = primary.SuccessCriteria;
        for (int k = 0; _others != null && k < _others.Length && (deliverables.Length == 0 || success.Length == 0); k++)
        {
            var other = _plan.Content(_others[k]);
            if (deliverables.Length == 0) deliverables = other.Deliverables;
            if (success.Length == 0) success = other.SuccessCriteria;
        }
        return deliverables == primary.Deliverables && success == primary.SuccessCriteria
            ? primary : new SectionContent(deliverables, success);
    }
}
