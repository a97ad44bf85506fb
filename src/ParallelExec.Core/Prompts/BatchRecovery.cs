using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json;
using ParallelExec.Plans;

namespace ParallelExec.Prompts;

/// <summary>
/// Cleans what a scaffolding writer left when it was killed (kill -9, a power cut): a batch whose lock file
/// (<see cref="BatchLock"/>) is still there but held by no one. Its files that are still as the batch meant to write them
/// (or the empty claim of a name) go, with its temporary files, the empty folders it created and its record; a file that
/// was changed since stays. A batch that was complete but for removing its lock keeps its files (it is adopted).
/// </summary>
internal static class BatchRecovery
{
    /// <summary>Cleans the interrupted batches of a plan root; returns what each came to (for a warning), none in the usual case.</summary>
    public static List<string> Clean(string planRoot)
    {
        var cleaned = new List<string>();
        var root = Path.GetFullPath(planRoot).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var batches = PlanConventions.BatchesFolder(root);
        string[] locks;
        try
        {
            if (!Directory.Exists(batches) || !PlanPaths.IsInside(root, batches)) return cleaned;
            locks = Directory.GetFiles(batches, "*.lock");
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            return cleaned;
        }
        bool any = false;
        foreach (var lockPath in locks)
        {
            var id = Path.GetFileNameWithoutExtension(lockPath);
            if (!BatchLock.IsFree(batches, id)) continue;
            var said = CleanOne(root, batches, id);
            PlanWrites.TryDeleteFile(lockPath);
            if (said != null) cleaned.Add(said);
            any = true;
        }
        // The tool's own bookkeeping folders go when the last record goes.
        if (any && PlanWrites.TryDeleteEmptyFolder(batches)) PlanWrites.TryDeleteEmptyFolder(Path.GetDirectoryName(batches)!);
        return cleaned;
    }

    private static string? CleanOne(string root, string batches, string id)
    {
        var recordPath = Path.Combine(batches, id + ".json");
        PlanWrites.TryDeleteFile(BatchScaffolder.TempOf(recordPath, id));
        if (!File.Exists(recordPath)) return null;
        // The record is written first: killed while it was, nothing else of the batch was written but its empty claim.
        if (new FileInfo(recordPath).Length == 0)
        {
            PlanWrites.TryDeleteFile(recordPath);
            return null;
        }
        BatchRecord record;
        try
        {
            record = BatchRecord.FromJson(root, recordPath, File.ReadAllText(recordPath));
        }
        catch (Exception e) when (e is JsonException || e is IOException || e is UnauthorizedAccessException || e is InvalidCastException)
        {
            // Written through a temporary file and a rename, a record is whole or absent: this one was damaged later.
            return null;
        }
        if (record.Complete) return $"Batch {id} was complete but for its lock, which was removed; its files are kept.";
        int removed = 0, kept = 0;
        foreach (var f in record.Files)
        {
            string full;
            try { full = PlanPaths.RequireInside(root, Path.Combine(root, f.Path), "removed"); }
            catch (ParallelExecException) { kept++; continue; }
            PlanWrites.TryDeleteFile(BatchScaffolder.TempOf(full, id));
            if (!File.Exists(full)) continue;
            if (IsUnchangedOrClaim(full, f.Sha256))
            {
                PlanWrites.TryDeleteFile(full);
                removed++;
            }
            else kept++;
        }
        var folders = record.CreatedFolders.Select(c => Path.GetFullPath(Path.Combine(root, c))).Where(c => PlanPaths.IsInside(root, c));
        PlanWrites.RemoveCreated(folders.Where(c => !c.StartsWith(Path.Combine(root, PlanConventions.ModuleFolder), StringComparison.Ordinal)));
        PlanWrites.TryDeleteFile(recordPath);
        return $"Batch {id} was interrupted while it was written: {removed} of its files removed" +
               (kept > 0 ? $", {kept} kept (changed since)." : ".");
    }

    private static bool IsUnchangedOrClaim(string full, string sha256)
    {
        try
        {
            return new FileInfo(full).Length == 0 || string.Equals(BatchScaffolder.Sha256(full), sha256, StringComparison.OrdinalIgnoreCase);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            return false;
        }
    }
}
