using System;
using System.IO;
using ParallelExec.Plans;

namespace ParallelExec.Prompts;

/// <summary>
/// <c>.parallel/batches/&lt;id&gt;.lock</c>, held open without sharing while its batch is written. The operating system
/// lets it go when the writer dies (even by kill -9), so a batch whose lock can be taken is no longer being written:
/// <see cref="BatchRecovery"/> may clean it.
/// </summary>
internal sealed class BatchLock : IDisposable
{
    private readonly FileStream _stream;
    private readonly string _path;

    private BatchLock(FileStream stream, string path)
    {
        _stream = stream;
        _path = path;
    }

    public static string PathOf(string batchesFolder, string id) => Path.Combine(batchesFolder, id + ".lock");

    /// <summary>Creates and holds the lock of a new batch (an <see cref="IOException"/> when one of that id exists).</summary>
    public static BatchLock Take(string batchesFolder, string id)
    {
        var path = PathOf(batchesFolder, id);
        return new BatchLock(new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None), path);
    }

    /// <summary>True when no living writer holds the batch's lock (or there is none): the batch may be cleaned.</summary>
    public static bool IsFree(string batchesFolder, string id)
    {
        var path = PathOf(batchesFolder, id);
        if (!File.Exists(path)) return true;
        try
        {
            using (new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None)) { }
            return true;
        }
        catch (FileNotFoundException) { return true; }
        catch (IOException) { return false; }
        catch (UnauthorizedAccessException) { return false; }
    }

    /// <summary>Lets the lock go and removes its file.</summary>
    public void Dispose()
    {
        _stream.Dispose();
        PlanWrites.TryDeleteFile(_path);
    }
}
