using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using ParallelExec.Diagnostics;
using ParallelExec.Plans;
using ParallelExec.Registry;

namespace ParallelExec.Prompts;

/// <summary>
/// Writes skeleton SUBPLANs or EXECUTION_TASKs for a batch (unfilled <c>[TO BE FILLED</c> markers) and records them.
/// Never overwrites, stays inside the plan root (following links), and on any failure removes what it had written: all
/// or nothing, also when killed (the record is written first, <see cref="Write"/>).
/// </summary>
internal static class BatchScaffolder
{
    public const string Marker = PlanConventions.ScaffoldMarker;

    public static string Sha256(string path)
    {
        using var sha = SHA256.Create();
        using var stream = File.OpenRead(path);
        return string.Concat(sha.ComputeHash(stream).Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
    }

    /// <summary>The skeleton text for one target of a batch prompt (from the templates <c>subplan-skeleton.md</c>, <c>execution-skeleton.md</c>).</summary>
    public static string Skeleton(BatchPrompt prompt, int index)
    {
        var a = prompt.TargetAchievements[index] ?? throw new ArgumentOutOfRangeException(nameof(index));
        // Values written into a header are single lines (PlanWrites.HeaderLine): a title cannot forge a header line.
        var values = PromptValues.ForPlan(prompt.Plan).Set("plan", PlanWrites.HeaderLine(a.PlanName)).Set("id", a.Key.ToString())
            .Set("title", PlanWrites.HeaderLine(a.Title));
        if (prompt.KindValue == BatchPromptKind.Subplan)
            return PromptTemplates.Get(PromptTemplates.SubplanSkeleton)
                .Render(values.Set("estimate", a.EstimatedHours == null ? null : RegistryWriter.Hours(a.EstimatedHours)));
        var name = Path.GetFileNameWithoutExtension(prompt.TargetPaths[index]);
        return PromptTemplates.Get(PromptTemplates.ExecutionSkeleton).Render(values
            .Set("subplan", PlanWrites.HeaderLine(PlanConventions.SubplanStem(a.PlanName, a.Key.FileSuffix)))
            .Set("number", name.Substring(name.LastIndexOf('_') + 1)));
    }

    /// <summary>
    /// Writes the skeletons of the chosen targets (full paths among <see cref="BatchPrompt.TargetPaths"/>) and the batch
    /// record. Returns null when nothing was chosen.
    /// </summary>
    public static BatchRecord? Scaffold(BatchPrompt prompt, IReadOnlyCollection<string> chosen, DateTime utcNow)
    {
        if (prompt.KindValue == BatchPromptKind.Discovery)
            throw ParallelExecException.Create(ErrorCodes.ScaffoldNotSupported,
                "A discovery prompt has no skeleton files.", prompt.PlanPath, "Scaffold a SUBPLAN or EXECUTION batch instead.");
        var root = Path.GetFullPath(prompt.PlanRoot).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        BatchRecovery.Clean(root);
        var indexes = new List<int>();
        for (int i = 0; i < prompt.TargetPaths.Length; i++)
            if (chosen.Contains(prompt.TargetPaths[i])) indexes.Add(i);
        if (indexes.Count == 0) return null;
        foreach (var i in indexes) CheckTarget(root, Path.GetFullPath(prompt.TargetPaths[i]));
        return Write(prompt, indexes, root, utcNow);
    }

    private static void CheckTarget(string root, string full)
    {
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw ParallelExecException.Create(ErrorCodes.ScaffoldOutsidePlan,
                $"'{full}' is outside the plan folder '{root}'.", full, "Scaffold only files below the plan root.");
        PlanPaths.RequireInside(root, full, "written");
        if (File.Exists(full) || Directory.Exists(full))
            throw ParallelExecException.Create(ErrorCodes.ScaffoldTargetExists,
                $"'{full}' already exists; a scaffold never overwrites.", full, "Leave it out of the batch, or remove it first.");
    }

    /// <summary>
    /// The batch's id: the UTC time to the millisecond, so that name order is time order ("latest" is the last name; a
    /// batch in the same millisecond as a recorded one takes the next free one), a random part, so that two batches
    /// written at the same moment never share an id, and its kind: 20260102T030405000Z-1a2b3c-subplans.
    /// </summary>
    private static string NewBatchId(string batches, BatchPromptKind kind, DateTime utcNow)
    {
        var time = utcNow.ToUniversalTime();
        string Stamp() => time.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture);
        while (Directory.Exists(batches) && Directory.EnumerateFiles(batches, Stamp() + "-*.json").Any()) time = time.AddMilliseconds(1);
        return Stamp() + "-" + Guid.NewGuid().ToString("N").Substring(0, 6) + "-" + (kind == BatchPromptKind.Subplan ? "subplans" : "executions");
    }

