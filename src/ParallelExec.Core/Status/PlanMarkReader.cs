using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using ParallelExec.Plans;

namespace ParallelExec.Status;

/// <summary>
/// Finds every place a PLAN marks an achievement complete (docs/reference/status.md, "What a PLAN says"): the
/// definition line's ✅; a <c>**Status**: ✅ COMPLETE</c> line in the achievement's own section (a tracking section
/// under <c>### Achievement 2.1</c>, or the lines after its bold definition); a checklist or progress item that starts
/// with the achievement (<c>- [x] 2.1: …</c>, <c>- [x] **SUBPLAN_21**: Achievement 2.1 - ✅ Complete</c>,
/// <c>- ✅ **Achievement 2.1 COMPLETE**: …</c>); and such items in the plan's <c>summary/*COMPLETE*.md</c> files.
/// An item about an EXECUTION_TASK, a sub-step or several achievements is not a mark.
/// </summary>
internal static class PlanMarkReader
{
    /// <summary>A status line this many lines below its section's start still belongs to the achievement.</summary>
    public const int SectionReach = 40;

    private const RegexOptions Opts = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled;

    // - [x] 2.1: … | - [x] Achievement 2.1 … | - [x] Achievement 4.1 & 4.2 - … | - ✅ **Achievement 2.1 COMPLETE**: … | 1. ✅ Achievement 2.1 - … | - [x] **SUBPLAN_21**: Achievement 2.1 - ✅ Complete
    private static readonly Regex Item = new Regex(
        @"^(?:[-*+]|[0-9]{1,3}[.)])[ \t]+(?<check>\[[xX]\][ \t]*)?(?:(?:\u2705|\u2714\uFE0F?|\*\*|__)[ \t]*)*(?:(?<file>SUBPLAN|EXECUTION_TASK)[A-Z0-9_\-]*(?:\*\*)?[ \t]*:?[ \t]*(?:\*\*)?[ \t]*)?(?:Achievements?[ \t]+)?(?<id>[0-9]{1,9}\.[0-9]{1,9})(?![0-9.])(?:[ \t]*(?:&|,|\band\b|\+|/)[ \t]*(?:Achievement[ \t]+)?(?<id>[0-9]{1,9}\.[0-9]{1,9})(?![0-9.]))*(?<rest>.{0,400})", Opts);

    private static readonly Regex StatusLine = new Regex(@"^(?:[-*+][ \t]+)?\*\*[ \t]*Status[ \t]*(?::[ \t]*\*\*|\*\*[ \t]*:)[ \t]*(?<value>.*)$", Opts);

    // Another achievement named in the item: then it is about several, or about the work of another.
    private static readonly Regex OtherId = new Regex(@"\b[0-9]{1,9}\.[0-9]{1,9}\b|\bphase[ \t]+[0-9]", Opts);

    private static readonly SearchValues<char> MarkStarts = SearchValues.Create("\u2705\u2714\u00E2[CD");

