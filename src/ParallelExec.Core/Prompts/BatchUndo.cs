using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json;
using ParallelExec.Diagnostics;
using ParallelExec.Plans;

namespace ParallelExec.Prompts;

/// <summary>Takes back a scaffolded batch: removes only its files that are still unchanged, never anything else.</summary>
internal static class BatchUndo
{
    /// <summary>The batch records of a plan root, oldest first (ids start with their UTC time).</summary>
    public static string[] Records(string planRoot)
    {
        var folder = PlanConventions.BatchesFolder(planRoot);
        if (!Directory.Exists(folder)) return Array.Empty<string>();
        return Directory.GetFiles(folder, "*.json").OrderBy(f => System.IO.Path.GetFileName(f), StringComparer.Ordinal).ToArray();
    }

    /// <summary>Reads the batch record <paramref name="id"/>, or the latest one when id is null.</summary>
    public static BatchRecord Load(string planRoot, string? id)
    {
        var root = System.IO.Path.GetFullPath(planRoot).TrimEnd(System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar);
        var batches = PlanConventions.BatchesFolder(root);
        if (Directory.Exists(batches)) PlanPaths.RequireInside(root, batches, "read or removed");
        var records = Records(root);
        string? path;
        if (id == null)
        {
            path = records.LastOrDefault();
            if (path == null)
                throw ParallelExecException.Create(ErrorCodes.NoBatchRecorded,
                    $"No scaffolded batch is recorded under '{PlanConventions.BatchesFolder(root)}'.", root,
                    "Only batches written with -Scaffold can be undone.");
        }
        else
        {
            path = records.FirstOrDefault(r => string.Equals(System.IO.Path.GetFileNameWithoutExtension(r), id, StringComparison.OrdinalIgnoreCase));
            if (path == null)
                throw ParallelExecException.Create(ErrorCodes.BatchNotFound,
                    $"No batch '{id}' is recorded for the plan in '{root}'.", root,
                    $"Omit -Id to undo the latest batch, or list the recorded ones in {BatchesShown(root)}.", target: id);
        }
        BatchRecord record;
        try
        {
            record = BatchRecord.FromJson(root, path, File.ReadAllText(path));
        }
        catch (Exception e) when (e is JsonException || e is IOException || e is UnauthorizedAccessException || e is InvalidCastException)
        {
            throw ParallelExecException.Create(ErrorCodes.BatchRecordUnreadable,
                $"Cannot read the batch record '{path}': {e.Message}", path, "Nothing was removed. Restore the record, or remove the batch's files by hand.", e);
        }
        foreach (var p in record.Files.Select(f => f.Path).Concat(record.CreatedFolders)) CheckNamed(record, p);
        return record;
    }

    /// <summary>
    /// A record that names a path outside the plan root (<c>../x</c>, <c>/etc/hostname</c>, or through a link), or a path
    /// no file may have, was not written by a scaffold: it is refused whole, before anything is removed.
    /// </summary>
    private static void CheckNamed(BatchRecord record, string path)
    {
        if (path.Contains('\0', StringComparison.Ordinal) || path.IndexOfAny(System.IO.Path.GetInvalidPathChars()) >= 0)
            throw ParallelExecException.Create(ErrorCodes.BatchRecordUnreadable,
                $"The batch record '{record.RecordPath}' names a path with characters no file name may hold ('{path.Replace("\0", "\\0")}'); nothing was removed.",
                record.RecordPath, "The record was changed by hand or damaged: remove the batch's files by hand, then the record.");
        try
        {
            PlanPaths.RequireInside(record.PlanRoot, System.IO.Path.Combine(record.PlanRoot, path), "removed");
        }
        catch (ParallelExecException e)
        {
            throw ParallelExecException.Create(ErrorCodes.PathOutsidePlan, $"The batch record '{record.RecordPath}' names '{path}': {e.Message}",
                e.Diagnostic.Path, "A scaffold records only files below the plan root: the record was changed by hand, or a folder was replaced by a link. Remove the batch's files by hand.",
                e, e.Diagnostic.TargetObject);
        }
    }

    /// <summary>
    /// Removes the batch's unchanged files (each after <paramref name="shouldRemove"/> agrees), then, when none of its files
    /// is left, the folders it created (when empty) and its record.
    /// </summary>
    public static List<BatchUndoResult> Undo(BatchRecord record, Func<string, bool> shouldRemove)
    {
        var results = new List<BatchUndoResult>();
        bool allGone = true;
        foreach (var f in record.Files)
        {
            var result = UndoFile(record, f, shouldRemove);
            if (result.ActionValue == BatchUndoAction.Kept || result.ActionValue == BatchUndoAction.NotRemoved) allGone = false;
            results.Add(result);
        }
        if (allGone) RemoveBookkeeping(record);
        return results;
    }

    /// <summary>Removes one file of the batch when it is inside the plan, unchanged and confirmed; says what was done.</summary>
    private static BatchUndoResult UndoFile(BatchRecord record, BatchRecordFile f, Func<string, bool> shouldRemove)
    {
        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(record.PlanRoot, f.Path));
        BatchUndoResult Result(BatchUndoAction action, string reason) => new BatchUndoResult(record.Id, full, f.Path, action, reason);
        if (!PlanPaths.IsInside(record.PlanRoot, full)) return Result(BatchUndoAction.Kept, "outside the plan folder: never touched");
        if (!File.Exists(full)) return Result(BatchUndoAction.AlreadyGone, "no longer there");
        string hash;
        try { hash = BatchScaffolder.Sha256(full); }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            return Result(BatchUndoAction.Kept, "cannot be read, so it is kept: " + e.Message);
        }
        if (!string.Equals(hash, f.Sha256, StringComparison.OrdinalIgnoreCase)) return Result(BatchUndoAction.Kept, "edited since the batch wrote it");
        if (!shouldRemove(full)) return Result(BatchUndoAction.NotRemoved, "not confirmed");
        try { File.Delete(full); }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            return Result(BatchUndoAction.Kept, "cannot be removed: " + e.Message);
        }
        return Result(BatchUndoAction.Removed, "unchanged since the batch wrote it");
    }

    /// <summary>Once none of its files is left: the folders the batch created (except the record's), deepest first, when empty; then the record.</summary>
    private static void RemoveBookkeeping(BatchRecord record)
    {
        var root = record.PlanRoot;
        var batches = PlanConventions.BatchesFolder(root);
        var folders = record.CreatedFolders.Select(c => System.IO.Path.GetFullPath(System.IO.Path.Combine(root, c)))
            .Where(c => PlanPaths.IsInside(root, c)).ToArray();
        foreach (var folder in folders.Where(c => !IsRecordFolder(root, c)).OrderByDescending(c => c.Length))
            PlanWrites.TryDeleteEmptyFolder(folder);
        BatchScaffolder.TryDeleteFile(record.RecordPath);
        // The tool's own bookkeeping folders go when the last record goes, whichever batch created them.
        if (BatchScaffolder.TryDeleteEmptyFolder(batches)) BatchScaffolder.TryDeleteEmptyFolder(System.IO.Path.GetDirectoryName(batches)!);
    }

    /// <summary>".parallel/batches": the batches folder as a path below the plan root.</summary>
    private static string BatchesShown(string root) =>
        System.IO.Path.GetRelativePath(root, PlanConventions.BatchesFolder(root)).Replace('\\', '/');

    private static bool IsRecordFolder(string root, string folder)
    {
        var parallel = System.IO.Path.Combine(root, PlanConventions.ModuleFolder);
        return string.Equals(folder, parallel, StringComparison.Ordinal) || PlanPaths.IsInside(parallel, folder);
    }
}
