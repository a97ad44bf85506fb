using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace ParallelExec.Status;

/// <summary>
/// Reads what a SUBPLAN or EXECUTION_TASK says about its own status, wherever it says it, and decides which statement
/// counts (docs/reference/status.md, "What a file says"): the statements are taken in document order and the latest
/// wins, except that a not-started / pending statement never takes back a completion or a note of work under way
/// (a stale "Ready for execution" footer or a pending sub-step does not undo "✅ Complete"), while an explicit in-progress
/// or blocked note after a completion does.
/// </summary>
internal static class StatusStatements
{
    /// <summary>A list item or indented <c>**Status**:</c> line counts only this near the top (the file's own front matter); further down it is a sub-step's.</summary>
    public const int FrontMatterLines = 30;

    private const RegexOptions Opts = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled;

    // **Status**: … | - **Final Status:** … | **Execution Result**: …   (a bare **Result**: is an iteration's, not the task's)
    private static readonly Regex Labelled = new Regex(
        @"^(?<item>[-*+][ \t]+)?\*\*[ \t]*(?:(?<qualifier>Final|Overall|Current|Execution|Achievement|Task)[ \t]+)?(?<label>Status|Result)[ \t]*(?::[ \t]*\*\*|\*\*[ \t]*:)[ \t]*(?<value>.*)$", Opts);

    // **Achievement 0.1**: ✅ **COMPLETE**
    private static readonly Regex AchievementClaim = new Regex(
        @"^\*\*[ \t]*Achievement[ \t]+(?<id>[0-9]{1,9}\.[0-9]{1,9})[ \t]*(?::[ \t]*\*\*|\*\*[ \t]*:)[ \t]*(?<value>.*)$", Opts);

    // The words of a claim heading once its emoji and emphasis are gone: "Achievement 2.1 - COMPLETE", "ACHIEVEMENT 1.1 STATUS: COMPLETE".
    private static readonly Regex ClaimHeading = new Regex(
        @"^(?:achievement|execution(?:[ _]task)?|task|subplan)(?:[ \t]+[0-9]{1,9}(?:\.[0-9]{1,9})?)?[ \t]*(?:[-:–—][ \t]*)?(?:status[ \t]*:?[ \t]*)?(?:is[ \t]+)?(?:complete|completed|done|finished)$", Opts);

    // "Completion" / "Complete" alone: a claim only with a check mark (## ✅ Completion).
    private static readonly Regex BareHeading = new Regex(@"^(?:complete|completed|completion|done)$", Opts);

    // An achievement line counts when it states a status, not when it repeats a title: a check mark or a status word in capitals.
    private static readonly Regex ClaimValue = new Regex("\u2705|\u2714|\U0001F389|" + @"\b(?:COMPLETED?|DONE|SUCCESS|IN PROGRESS|BLOCKED)\b",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// Adds the statement <paramref name="line"/> makes, if any. <paramref name="lineNo"/> is its 1-based line (0 in a
    /// tail read without the lines before it); <paramref name="indented"/> says it did not start the line.
    /// </summary>
    public static void Read(string line, int lineNo, bool indented, List<StatusStatement> into)
    {
        if (into.Count >= 256 || line.Length == 0) return;
        if (line[0] == '#') { ReadHeading(line, lineNo, into); return; }
        var m = Labelled.Match(line);
        if (m.Success)
        {
            bool result = m.Groups["label"].Value.Equals("Result", StringComparison.OrdinalIgnoreCase);
            var qualifier = m.Groups["qualifier"].Value;
            if (result && !(qualifier.Equals("Execution", StringComparison.OrdinalIgnoreCase) || qualifier.Equals("Final", StringComparison.OrdinalIgnoreCase))) return;
            bool subStep = m.Groups["item"].Success || indented;
            if (subStep && (lineNo == 0 || lineNo > FrontMatterLines)) return;
            var value = m.Groups["value"].Value.Trim();
            into.Add(new StatusStatement(lineNo, StatusWording.Classify(value), value, result ? StatementForm.ResultLine : StatementForm.StatusLine));
            return;
        }
        if (indented) return;
        m = AchievementClaim.Match(line);
        if (!m.Success || !ClaimValue.IsMatch(m.Groups["value"].Value) || !AchievementId.TryParse(m.Groups["id"].Value, out var id)) return;
        var state = StatusWording.Classify(m.Groups["value"].Value);
        if (state == ExecutionState.Complete || state == ExecutionState.InProgress)
            into.Add(new StatusStatement(lineNo, state, line.Trim(), StatementForm.AchievementLine, id));
    }

    /// <summary>A level-2 or level-3 heading that is itself a claim of completion (a level-1 heading is the file's title).</summary>
    private static void ReadHeading(string line, int lineNo, List<StatusStatement> into)
    {
        int level = 0;
        while (level < line.Length && line[level] == '#') level++;
        if (level < 2 || level > 3 || line.Length > 200) return;
        var words = Words(line.AsSpan(level), out bool checkMark);
        if (ClaimHeading.IsMatch(words) || (checkMark && BareHeading.IsMatch(words)))
            into.Add(new StatusStatement(lineNo, ExecutionState.Complete, line.Trim(), StatementForm.Heading));
    }

    /// <summary>The heading's letters, digits and separators, with emoji, emphasis and punctuation dropped; whether it carries ✅/✔/🎉.</summary>
    private static string Words(ReadOnlySpan<char> text, out bool checkMark)
    {
        var sb = new StringBuilder(text.Length);
        checkMark = text.IndexOf('\u2705') >= 0 || text.IndexOf('\u2714') >= 0 || text.IndexOf("\U0001F389".AsSpan()) >= 0;
        foreach (var c in text)
        {
            if (c < 128 ? char.IsLetterOrDigit(c) || c == '.' || c == ':' || c == '-' || c == '_' : c == '–' || c == '—' || char.IsLetter(c)) sb.Append(c);
            else if ((c == ' ' || c == '\t') && sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
        }
        return sb.ToString().Trim().TrimEnd('.', ':', '-').Trim();
    }

    /// <summary>
    /// The statement that decides the file's state; null when it makes none. An achievement line about another
    /// achievement than the file's own (<paramref name="own"/>, its header) does not count.
    /// </summary>
    public static StatusStatement? Decide(List<StatusStatement>? statements, AchievementId[]? own)
    {
        if (statements == null) return null;
        StatusStatement? decided = null;
        foreach (var s in statements)
        {
            if (s.Form == StatementForm.AchievementLine && own != null && Array.IndexOf(own, s.Id!.Value) < 0) continue;
            if (s.State == ExecutionState.Pending && decided is { } d && d.State != ExecutionState.Pending && d.State != ExecutionState.None) continue;
            decided = s;
        }
        return decided;
    }
}