    private static readonly Regex Checkbox = new Regex(@"^(?:[-*+]|[0-9]{1,3}[.)])[ \t]+(?:\[[xX]\][ \t]*)?", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Reads the marks of <paramref name="text"/> (the PLAN at <paramref name="path"/>) and of the plan root's summaries, onto the plan's achievements.</summary>
    public static void Apply(ParallelPlan plan, string text)
    {
        var graph = plan.Graph;
        if (plan.Achievements.Count == 0) return;
        var marks = new List<PlanMark>?[plan.Achievements.Count];
        foreach (var a in plan.Achievements)
            if (a.PlanMarker != null && graph.TryIndex(a.Key, out var i)) Add(marks, i, new PlanMark(plan.PlanPath, a.Line, a.PlanMarker));
        Read(plan, plan.PlanPath, text, sections: true, marks);
        foreach (var summary in Summaries(plan.PlanRoot))
            Read(plan, summary, PlanText.Read(summary, new List<PlanDiagnostic>(), 4L * 1024 * 1024), sections: false, marks);
        for (int k = 0; k < marks.Length; k++)
            if (marks[k] != null) plan.Achievements[k].PlanMarks = marks[k]!.ToArray();
    }

    /// <summary>The <c>summary/*COMPLETE*.md</c> files of a plan root (none when it has no summary folder).</summary>
    private static IEnumerable<string> Summaries(string root)
    {
        var folder = Path.Combine(root, PlanConventions.SummaryFolder);
        if (!Directory.Exists(folder)) return Array.Empty<string>();
        try
        {
            var found = new List<string>();
            foreach (var f in Directory.EnumerateFiles(folder, "*.md"))
                if (Path.GetFileName(f).Contains("COMPLETE", StringComparison.OrdinalIgnoreCase) && !PlanConventions.IsPlanFileName(Path.GetFileName(f))) found.Add(f);
            found.Sort(StringComparer.Ordinal);
            return found;
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException) { return Array.Empty<string>(); }
    }

    private static void Read(ParallelPlan plan, string path, string text, bool sections, List<PlanMark>?[] marks)
    {
        int section = -1, sectionLine = 0, lineNo = 0, pos = 0;
        bool fenced = false;
        while (pos < text.Length)
        {
            int nl = text.IndexOf('\n', pos);
            int end = nl < 0 ? text.Length : nl;
            int p = pos;
            pos = nl < 0 ? text.Length : nl + 1;
            lineNo++;
            while (p < end && (text[p] == ' ' || text[p] == '\t')) p++;
            if (p >= end || end - p > 600) continue;
            char c = text[p];
            if (IsFence(text, p, end)) { fenced = !fenced; continue; }
            if (fenced) continue; // an example in a code block marks nothing
            if (c == '#' || (c == '*' && end - p > 2 && text[p + 1] == '*'))
            {
                if (sections && text.IndexOf("chievement", p, Math.Min(end - p, 40), StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    if (TrySectionStart(text, p, end, out var sid) && plan.Graph.TryIndex(sid, out var si))
                    {
                        section = si;
                        sectionLine = lineNo;
                        continue;
                    }
                }
                if (c == '#') section = -1;
                else if (section >= 0 && lineNo - sectionLine <= SectionReach) ReadSectionStatus(text, p, end, path, lineNo, section, marks);
                continue;
            }
            if (c == '-' || c == '*' || c == '+' || (c >= '0' && c <= '9')) ReadItem(plan, text, p, end, path, lineNo, marks);
        }
    }

    /// <summary>
    /// A heading or bold definition that opens an achievement's section (<c>### Achievement 2.1 …</c>, <c>### ✅
    /// Achievement 2.1</c>, <c>**Achievement 2.1**: …</c>), read as the pattern
    /// <c>^(?:#{2,5}[ \t]+(?:[^\sA-Za-z0-9]+[ \t]*)?|\*\*)Achievement[ \t]+([0-9]{1,9})\.([0-9]{1,9})(?![0-9.])</c> (ignoring
    /// case) reads it, without a Match and an id string per definition line.
    /// </summary>
    internal static bool TrySectionStart(string text, int p, int end, out AchievementId id)
    {
        id = default;
        int i = p;
        if (i < end && text[i] == '#')
        {
            while (i < end && text[i] == '#') i++;
            int level = i - p;
            if (level < 2 || level > 5 || !SkipBlanks(text, ref i, end)) return false;
            int symbols = i;
            while (i < end && !char.IsWhiteSpace(text[i]) && !char.IsAsciiLetterOrDigit(text[i])) i++;
            if (i > symbols) SkipBlanks(text, ref i, end);
        }
        else if (i + 1 < end && text[i] == '*' && text[i + 1] == '*') i += 2;
        else return false;
        if (end - i < 11 || !text.AsSpan(i, 11).Equals("Achievement", StringComparison.OrdinalIgnoreCase)) return false;
        i += 11;
        if (!SkipBlanks(text, ref i, end)) return false;
        if (!BoldDefinitionLine.ReadNumber(text, ref i, end, out int major) || i >= end || text[i] != '.') return false;
        i++;
        if (!BoldDefinitionLine.ReadNumber(text, ref i, end, out int minor) || (i < end && (char.IsAsciiDigit(text[i]) || text[i] == '.'))) return false;
        id = new AchievementId(major, minor);
        return true;
    }

    /// <summary>One or more spaces or tabs at <paramref name="i"/>, skipped; false when there is none.</summary>
    private static bool SkipBlanks(string text, ref int i, int end)
    {
        int from = i;
        while (i < end && (text[i] == ' ' || text[i] == '\t')) i++;
        return i > from;
    }

    /// <summary>A line that opens or closes a fenced code block (``` or ~~~).</summary>
    internal static bool IsFence(string text, int p, int end) =>
        end - p >= 3 && (text[p] == '`' || text[p] == '~') && text[p + 1] == text[p] && text[p + 2] == text[p];

    /// <summary>A <c>**Status**:</c> line in an achievement's section that says complete.</summary>
    private static void ReadSectionStatus(string text, int p, int end, string path, int lineNo, int section, List<PlanMark>?[] marks)
    {
        if (text.IndexOf("tatus", p, Math.Min(end - p, 16), StringComparison.OrdinalIgnoreCase) < 0) return;
        var m = StatusLine.Match(text.Substring(p, end - p).TrimEnd()); // the text was repaired when read (PlanText)
        if (m.Success && StatusWording.Classify(m.Groups["value"].Value) == ExecutionState.Complete)
            Add(marks, section, new PlanMark(path, lineNo, Shorten("Status: " + m.Groups["value"].Value)));
    }

    /// <summary>A checklist or progress item that starts with one achievement and says it is done.</summary>
    private static void ReadItem(ParallelPlan plan, string text, int p, int end, string path, int lineNo, List<PlanMark>?[] marks)
    {
        if (!MayMark(text, p, end)) return;
        var line = text.Substring(p, end - p).TrimEnd();
        var m = Item.Match(line);
        if (!m.Success || m.Groups["file"].Value.Equals("EXECUTION_TASK", StringComparison.OrdinalIgnoreCase)) return;
        var rest = m.Groups["rest"].Value;
        if (MentionsOthers(rest, m.Groups["id"].Captures)) return;
        bool done = m.Groups["check"].Success || StatusMarks.Find(line) != null;
        if (!done || StatusWording.Classify(rest) == ExecutionState.InProgress) return;
        var said = Shorten(Checkbox.Replace(line, ""));
        foreach (Capture c in m.Groups["id"].Captures)
            if (AchievementId.TryParse(c.Value, out var id) && plan.Graph.TryIndex(id, out var i)) Add(marks, i, new PlanMark(path, lineNo, said));
    }

    /// <summary>
    /// One pass over an item for what a mark needs: a checked box, a check mark (or its double-encoded lead byte),
    /// COMPLETE or DONE in capitals; and a digit, since a mark names an id.
    /// </summary>
    private static bool MayMark(string text, int p, int end)
    {
        var line = text.AsSpan(p, end - p);
        if (line.IndexOfAnyInRange('0', '9') < 0) return false;
        int i = 0;
        while (i < line.Length)
        {
            int at = line.Slice(i).IndexOfAny(MarkStarts);
            if (at < 0) return false;
            i += at;
            var rest = line.Slice(i);
            switch (rest[0])
            {
                case '[': if (rest.Length > 2 && (rest[1] | 0x20) == 'x' && rest[2] == ']') return true; break;
                case 'C': if (rest.StartsWith("COMPLETE", StringComparison.Ordinal)) return true; break;
                case 'D': if (rest.StartsWith("DONE", StringComparison.Ordinal)) return true; break;
                default: return true; // ✅, ✔, or the lead of a double-encoded one
            }
            i++;
        }
        return false;
    }

    /// <summary>The item's text names another achievement than the ones it starts with, or a phase: it is about other work.</summary>
    private static bool MentionsOthers(string rest, CaptureCollection own)
    {
        foreach (Match o in OtherId.Matches(rest))
        {
            bool mine = false;
            foreach (Capture c in own)
                if (c.Value == o.Value) { mine = true; break; }
            if (!mine) return true;
        }
        return false;
    }

    private static void Add(List<PlanMark>?[] marks, int i, PlanMark mark)
    {
        var list = marks[i] ??= new List<PlanMark>(1);
        foreach (var m in list)
            if (m.Line == mark.Line && m.Path == mark.Path) return;
        list.Add(mark);
    }

    private static string Shorten(string s)
    {
        s = s.Replace("**", "").Replace("__", "").Trim();
        return s.Length <= 60 ? s : string.Concat(s.AsSpan(0, 59), "…");
    }
}
