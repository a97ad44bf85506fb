using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using ParallelExec.Plans;

namespace ParallelExec.Status;

/// <summary>
/// The methodology files below one plan root, found with one enumeration: SUBPLAN_, EXECUTION_TASK_, APPROVED_,
/// FIX_, FIX_…_RESOLUTION and SKIPPED_ files, case-insensitively, at most <see cref="MaxDepth"/> folders deep.
/// Symlinked folders are not followed, and a sub-folder that holds its own PLAN_*.md (another plan) is left out.
/// What each file is, <see cref="StatusFileNames"/> says from its name; its head is read when first asked.
/// </summary>
internal sealed class StatusFileIndex
{
    public const int MaxDepth = 4;

    /// <summary>Entries (files and folders) looked at per root before the scan stops with a warning.</summary>
    public const int DefaultMaxEntries = 100_000;

    private StatusFileIndex(string root, ConcurrentDictionary<string, string?>? owners) { Root = root; _owners = owners; }

    /// <summary>The command's answers of <see cref="PlanCompanion.OwnerOf"/>; null to read each PLAN head when asked.</summary>
    private readonly ConcurrentDictionary<string, string?>? _owners;

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
    public static StatusFileIndex Build(string root, bool deep, int maxEntries = DefaultMaxEntries, ConcurrentDictionary<string, string?>? owners = null)
    {
        var index = new StatusFileIndex(root, owners);
        var pending = new Stack<(string Dir, int Depth)>();
        pending.Push((root, 0));
        int maxDepth = deep ? MaxDepth : 2;
        var files = new List<string>();
        var dirs = new List<string>();
        while (pending.Count > 0)
        {
            var (dir, depth) = pending.Pop();
            if (!index.TryList(dir, deep || depth > 0, depth < maxDepth, files, dirs)) continue;
            index.EntriesSeen += files.Count + dirs.Count;
            if (index.EntriesSeen > maxEntries)
            {
                index.Diagnostics.Add(StatusWarnings.ScanTruncated(root, maxEntries));
                break;
            }
            bool planFolder = depth == 0 || (depth == 1 && PlanConventions.IsPlanningFolder(dir));
            if (!planFolder && index.HoldsPlan(files)) continue; // another plan's root: its files are its own
            PushFolders(pending, dirs, depth + 1, deep);
            index.AddFiles(files, planFolder);
        }
        index.Subplans.Sort(ByPath);
        index.Executions.Sort(ByPath);
        index.Feedback.Sort(ByPath);
        return index;
    }

    /// <summary>Below this many SUBPLANs and EXECUTION_TASKs, their heads are read one by one as they are asked for.</summary>
    internal const int ParallelHeadsFrom = 24;

    /// <summary>
    /// <see cref="Build"/>, then the head of every SUBPLAN and EXECUTION_TASK (each is read to map and decide; a
    /// feedback file only sometimes), on every core, each file by one thread: after this the files are only read from.
    /// </summary>
    public static StatusFileIndex BuildAndRead(string root, bool deep, ConcurrentDictionary<string, string?>? owners = null)
    {
        var index = Build(root, deep, DefaultMaxEntries, owners);
        int count = index.Subplans.Count + index.Executions.Count;
        if (!AllCores.Worth(count, ParallelHeadsFrom)) return index;
        var files = new StatusFile[count];
        index.Subplans.CopyTo(files, 0);
        index.Executions.CopyTo(files, index.Subplans.Count);
        AllCores.For(count, i => files[i].ReadHead());
        return index;
    }

    /// <summary>Lists a folder's files (when <paramref name="listFiles"/>) and sub-folders (when <paramref name="listDirs"/>); false, with a warning, when it cannot be read.</summary>
    private bool TryList(string dir, bool listFiles, bool listDirs, List<string> files, List<string> dirs)
    {
        files.Clear();
        dirs.Clear();
        try
        {
            if (listFiles) files.AddRange(Directory.EnumerateFiles(dir));
            if (listDirs) dirs.AddRange(Directory.EnumerateDirectories(dir));
            return true;
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is System.Security.SecurityException)
        {
            Diagnostics.Add(StatusWarnings.FolderUnreadable(dir, e));
            return false;
        }
    }

    /// <summary>Queues the sub-folders to scan: never a skipped folder or a symlink; shallow, only the conventional ones.</summary>
    private static void PushFolders(Stack<(string Dir, int Depth)> pending, List<string> dirs, int depth, bool deep)
    {
        foreach (var sub in dirs)
        {
            var name = Path.GetFileName(sub);
            if (PlanConventions.SkippedFolders.Contains(name)) continue;
            if (!deep && !PlanConventions.ConventionalFolders.Contains(name)) continue;
            try
            {
                if ((File.GetAttributes(sub) & FileAttributes.ReparsePoint) != 0) continue; // never follow a symlinked folder
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException) { continue; }
            pending.Push((sub, depth));
        }
    }

    /// <summary>Adds a folder's methodology files; in a plan folder, its PLAN_&lt;NAME&gt;.md files name the plans of the root.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddFiles(List<string> files, bool planFolder)
    {
        foreach (var path in files)
        {
            var name = Path.GetFileName(path);
            if (planFolder && PlanConventions.IsPlanFileName(name))
            {
                if (PlanCompanion.OwnerOf(path, _owners) == null) PlanNames.Add(name.Substring(PlanConventions.PlanPrefix.Length, name.Length - PlanConventions.PlanPrefix.Length - 3));
                continue;
            }
            var file = StatusFileNames.Classify(path, name);
            if (file != null) Add(file);
        }
    }

    private void Add(StatusFile file)
    {
        switch (file.Kind)
        {
            case StatusFileKind.Subplan: Subplans.Add(file); break;
            case StatusFileKind.Execution: Executions.Add(file); break;
            default:
                if (file.Kind == StatusFileKind.Approved || file.Kind == StatusFileKind.Fix) HasReviewFiles = true;
                Feedback.Add(file);
                break;
        }
    }

    private static int ByPath(StatusFile a, StatusFile b) => string.CompareOrdinal(a.Path, b.Path);

    /// <summary>The folder holds a PLAN of its own (a companion document, such as a summary, does not make it a plan root).</summary>
    private bool HoldsPlan(List<string> files)
    {
        foreach (var f in files)
            if (PlanConventions.IsPlanFileName(Path.GetFileName(f)) && PlanCompanion.OwnerOf(f, _owners) == null) return true;
        return false;
    }
}
