using System;
using System.Text.RegularExpressions;
using ParallelExec.Plans;

namespace ParallelExec.Status;

/// <summary>
/// Classifies a file by its name alone (case-insensitively): SUBPLAN_&lt;NAME&gt;_&lt;NN&gt;.md,
/// EXECUTION_TASK_&lt;NAME&gt;_&lt;NN&gt;_&lt;MM&gt;.md, and the feedback files APPROVED_, FIX_, FIX_…_RESOLUTION and SKIPPED_&lt;NN&gt;.md.
/// </summary>
internal static class StatusFileNames
{
    private static readonly Regex SubplanName = PlanConventions.SubplanName;
    private static readonly Regex ExecutionName = PlanConventions.ExecutionName;
    private static readonly Regex FeedbackName = PlanConventions.FeedbackName;

    /// <summary>The methodology file at <paramref name="path"/> (whose file name is <paramref name="name"/>); null for any other file.</summary>
    public static StatusFile? Classify(string path, string name)
    {
        if (name.Length < 8 || !name.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) return null;
        char c = char.ToUpperInvariant(name[0]);
        switch (c)
        {
            case 'S' when name.StartsWith("SUBPLAN_", StringComparison.OrdinalIgnoreCase):
                return Named(SubplanName.Match(name), path, name, StatusFileKind.Subplan);
            case 'E' when name.StartsWith("EXECUTION_TASK_", StringComparison.OrdinalIgnoreCase):
                return Named(ExecutionName.Match(name), path, name, StatusFileKind.Execution);
            case 'A':
            case 'F':
            case 'S':
                return Feedback(FeedbackName.Match(name), path, name);
            default:
                return null;
        }
    }

    private static StatusFile? Named(Match m, string path, string name, StatusFileKind kind) =>
        m.Success ? new StatusFile(path, name, kind, m.Groups["nn"].Value, m.Groups["name"].Value) : null;

    private static StatusFile? Feedback(Match m, string path, string name)
    {
        if (!m.Success) return null;
        var kindText = m.Groups["kind"].Value.ToUpperInvariant();
        bool resolution = m.Groups["resolution"].Success;
        if (resolution && kindText != "FIX") return null;
        var kind = kindText == "APPROVED" ? StatusFileKind.Approved
            : kindText == "SKIPPED" ? StatusFileKind.Skipped
            : resolution ? StatusFileKind.FixResolution : StatusFileKind.Fix;
        return new StatusFile(path, name, kind, m.Groups["nn"].Value, null);
    }
}
