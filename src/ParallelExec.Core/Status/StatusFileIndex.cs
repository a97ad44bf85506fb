using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using ParallelExec.Diagnostics;
using ParallelExec.Plans;

namespace ParallelExec.Status;

/// <summary>
/// The methodology files below one plan root, found with one enumeration: SUBPLAN_, EXECUTION_TASK_, APPROVED_,
/// FIX_, FIX_…_RESOLUTION and SKIPPED_ files, case-insensitively, at most <see cref="MaxDepth"/> folders deep.
/// Symlinked folders are not followed, and a sub-folder that holds its own PLAN_*.md (another plan) is left out.
/// </summary>
internal sealed class StatusFileIndex
{
    public const int MaxDepth = 4;

    /// <summary>Entries (files and folders) looked at per root before the scan stops with a warning.</summary>
    public const int DefaultMaxEntries = 100_000;

    private static readonly Regex SubplanName = PlanConventions.SubplanName;
    private static readonly Regex ExecutionName = PlanConventions.ExecutionName;
    private static readonly Regex FeedbackName = PlanConventions.FeedbackName;
    private static readonly HashSet<string> ConventionalFolders = PlanConventions.ConventionalFolders;

    private StatusFileIndex(string root) { Root = root; }

    public string Root { get; }
    public List<StatusFile> Subplans { get; } = new List<StatusFile>();
    public List<StatusFile> Executions { get; } = new List<StatusFile>();
    public List<StatusFile> Feedback { get; } = new List<StatusFile>();

    /// <summary>The names of the PLAN_&lt;NAME&gt;.md files in the root itself (and its planning/ folder).</summary>
    public HashSet<string> PlanNames { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the root holds any APPROVED_ or FIX_ file (the plan uses reviews).</summary>
    public bool HasReviewFiles { get; private set; }

    /// <summary>Findings of the scan itself (unreadable folders, a truncated scan); reported once per index.</summary>
    public List<PlanDiagnostic> Diagnostics { get; } = new List<PlanDiagnostic>();
    public bool DiagnosticsReported { get; set; }

    public int EntriesSeen { get; private set; }

    /// <summary>
    /// Enumerates the root once. Deep: every folder to <see cref="MaxDepth"/>. Shallow (a PLAN file that is not named
    /// PLAN_*.md, which may sit in any folder): only the root's subplans/, execution/ and feedbacks/ folders (any case),
    /// so that a plan given from a big unrelated folder costs one directory listing of its sub-folders.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static StatusFileIndex Build(string root, bool deep, int maxEntries = DefaultMaxEntries)
    {
        var index = new StatusFileIndex(root);
        var pending = new Stack<(string Dir, int Depth)>();
        pending.Push((root, 0));
        int maxDepth = deep ? MaxDepth : 2;
        var files = new List<string>();
        var dirs = new List<string>();
        while (pending.Count > 0)
        {
            var (dir, depth) = pending.Pop();
            files.Clear();
            dirs.Clear();
            bool listFiles = deep || depth > 0;
            try
            {
                if (listFiles) files.AddRange(Directory.EnumerateFiles(dir));
                if (depth < maxDepth) dirs.AddRange(Directory.EnumerateDirectories(dir));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is System.Security.SecurityException)
            {
                index.Diagnostics.Add(new PlanDiagnostic(DiagnosticSeverity.Warning, ErrorCodes.FolderUnreadable,
                    $"Cannot read the folder '{dir}': {e.Message}", dir,
                    suggestion: "Check its permissions; the status ignores the files in it.", target: dir));
                continue;
            }
            index.EntriesSeen += files.Count + dirs.Count;
            if (index.EntriesSeen > maxEntries)
            {
                index.Diagnostics.Add(new PlanDiagnostic(DiagnosticSeverity.Warning, ErrorCodes.StatusScanTruncated,
                    $"'{root}' holds more than {maxEntries:N0} files and folders; the status was derived from the part scanned.", root,
                    suggestion: "Keep a plan's files in its own folder (PLAN_<NAME>.md, subplans/, execution/), away from unrelated trees.", target: root));
                break;
            }

            bool planFolder = depth == 0 || (depth == 1 && PlanConventions.IsPlanningFolder(dir));
            if (!planFolder && HoldsPlan(files)) continue; // another plan's root: its files are its own

            foreach (var sub in dirs)
            {
                var name = Path.GetFileName(sub);
                if (PlanConventions.SkippedFolders.Contains(name)) continue;
                if (!deep && !ConventionalFolders.Contains(name)) continue;
                try
                {
                    if ((File.GetAttributes(sub) & FileAttributes.ReparsePoint) != 0) continue; // never follow a symlinked folder
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException) { continue; }
                pending.Push((sub, depth + 1));
            }
            foreach (var path in files)
            {
                var name = Path.GetFileName(path);
                if (planFolder && PlanConventions.IsPlanFileName(name))
                {
                    index.PlanNames.Add(name.Substring(5, name.Length - 8));
                    continue;
                }
                index.Classify(path, name);
            }
        }
        index.Subplans.Sort(ByPath);
        index.Executions.Sort(ByPath);
        index.Feedback.Sort(ByPath);
        return index;
    }

    private static int ByPath(StatusFile a, StatusFile b) => string.CompareOrdinal(a.Path, b.Path);

    private static bool HoldsPlan(List<string> files)
    {
        foreach (var f in files)
            if (PlanConventions.IsPlanFileName(Path.GetFileName(f))) return true;
        return false;
    }

    private void Classify(string path, string name)
    {
        if (name.Length < 8 || !name.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) return;
        char c = char.ToUpperInvariant(name[0]);
        Match m;
        switch (c)
        {
            case 'S' when name.StartsWith("SUBPLAN_", StringComparison.OrdinalIgnoreCase):
                m = SubplanName.Match(name);
                if (m.Success) Subplans.Add(new StatusFile(path, name, StatusFileKind.Subplan, m.Groups["nn"].Value, m.Groups["name"].Value));
                return;
            case 'E' when name.StartsWith("EXECUTION_TASK_", StringComparison.OrdinalIgnoreCase):
                m = ExecutionName.Match(name);
                if (m.Success) Executions.Add(new StatusFile(path, name, StatusFileKind.Execution, m.Groups["nn"].Value, m.Groups["name"].Value));
                return;
            case 'A':
            case 'F':
            case 'S':
                m = FeedbackName.Match(name);
                if (!m.Success) return;
                var kindText = m.Groups["kind"].Value.ToUpperInvariant();
                bool resolution = m.Groups["resolution"].Success;
                if (resolution && kindText != "FIX") return;
                var kind = kindText == "APPROVED" ? StatusFileKind.Approved
                    : kindText == "SKIPPED" ? StatusFileKind.Skipped
                    : resolution ? StatusFileKind.FixResolution : StatusFileKind.Fix;
                if (kind == StatusFileKind.Approved || kind == StatusFileKind.Fix) HasReviewFiles = true;
                Feedback.Add(new StatusFile(path, name, kind, m.Groups["nn"].Value, null));
                return;
        }
    }
}
