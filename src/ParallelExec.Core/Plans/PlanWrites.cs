using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using ParallelExec.Diagnostics;
using ParallelExec.Registry;

namespace ParallelExec.Plans;

/// <summary>
/// The file operations of the writers below a plan root (scaffolds, SKIPPED files, run records): folders are created
/// only inside the root (<see cref="PlanPaths.RequireInside"/>) and remembered, so that a writer that fails removes
/// the empty ones it created; new files are claimed with <see cref="FileMode.CreateNew"/>, so that two writers never
/// take the same name.
/// </summary>
internal static class PlanWrites
{
    private static readonly UTF8Encoding Utf8 = new UTF8Encoding(false);

    /// <summary>
    /// A fault for the writes of the current flow (tests): given the path about to be written, the exception to fail
    /// with, such as an <see cref="IOException"/> "No space left on device", or null to write.
    /// </summary>
    internal static readonly AsyncLocal<Func<string, Exception?>?> Fault = new AsyncLocal<Func<string, Exception?>?>();

    /// <summary>Creates <paramref name="folder"/> and its missing parents, all inside the plan root; adds each one created, parents first.</summary>
    public static void CreateFolders(string root, string folder, List<string> created)
    {
        // Also when it exists: a folder (or a parent) that links out of the plan root is refused, not written through.
        PlanPaths.RequireInside(root, folder, "written");
        var missing = new Stack<string>();
        for (var f = Path.GetFullPath(folder); !Directory.Exists(f); f = Path.GetDirectoryName(f)!)
        {
            missing.Push(f);
            if (Path.GetDirectoryName(f) == null) break;
        }
        while (missing.Count > 0)
        {
            var f = PlanPaths.RequireInside(root, missing.Pop(), "created");
            Directory.CreateDirectory(f);
            created.Add(f);
        }
    }

    /// <summary>Removes the folders a writer created (deepest first) that are empty again; never one that holds anything.</summary>
    public static void RemoveCreated(IEnumerable<string> created)
    {
        foreach (var f in created.OrderByDescending(c => c.Length)) TryDeleteEmptyFolder(f);
    }

    /// <summary>
    /// Writes a new file: claims the name with <see cref="FileMode.CreateNew"/> (an <see cref="IOException"/> when it exists,
    /// whoever made it), writes the text to <paramref name="temp"/> and renames that over the claim, so that the file is
    /// never seen half written. On failure the claim and the temporary file are removed again.
    /// </summary>
    public static void CreateNew(string full, string temp, string text)
    {
        using (new FileStream(full, FileMode.CreateNew, FileAccess.Write, FileShare.None)) { }
        try
        {
            Write(temp, text, FileMode.Create);
            File.Move(temp, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            TryDeleteFile(temp);
            TryDeleteFile(full);
            throw;
        }
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/> (the one place the writers write bytes; the injected fault applies here).</summary>
    public static void Write(string path, string text, FileMode mode)
    {
        if (Fault.Value?.Invoke(path) is Exception fault) throw fault;
        using var stream = new FileStream(path, mode, FileAccess.Write, FileShare.None);
        var bytes = Utf8.GetBytes(text);
        stream.Write(bytes, 0, bytes.Length);
        stream.Flush(flushToDisk: false);
    }

    /// <summary>
    /// Replaces (or creates) a whole file in one step through <see cref="RegistryWriter.WriteAtomically"/>, after the
    /// injected fault (reported as that method reports a failed write: <c>RegistryWriteFailed</c>).
    /// </summary>
    public static void Replace(string path, string text)
    {
        if (Fault.Value?.Invoke(path) is Exception fault)
            throw ParallelExecException.Create(ErrorCodes.RegistryWriteFailed, $"Cannot write '{Path.GetFullPath(path)}': {fault.Message}",
                Path.GetFullPath(path), "Check that the folder is writable; the existing file, if any, is unchanged.", fault);
        RegistryWriter.WriteAtomically(path, text, overwrite: true);
    }

    /// <summary>
    /// A value (a title, a plan name) as one line of a file's header: line breaks and other control characters become
    /// spaces, and <c>*</c> is escaped, so that a title cannot start a line of its own (such as a forged
    /// <c>**Achievement**: 2.1</c> header) nor a bold field inside the line.
    /// </summary>
    public static string HeaderLine(string? value)
    {
        if (string.IsNullOrEmpty(value)) return value ?? "";
        var sb = new StringBuilder(value.Length);
        bool space = false;
        foreach (var c in value)
        {
            if (char.IsControl(c) || c == '\u2028' || c == '\u2029')
            {
                space = sb.Length > 0;
                continue;
            }
            if (space && c != ' ') sb.Append(' ');
            space = false;
            if (c == '*') sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
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
