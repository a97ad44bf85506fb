using System;
using System.IO;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace ParallelExec.Plans;

/// <summary>
/// The one way the readers take a whole file into memory: only a regular file (a symlink is followed to its target
/// first), never more than a cap, and the cap holds while reading, not only before (a file that grows, or a device
/// whose size says 0, cannot make a read run on). A FIFO, a socket or a device is never opened, so it cannot block.
/// </summary>
internal static class SafeFileReader
{
    /// <summary>What <see cref="TryRead"/> found.</summary>
    internal enum Outcome
    {
        Read,
        NotFound,
        NotRegular,
        TooLarge,
    }

    private const int TypeMask = 0xF000;   // S_IFMT as .NET's native layer reports it on every Unix
    private const int RegularType = 0x8000; // S_IFREG
    private static bool _statUnavailable;

    /// <summary>
    /// Reads the file at <paramref name="path"/> into <paramref name="bytes"/> when it is a regular file of at most
    /// <paramref name="maxBytes"/> bytes; <paramref name="length"/> is its size as far as known. I/O errors
    /// (permissions, a link loop) are thrown as the file system throws them.
    /// </summary>
    public static Outcome TryRead(string path, long maxBytes, out byte[] bytes, out long length)
    {
        bytes = Array.Empty<byte>();
        length = 0;
        var info = Resolve(path);
        if (info == null) return Outcome.NotFound;
        if (!IsRegular(info.FullName)) return Outcome.NotRegular;
        length = info.Length;
        if (length > maxBytes) return Outcome.TooLarge;
        // Size 0: nothing to read, and no open() of what may still be a special file where stat cannot tell.
        if (length == 0) return Outcome.Read;
        using var handle = File.OpenHandle(info.FullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var buffer = new byte[length];
        int count = ReadAt(handle, buffer, 0, 0);
        // The file may have grown since its size was read: go on, but never past the cap (one byte probes for more).
        if (count == buffer.Length && !ReadGrown(handle, maxBytes, ref buffer, ref count))
        {
            length = count;
            return Outcome.TooLarge;
        }
        if (count < buffer.Length) Array.Resize(ref buffer, count);
        bytes = buffer;
        length = count;
        return Outcome.Read;
    }

    /// <summary>
    /// The size of the regular file at <paramref name="path"/> (of its target, for a link); -1 when it is missing or not
    /// a regular file (a FIFO, a device, a link to one), which a reader must then not open.
    /// </summary>
    public static long RegularLength(string path)
    {
        var info = Resolve(path);
        return info != null && IsRegular(info.FullName) ? info.Length : -1;
    }

    /// <summary>True when the path (or the final target of its link) exists and is not a regular file: a FIFO, a device, a socket.</summary>
    public static bool IsSpecial(string path)
    {
        var info = Resolve(path);
        return info != null && !IsRegular(info.FullName);
    }

    /// <summary>The file, or the final target of a link; null when either does not exist.</summary>
    private static FileInfo? Resolve(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) return null;
        if ((info.Attributes & FileAttributes.ReparsePoint) == 0) return info; // known from the stat already made
        return info.ResolveLinkTarget(true) is FileInfo target && target.Exists ? target : null;
    }

    /// <summary>
    /// The first <paramref name="maxBytes"/> bytes (or fewer) of a regular file; an empty array for anything else (missing,
    /// a FIFO, a device, a link to one), which is never opened. I/O errors are thrown as the file system throws them.
    /// </summary>
    public static byte[] ReadHead(string path, int maxBytes)
    {
        long length = RegularLength(path);
        if (length <= 0) return Array.Empty<byte>();
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var buffer = new byte[(int)Math.Min(maxBytes, length)];
        int count = ReadAt(handle, buffer, 0, 0);
        if (count < buffer.Length) Array.Resize(ref buffer, count);
        return buffer;
    }

    /// <summary>
    /// A small text file (a SUBPLAN, an EXECUTION_TASK) as File.ReadAllText would give it (UTF-8, or the encoding its
    /// byte order mark names), when it is a regular file of at most <paramref name="maxBytes"/>; otherwise null with the
    /// reason in <paramref name="problem"/>. I/O errors are thrown as the file system throws them.
    /// </summary>
    public static string? TryReadText(string path, long maxBytes, out string? problem)
    {
        problem = null;
        switch (TryRead(path, maxBytes, out var bytes, out var length))
        {
            case Outcome.NotFound: problem = "the file does not exist"; return null;
            case Outcome.NotRegular: problem = "it is not a regular file"; return null;
            case Outcome.TooLarge: problem = $"it is {length:N0} bytes, over the {maxBytes:N0} read"; return null;
        }
        using var reader = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>The rest of a file that grew while read, appended to buffer; false once it passes the cap.</summary>
    private static bool ReadGrown(SafeFileHandle handle, long maxBytes, ref byte[] buffer, ref int count)
    {
        Span<byte> probe = stackalloc byte[1];
        if (RandomAccess.Read(handle, probe, count) == 0) return true;
        var more = new byte[64 * 1024];
        int extra;
        while ((extra = RandomAccess.Read(handle, more, count)) > 0)
        {
            if ((long)count + extra > maxBytes)
            {
                count += extra;
                return false;
            }
            Array.Resize(ref buffer, count + extra);
            Buffer.BlockCopy(more, 0, buffer, count, extra);
            count += extra;
        }
        return true;
    }

    /// <summary>Fills buffer from <paramref name="count"/> on with the file's bytes from <paramref name="offset"/>; the count filled.</summary>
    private static int ReadAt(SafeFileHandle handle, byte[] buffer, int count, long offset)
    {
        int n;
        while (count < buffer.Length && (n = RandomAccess.Read(handle, buffer.AsSpan(count), offset + count)) > 0) count += n;
        return count;
    }

    /// <summary>
    /// True for a regular file. On Unix the file type comes from stat(2) through the runtime's own native layer; where
    /// that is not available (Windows, which has no FIFOs or devices among files) every file counts as regular.
    /// </summary>
    private static bool IsRegular(string fullPath)
    {
        if (_statUnavailable || OperatingSystem.IsWindows()) return true;
        try
        {
            var status = default(FileStatus);
            if (Stat(System.Text.Encoding.UTF8.GetBytes(fullPath + "\0"), ref status) != 0) return true; // let the open report what is wrong
            return (status.Mode & TypeMask) == RegularType;
        }
        catch (Exception e) when (e is DllNotFoundException || e is EntryPointNotFoundException)
        {
            _statUnavailable = true;
            return true;
        }
    }

    /// <summary>The head of the runtime's FileStatus (flags, then mode); the rest is room for what follows.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Stat(byte[] utf8Path, ref FileStatus output);
}
