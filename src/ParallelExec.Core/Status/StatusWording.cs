using System.Text.RegularExpressions;
using ParallelExec.Plans;

namespace ParallelExec.Status;

/// <summary>What the words of an EXECUTION_TASK's <c>**Status**:</c> line say: not started, under way or complete.</summary>
internal static class StatusWording
{
    private const RegexOptions Opts = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled;

    private static readonly Regex NotYet = new Regex(
        @"\b(?:not\s+(?:yet\s+)?(?:started|complete|completed|begun|done|successful)|incomplete|(?:design|planning|plan|analysis)(?:\s+phase)?\s+(?:complete|completed|done))\b", Opts);
    private static readonly Regex Underway = new Regex(
        @"\b(?:in[\s\-_]*progress|executing|starting|started|ongoing|underway|wip|partially|blocked)\b|\u23F3|\uD83D\uDEA7", Opts);
    private static readonly Regex Finished = new Regex(@"\b(?:complete|completed|done|finished|success|successful|successfully)\b|\u2705|\u2714", Opts);

    // A completion of a part, with the rest still to do: "✅ PHASES 1-2 COMPLETE | PHASE 3 PENDING", "Phase 1 complete - ready for phase 2".
    private static readonly Regex Partial = new Regex(@"\b(?:(?:phase|step|part)s?\s+[0-9]+(?:\s*[-–&,]\s*[0-9]+)?\s+(?:pending|remaining|to\s+do)|remaining|ready\s+for\s+(?:phase|step|part))\b", Opts);

    /// <summary>
    /// Reads a status line: in progress / executing / starting / blocked; complete / done / success / ✅; or
    /// not started / pending / ready / design complete (anything else that is there). Negations and "design complete" are looked at first.
    /// </summary>
    public static ExecutionState Classify(string? status)
    {
        if (status == null) return ExecutionState.None;
        var s = PlanText.Repair(status);
        if (NotYet.IsMatch(s)) return ExecutionState.Pending;
        if (Underway.IsMatch(s)) return ExecutionState.InProgress;
        if (Finished.IsMatch(s)) return Partial.IsMatch(s) ? ExecutionState.InProgress : ExecutionState.Complete;
        return ExecutionState.Pending;
    }
}
