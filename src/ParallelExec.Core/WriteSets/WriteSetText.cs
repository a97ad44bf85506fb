using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace ParallelExec.WriteSets;

/// <summary>
/// Reads the declared paths of one markdown text (a SUBPLAN, or an achievement's block of its PLAN). Paths count inside
/// the parts that say what the work writes: a heading or a bold label naming Deliverables, What Needs to Be Created,
/// Files to Create / Modify / Update / Change, Files Created / Modified, Outputs, or Conflict Analysis. Inside such a
/// part, a sub-heading or label that names reading (Files to Read / Audit / Review, References, Inputs, Sources,
/// Current) is left out, and so are fenced code blocks.
/// </summary>
internal static class WriteSetText
{
    private static readonly Regex Heading = new Regex(@"^(#{1,6})\s+(.*)$", RegexOptions.CultureInvariant);
    // "**Files to Create**:", "- **Deliverables**:", "Deliverables:" (with an emoji before it or not).
    private static readonly Regex Label = new Regex(@"^\s*(?:[-*+]\s+)?(?:[^\p{L}\p{N}*\s`]+\s*)?(?:\*\*(?<name>[^*`]{2,80})\*\*|(?<name>[A-Z][A-Za-z /-]{1,40}):)", RegexOptions.CultureInvariant);
    private static readonly Regex Writes = new Regex(
        @"\b(deliverables?|what needs to be (created|done|built|changed)|files? (to )?(create|modify|update|change|edit|write|add|touch|delete|move|archive)|files? (created|modified|updated|changed|touched|written|affected)|(create|modify|update|change|edit|write)d? files?|outputs?|conflict analysis|new files?|changes? to)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex Location = new Regex(@"^\s*(?:[-*+]\s+)?\**(?:location|folder|directory|saved to|save to|path)\**\s*:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex Reads = new Regex(
        @"\b(read|reads|reading|audit|review|reference|references|input|inputs|source material|sources|context|current|existing|background|example|examples|focus rules|related|execute|run|no modifications?|unchanged|read-only)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>The paths the text declares; <paramref name="firstLine"/> is the line number of the text's first line in its file.</summary>
    public static List<DeclaredPath> Read(string text, string file, int firstLine, string repoRoot)
    {
        var found = new List<DeclaredPath>();
        var display = Display(file, repoRoot);
        var folder = Path.GetDirectoryName(file) ?? repoRoot;
        int writeLevel = -1; // the heading level of the write part we are in; -1: none
        int readLevel = -1;                     // the heading level of a left-out reading part inside it; -1: none
        bool labelWrite = false, labelRead = false, fenced = false;
        bool analysis = false; // inside "Conflict Analysis with Other Subplans": a clause naming another achievement is about its files
        int bare = -1; // the last declared path that is a file name alone, which a Location line may place in a folder
        string? bareSpan = null;
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal)) { fenced = !fenced; continue; }
            if (fenced) continue;
            var h = Heading.Match(line);
            if (h.Success)
            {
                int level = h.Groups[1].Length;
                var title = h.Groups[2].Value;
                labelWrite = labelRead = false;
                if (readLevel >= 0 && level <= readLevel) readLevel = -1;
                if (writeLevel >= 0 && level <= writeLevel) writeLevel = -1;
                if (writeLevel < 0) { if (Writes.IsMatch(title) && !Reads.IsMatch(title)) { writeLevel = level; analysis = ConflictAnalysis.IsMatch(title); } }
                else if (Reads.IsMatch(title) && !Writes.IsMatch(title)) readLevel = level;
                continue;
            }
            var label = Label.Match(line);
            if (label.Success)
            {
                var name = label.Groups["name"].Value;
                bool w = Writes.IsMatch(name) && !Reads.IsMatch(name);
                bool r = !w && (Reads.IsMatch(name) || IsField(name));
                if (w || r) { labelWrite = w; labelRead = r; }
            }
            bool inWrite = (writeLevel >= 0 && readLevel < 0 && !labelRead) || labelWrite;
            if (!inWrite) continue;
            Declare(found, analysis && writeLevel >= 0 ? OwnClauses(line) : line, firstLine + i, display, repoRoot, folder, ref bare, ref bareSpan);
        }
        return found;
    }

    /// <summary>The paths of one line of a write part, a file alone placed by a folder after it ("in `x/`", "Location: `x/`").</summary>
    private static void Declare(List<DeclaredPath> found, string line, int lineNo, string display, string repoRoot, string folder, ref int bare, ref string? bareSpan)
    {
        bool location = Location.IsMatch(line);
        foreach (var span in PathText.Spans(line))
        {
            if (ReadMention(line, span)) continue;
            if (PathText.Normalize(span, repoRoot, folder) is not { } path) continue;
            // "1. **`Report.md`**" then "- Location: `documentation/`": the file is documentation/Report.md.
            // and "`parallel_prompt_builder.py` in `LLM/scripts/generation/`": the file is in that folder.
            bool placed = location && bare >= 0 && lineNo - found[bare].Line <= 6
                || bare >= 0 && found[bare].Line == lineNo && bareSpan != null && Placing(line, bareSpan, span);
            if (placed && path.EndsWith("/**", StringComparison.Ordinal))
            {
                var named = found[bare];
                found[bare] = new DeclaredPath(path[..^2] + named.Path, display, named.Line);
                bare = -1;
                continue;
            }
            found.Add(new DeclaredPath(path, display, lineNo));
            bare = path.IndexOf('/') < 0 && span.IndexOf('/') < 0 && span.IndexOf('\\') < 0 ? found.Count - 1 : -1;
            bareSpan = bare >= 0 ? span : null;
        }
    }

    private static readonly Regex ConflictAnalysis = new Regex(@"conflict analysis", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex Clause = new Regex(@"(?<=;\s|\.\s|:\s|^)", RegexOptions.CultureInvariant);
    private static readonly Regex OtherAchievement = new Regex(@"(?<![\w.`/])[0-9]+\.[0-9]+(?![\w.`/])|SUBPLAN_\S*[0-9]|\bother (subplan|achievement)s?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// The clauses of a Conflict Analysis line that speak of this SUBPLAN: "2.1 writes `alerts/`; this SUBPLAN writes only
    /// `dashboards/`" keeps the second clause alone (the first names another achievement's files).
    /// </summary>
    private static string OwnClauses(string line)
    {
        var parts = Clause.Split(line);
        var kept = new System.Text.StringBuilder();
        foreach (var part in parts)
            if (!OtherAchievement.IsMatch(part)) kept.Append(part);
        return kept.ToString();
    }

    private static readonly Regex PlacingWord = new Regex(@"^\s*(?:in|under|into|inside|at|to)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex ReadingWord = new Regex(@"\b(reads?|reading|references?|referencing|see|following|based on|uses?|using|from|like|per|consult|execute|run)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>"Reads `x`", "following `x` pattern", "(see `x`)": the words just before the span say it is read, not written.</summary>
    private static bool ReadMention(string line, string span)
    {
        int at = line.IndexOf("`" + span + "`", StringComparison.Ordinal);
        if (at <= 0) return false;
        int from = Math.Max(0, line.LastIndexOf('`', at - 1) + 1);
        return ReadingWord.IsMatch(line[from..at].TrimEnd(' ', '(', ':', '*'));
    }

    /// <summary>"`file` in `folder/`": only a placing word between the two spans.</summary>
    private static bool Placing(string line, string fileSpan, string folderSpan)
    {
        int a = line.IndexOf("`" + fileSpan + "`", StringComparison.Ordinal);
        int b = line.IndexOf("`" + folderSpan + "`", StringComparison.Ordinal);
        if (a < 0 || b <= a) return false;
        int from = a + fileSpan.Length + 2;
        return b > from && PlacingWord.IsMatch(line[from..b]);
    }

    /// <summary>A PLAN field label that ends a Deliverables list (Success Criteria, Dependencies, Estimate…).</summary>
    private static bool IsField(string name) =>
        Regex.IsMatch(name, @"\b(success|criteria|dependenc|depends|blocks|estimate|effort|goal|objective|status|priority|approach|tests?|testing|why|what|how)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The declaring file as shown: relative to the repository root when inside it.</summary>
    public static string Display(string file, string repoRoot)
    {
        var rel = Path.GetRelativePath(repoRoot, file).Replace('\\', '/');
        return rel.StartsWith("../", StringComparison.Ordinal) ? file : rel;
    }
}