    /// <summary>The temporary file a batch writes a file through (named for the batch, so that a cleanup finds it).</summary>
    internal static string TempOf(string full, string batchId) =>
        Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + "." + batchId + ".tmp");

    /// <summary>
    /// Writes the batch in three steps: the record of what it will write (its intent, marked incomplete), the files,
    /// then the record marked complete. Its lock (<see cref="BatchLock"/>) is held meanwhile. On failure it removes what
    /// it wrote itself (files it created, never one it did not) and the folders it created; a writer killed on the way
    /// leaves an incomplete record that the next scaffold or undo cleans (<see cref="BatchRecovery"/>).
    /// </summary>
    private static BatchRecord Write(BatchPrompt prompt, List<int> indexes, string root, DateTime utcNow)
    {
        var batches = PlanConventions.BatchesFolder(root);
        var id = NewBatchId(batches, prompt.KindValue, utcNow);
        var recordPath = Path.Combine(batches, id + ".json");
        var created = new List<string>();
        var written = new List<string>();
        var targets = indexes.Select(i => (Full: Path.GetFullPath(prompt.TargetPaths[i]), Text: Skeleton(prompt, i))).ToList();
        var files = targets.Select(t => new BatchRecordFile(PromptBuilder.Relative(prompt.Plan, t.Full), Sha256Of(t.Text))).ToArray();
        string[] Relative(IEnumerable<string> folders) => folders.Select(f => PromptBuilder.Relative(prompt.Plan, f)).ToArray();
        BatchLock? batchLock = null;
        try
        {
            PlanWrites.CreateFolders(root, batches, created);
            batchLock = BatchLock.Take(batches, id);
            var planned = created.Concat(targets.SelectMany(t => Missing(Path.GetDirectoryName(t.Full)!, root))).Distinct().ToArray();
            var record = new BatchRecord(id, prompt.PlanName, prompt.KindValue.ToString(),
                utcNow.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), root, recordPath,
                files, Relative(planned), complete: false);
            PlanWrites.CreateNew(recordPath, TempOf(recordPath, id), record.ToJson());
            written.Add(recordPath);
            foreach (var (full, text) in targets)
            {
                PlanWrites.CreateFolders(root, Path.GetDirectoryName(full)!, created);
                PlanWrites.CreateNew(full, TempOf(full, id), text);
                written.Add(full);
            }
            record = record.Completed(Relative(created));
            PlanWrites.Write(TempOf(recordPath, id), record.ToJson(), FileMode.Create);
            File.Move(TempOf(recordPath, id), recordPath, overwrite: true);
            batchLock.Dispose();
            return record;
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is System.Security.SecurityException ||
                                  e is ParallelExecException)
        {
            PlanWrites.TryDeleteFile(TempOf(recordPath, id));
            for (int k = written.Count - 1; k >= 0; k--) PlanWrites.TryDeleteFile(written[k]);
            batchLock?.Dispose();
            PlanWrites.RemoveCreated(created);
            if (e is ParallelExecException) throw;
            throw ParallelExecException.Create(ErrorCodes.ScaffoldWriteFailed,
                $"Cannot write the batch's skeletons in '{root}': {e.Message} Nothing was left behind.", root,
                $"Check that the plan folder is writable and that no file stands where a folder ({PlanConventions.SubplansFolder}, {PlanConventions.ExecutionFolder}, {PlanConventions.ModuleFolder}) must be.", e);
        }
        // Anything else (a bug) leaves the batch as a kill would: its lock goes with the handle, the next run cleans it.
    }

    /// <summary>The folders from <paramref name="folder"/> up that do not exist yet (below the root), parents first.</summary>
    private static Stack<string> Missing(string folder, string root)
    {
        var missing = new Stack<string>();
        for (var f = folder; f.Length > root.Length && !Directory.Exists(f); f = Path.GetDirectoryName(f)!) missing.Push(f);
        return missing;
    }

    private static string Sha256Of(string text)
    {
        return string.Concat(SHA256.HashData(new UTF8Encoding(false).GetBytes(text)).Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
    }

    internal static void TryDeleteFile(string path) => PlanWrites.TryDeleteFile(path);

    internal static bool TryDeleteEmptyFolder(string path) => PlanWrites.TryDeleteEmptyFolder(path);
}
