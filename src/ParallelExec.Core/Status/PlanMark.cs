namespace ParallelExec.Status;

/// <summary>
/// A place that marks an achievement complete outside its own files: its PLAN's definition line, a tracking section, a
/// checklist or progress line, or a line of the plan's <c>summary/*COMPLETE*.md</c>. <see cref="Path"/> and
/// <see cref="Line"/> (1-based) say where; <see cref="Text"/> is what it says, shortened.
/// </summary>
internal sealed record PlanMark(string Path, int Line, string Text)
{
    /// <summary>"path:line", the form Evidence and Drift name it by.</summary>
    public string Location => $"{Path}:{Line}";

    /// <summary>
    /// The first place that marks <paramref name="a"/> complete: the first of its marks (the definition line comes first
    /// when it has one), else its definition line's mark when the marks were not read; null when nothing marks it.
    /// </summary>
    public static PlanMark? FirstOf(Achievement a) =>
        a.PlanMarks is { Length: > 0 } marks ? marks[0] : a.PlanMarker != null ? new PlanMark(a.PlanPath, a.Line, a.PlanMarker) : null;
}
