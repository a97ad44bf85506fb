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
/// Never overwrites, stays inside the plan root, and on any failure removes what it had written: all or nothing.
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
        var values = PromptValues.ForPlan(prompt.Plan).Set("plan", a.PlanName).Set("id", a.Id.ToString()).Set("title", a.Title);
        if (prompt.Kind == BatchPromptKind.Subplan)
            return PromptTemplates.Get(PromptTemplates.SubplanSkeleton)
                .Render(values.Set("estimate", a.EstimatedHours == null ? null : RegistryWriter.Hours(a.EstimatedHours)));
        var name = Path.GetFileNameWithoutExtension(prompt.TargetPaths[index]);
        return PromptTemplates.Get(PromptTemplates.ExecutionSkeleton).Render(values
            .Set("subplan", PlanConventions.SubplanStem(a.PlanName, a.Id.FileSuffix))
            .Set("number", name.Substring(name.LastIndexOf('_') + 1)));
    }

    /// <summary>
    /// Writes the skeletons of the chosen targets (full paths among <see cref="BatchPrompt.TargetPaths"/>) and the batch
    /// record. Returns null when nothing was chosen.
    /// </summary>
    public static BatchRecord? Scaffold(BatchPrompt prompt, IReadOnlyCollection<string> chosen, DateTime utcNow)
    {
        if (prompt.Kind == BatchPromptKind.Discovery)
            throw ParallelExecException.Create(ErrorCodes.ScaffoldNotSupported,
                "A discovery prompt has no skeleton files.", prompt.PlanPath, "Scaffold a SUBPLAN or EXECUTION batch instead.");
        var root = Path.GetFullPath(prompt.PlanRoot).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var indexes = new List<int>();
        for (int i = 0; i < prompt.TargetPaths.Length; i++)
            if (chosen.Contains(prompt.TargetPaths[i])) indexes.Add(i);
        if (indexes.Count == 0) return null;
        foreach (var i in indexes) CheckTarget(root, Path.GetFullPath(prompt.TargetPaths[i]));
        return Write(prompt, indexes, root, utcNow);
    }

    private static void CheckTarget(string root, string full)
    {
        if (!PlanPaths.IsInside(root, full))
            throw ParallelExecException.Create(ErrorCodes.ScaffoldOutsidePlan,
                $"'{full}' is outside the plan folder '{root}'.", full, "Scaffold only files below the plan root.");
        if (File.Exists(full) || Directory.Exists(full))
            throw ParallelExecException.Create(ErrorCodes.ScaffoldTargetExists,
                $"'{full}' already exists; a scaffold never overwrites.", full, "Leave it out of the batch, or remove it first.");
    }

    /// <summary>
    /// The batch's id: the UTC time to the millisecond, so that name order is time order ("latest" is the last name); a
    /// batch in the same millisecond as another takes the next free one.
    /// </summary>
    private static string NewBatchId(string batches, BatchPromptKind kind, DateTime utcNow)
    {
        var time = utcNow.ToUniversalTime();
        string Stamp() => time.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture);
        while (Directory.Exists(batches) && Directory.GetFiles(batches, Stamp() + "-*.json").Length > 0) time = time.AddMilliseconds(1);
        return Stamp() + "-" + (kind == BatchPromptKind.Subplan ? "subplans" : "executions");
    }

    private static BatchRecord Write(BatchPrompt prompt, List<int> indexes, string root, DateTime utcNow)
    {
        var batches = PlanConventions.BatchesFolder(root);
        var id = NewBatchId(batches, prompt.Kind, utcNow);
        var recordPath = Path.Combine(batches, id + ".json");
        var createdFolders = new List<string>();
        var written = new List<string>();
        var files = new List<BatchRecordFile>();
        try
        {
            foreach (var i in indexes)
            {
                var full = Path.GetFullPath(prompt.TargetPaths[i]);
                EnsureFolder(root, Path.GetDirectoryName(full)!, createdFolders);
                WriteNew(full, Skeleton(prompt, i));
                written.Add(full);
                files.Add(new BatchRecordFile(PromptBuilder.Relative(prompt.Plan, full), Sha256(full)));
            }
            EnsureFolder(root, batches, createdFolders);
            var record = new BatchRecord(id, prompt.PlanName, prompt.Kind.ToString(),
                utcNow.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), root, recordPath,
                files.ToArray(), createdFolders.Select(f => PromptBuilder.Relative(prompt.Plan, f)).ToArray());
            WriteNew(recordPath, record.ToJson());
            return record;
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is System.Security.SecurityException)
        {
            foreach (var f in written) TryDeleteFile(f);
            for (int k = createdFolders.Count - 1; k >= 0; k--) TryDeleteEmptyFolder(createdFolders[k]);
            throw ParallelExecException.Create(ErrorCodes.ScaffoldWriteFailed,
                $"Cannot write the batch's skeletons in '{root}': {e.Message} Nothing was left behind.", root,
                $"Check that the plan folder is writable and that no file stands where a folder ({PlanConventions.SubplansFolder}, {PlanConventions.ExecutionFolder}, {PlanConventions.ModuleFolder}) must be.", e);
        }
    }

    private static void EnsureFolder(string root, string folder, List<string> created)
    {
        var missing = new Stack<string>();
        for (var f = Path.GetFullPath(folder); !Directory.Exists(f); f = Path.GetDirectoryName(f)!)
        {
            if (!PlanPaths.IsInside(root, f)) break;
            missing.Push(f);
        }
        while (missing.Count > 0)
        {
            var f = missing.Pop();
            Directory.CreateDirectory(f);
            created.Add(f);
        }
    }

    /// <summary>Writes a new file through a temporary file and a rename that fails if the target appeared meanwhile.</summary>
    private static void WriteNew(string full, string text)
    {
        var folder = Path.GetDirectoryName(full)!;
        var temp = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
        try
        {
            File.WriteAllText(temp, text, new UTF8Encoding(false));
            File.Move(temp, full);
        }
        finally
        {
            TryDeleteFile(temp);
        }
    }

    internal static void TryDeleteFile(string path)
    {
        try { if (File.Exists(path)) File.Delete(path); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    internal static bool TryDeleteEmptyFolder(string path)
    {
        try
        {
            if (!Directory.Exists(path) || Directory.EnumerateFileSystemEntries(path).Any()) return false;
            Directory.Delete(path);
            return true;
        }
        catch (IOException) { return false; }
        catch (UnauthorizedAccessException) { return false; }
    }
}
