using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using ParallelExec.Diagnostics;

namespace ParallelExec.Plans;

internal static class PlanText
{
    /// <summary>Files larger than this are refused (real PLANs are well under 1 MB).</summary>
    public const long DefaultMaxBytes = 32L * 1024 * 1024;

    private const string MacRomanHigh = "\u00C4\u00C5\u00C7\u00C9\u00D1\u00D6\u00DC\u00E1\u00E0\u00E2\u00E4\u00E3\u00E5\u00E7\u00E9\u00E8\u00EA\u00EB\u00ED\u00EC\u00EE\u00EF\u00F1\u00F3\u00F2\u00F4\u00F6\u00F5\u00FA\u00F9\u00FB\u00FC\u2020\u00B0\u00A2\u00A3\u00A7\u2022\u00B6\u00DF\u00AE\u00A9\u2122\u00B4\u00A8\u2260\u00C6\u00D8\u221E\u00B1\u2264\u2265\u00A5\u00B5\u2202\u2211\u220F\u03C0\u222B\u00AA\u00BA\u03A9\u00E6\u00F8\u00BF\u00A1\u00AC\u221A\u0192\u2248\u2206\u00AB\u00BB\u2026\u00A0\u00C0\u00C3\u00D5\u0152\u0153\u2013\u2014\u201C\u201D\u2018\u2019\u00F7\u25CA\u00FF\u0178\u2044\u20AC\u2039\u203A\uFB01\uFB02\u2021\u00B7\u201A\u201E\u2030\u00C2\u00CA\u00C1\u00CB\u00C8\u00CD\u00CE\u00CF\u00CC\u00D3\u00D4\uF8FF\u00D2\u00DA\u00DB\u00D9\u0131\u02C6\u02DC\u00AF\u02D8\u02D9\u02DA\u00B8\u02DD\u02DB\u02C7";
    private const string Windows1252High = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178\u00A0\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7\u00A8\u00A9\u00AA\u00AB\u00AC\u00AD\u00AE\u00AF\u00B0\u00B1\u00B2\u00B3\u00B4\u00B5\u00B6\u00B7\u00B8\u00B9\u00BA\u00BB\u00BC\u00BD\u00BE\u00BF\u00C0\u00C1\u00C2\u00C3\u00C4\u00C5\u00C6\u00C7\u00C8\u00C9\u00CA\u00CB\u00CC\u00CD\u00CE\u00CF\u00D0\u00D1\u00D2\u00D3\u00D4\u00D5\u00D6\u00D7\u00D8\u00D9\u00DA\u00DB\u00DC\u00DD\u00DE\u00DF\u00E0\u00E1\u00E2\u00E3\u00E4\u00E5\u00E6\u00E7\u00E8\u00E9\u00EA\u00EB\u00EC\u00ED\u00EE\u00EF\u00F0\u00F1\u00F2\u00F3\u00F4\u00F5\u00F6\u00F7\u00F8\u00F9\u00FA\u00FB\u00FC\u00FD\u00FE\u00FF";

    private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(false, true);
    private static byte[]? _macRoman;
    private static byte[]? _windows1252;
    [ThreadStatic] private static byte[]? _buffer;

    public static string Read(string path, IList<PlanDiagnostic> diagnostics, long maxBytes = DefaultMaxBytes, FileKind kind = FileKind.Plan)
    {
        bool registry = kind == FileKind.Registry;
        byte[] bytes;
        SafeFileReader.Outcome outcome;
        long length;
        try
        {
            outcome = SafeFileReader.TryRead(path, maxBytes, out bytes, out length);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is System.Security.SecurityException)
        {
            throw ParallelExecException.Create(registry ? ErrorCodes.RegistryFileUnreadable : ErrorCodes.PlanFileUnreadable,
                $"Cannot read '{path}': {e.Message}", path, "Check that the file exists and that you may read it.", e);
        }
        switch (outcome)
        {
            case SafeFileReader.Outcome.NotFound:
                throw ParallelExecException.Create(registry ? ErrorCodes.RegistryFileNotFound : ErrorCodes.PlanFileNotFound,
                    $"Cannot find the file '{path}'.", path, registry ? "Check the path to the parallel.json file." : "Check the path, or pass a plan folder or a PLAN_<NAME>.md file.");
            case SafeFileReader.Outcome.NotRegular:
                throw ParallelExecException.Create(ErrorCodes.FileNotRegular,
                    $"'{path}' is not a regular file (it is a device, a FIFO or a socket, or a link to one); it was not read.", path,
                    registry ? "Replace it with the plan's parallel.json file." : "Point at the PLAN_<NAME>.md file itself, or replace the link with the file.");
            case SafeFileReader.Outcome.TooLarge:
                throw ParallelExecException.Create(registry ? ErrorCodes.RegistryFileTooLarge : ErrorCodes.PlanFileTooLarge,
                    $"The file '{path}' is {length / (1024 * 1024)} MB; files over {maxBytes / (1024 * 1024)} MB are not read.",
                    path, registry ? "Check that this is the right file: a registry of 100,000 achievements is about 30 MB." : "A PLAN is normally well under 1 MB: check that this is the right file, or split the plan.");
        }
        return Decode(bytes, path, diagnostics, kind);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Decode(byte[] bytes, string path, IList<PlanDiagnostic> diagnostics, FileKind kind = FileKind.Plan)
    {
        bool registry = kind == FileKind.Registry;
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var enc = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return Repair(enc.GetString(bytes, 2, bytes.Length - 2));
        }
        int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        int probe = Math.Min(bytes.Length, 8192);
        for (int i = start; i < probe; i++)
        {
            if (bytes[i] == 0)
                throw ParallelExecException.Create(registry ? ErrorCodes.RegistryFileBinary : ErrorCodes.PlanFileBinary,
                    $"'{path}' is a binary file (it holds NUL bytes), not " + (registry ? "a parallel.json." : "a markdown PLAN."), path,
                    registry ? "Point at the plan's parallel.json." : "Point at the PLAN_<NAME>.md file or at the plan folder.");
        }
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            diagnostics.Add(new PlanDiagnostic(DiagnosticSeverity.Warning, registry ? ErrorCodes.RegistryInvalidUtf8 : ErrorCodes.PlanInvalidUtf8,
                $"'{path}' is not valid UTF-8" + (e.Index >= 0 ? $" (first bad byte near offset {e.Index + start})" : "") +
                "; the bad bytes were read as U+FFFD.", path, suggestion: "Save the file as UTF-8.", target: path));
            text = new UTF8Encoding(false, false).GetString(bytes, start, bytes.Length - start);
        }
        return Repair(text);
    }

    /// <summary>
    /// Undoes double encoding: every run of non-ASCII characters that maps back, through Mac Roman or
    /// Windows-1252, to bytes that are valid UTF-8 is replaced by what those bytes say. Ordinary text
    /// (a lone é, real emoji) never maps to valid multi-byte UTF-8, so it is left alone.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Repair(string text)
    {
        // Double-encoded text starts each mangled run with what was a UTF-8 lead byte (0xC2-0xF4) seen through Mac
        // Roman or Windows-1252. A document without any such character needs no work.
        var leads = LeadTable;
        int next = NextLead(text, 0, leads);
        if (next < 0) return text;
        var runs = NonAsciiRuns(text, next, leads);
        var table = BetterTable(text, runs);
        return table == null ? text : Apply(text, runs, table);
    }

    /// <summary>The runs of two or more non-ASCII characters that hold a possible lead, from the first one at <paramref name="next"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<(int Start, int Length)> NonAsciiRuns(string text, int next, bool[] leads)
    {
        var runs = new List<(int Start, int Length)>();
        int n = text.Length;
        while (next >= 0)
        {
            int runStart = next;
            while (runStart > 0 && text[runStart - 1] >= 0x80) runStart--;
            int i = next;
            while (i < n && text[i] >= 0x80) i++;
            if (i - runStart >= 2) runs.Add((runStart, i - runStart));
            next = NextLead(text, i, leads);
        }
        return runs;
    }

    /// <summary>
    /// Which of the two code pages explains the document: the one that repairs more runs (Mac Roman on a tie), or null
    /// when neither repairs any. A run such as "Ã©" is valid through both tables but means é only through one.
    /// </summary>
    private static byte[]? BetterTable(string text, List<(int Start, int Length)> runs)
    {
        int mac = 0, win = 0;
        foreach (var (start, length) in runs)
        {
            if (IsLead(text[start], MacRoman) && TryMap(text, start, length, MacRoman) != null) mac++;
            if (IsLead(text[start], Windows1252) && TryMap(text, start, length, Windows1252) != null) win++;
        }
        if (mac == 0 && win == 0) return null;
        return mac >= win ? MacRoman : Windows1252;
    }

    /// <summary>The text with every run that maps back through the table replaced by what its bytes say.</summary>
    private static string Apply(string text, List<(int Start, int Length)> runs, byte[] table)
    {
        var sb = new StringBuilder(text.Length);
        int copied = 0;
        foreach (var (start, length) in runs)
        {
            if (!IsLead(text[start], table)) continue;
            var fixedRun = TryMap(text, start, length, table);
            if (fixedRun == null) continue;
            sb.Append(text, copied, start - copied).Append(fixedRun);
            copied = start + length;
        }
        sb.Append(text, copied, text.Length - copied);
        return sb.ToString();
    }

    private static bool[]? _leadTable;

    /// <summary>For each char below U+10000: could it be a UTF-8 lead byte seen through either code page?</summary>
    private static bool[] LeadTable
    {
        get
        {
            if (_leadTable != null) return _leadTable;
            var table = new bool[0x10000];
            for (int b = 0xC2; b <= 0xF4; b++)
            {
                table[MacRomanHigh[b - 0x80]] = true;
                table[Windows1252High[b - 0x80]] = true;
            }
            return _leadTable = table;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int NextLead(string text, int from, bool[] leads)
    {
        for (int i = from; i < text.Length; i++)
        {
            char c = text[i];
            if (c >= 0x80 && leads[c]) return i;
        }
        return -1;
    }

    private static bool IsLead(char c, byte[] table) => table[c] >= 0xC2 && table[c] <= 0xF4;

    private static string? TryMap(string text, int start, int length, byte[] table)
    {
        var bytes = _buffer != null && _buffer.Length >= length ? _buffer : (_buffer = new byte[Math.Max(length, 256)]);
        for (int k = 0; k < length; k++)
        {
            byte b = table[text[start + k]];
            if (b == 0) return null;
            bytes[k] = b;
        }
        // Checked by hand: a decoder exception per failing run would cost more than everything else here.
        if (!IsValidUtf8(bytes, length)) return null;
        var s = StrictUtf8.GetString(bytes, 0, length);
        return s.Length < length ? s : null;
    }

    /// <summary>Well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool IsValidUtf8(byte[] b) => IsValidUtf8(b, b.Length);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool IsValidUtf8(byte[] b, int n)
    {
        int i = 0;
        while (i < n)
        {
            byte c = b[i];
            if (c < 0x80) { i++; continue; }
            int need;
            byte lo = 0x80, hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) need = 1;
            else if (c >= 0xE0 && c <= 0xEF)
            {
                need = 2;
                if (c == 0xE0) lo = 0xA0;
                else if (c == 0xED) hi = 0x9F;
            }
            else if (c >= 0xF0 && c <= 0xF4)
            {
                need = 3;
                if (c == 0xF0) lo = 0x90;
                else if (c == 0xF4) hi = 0x8F;
            }
            else return false;
            if (i + need >= n) return false; // truncated sequence
            if (b[i + 1] < lo || b[i + 1] > hi) return false;
            for (int k = 2; k <= need; k++)
                if (b[i + k] < 0x80 || b[i + k] > 0xBF) return false;
            i += need + 1;
        }
        return true;
    }

    private static byte[] MacRoman => _macRoman ??= BuildTable(MacRomanHigh);
    private static byte[] Windows1252 => _windows1252 ??= BuildTable(Windows1252High);

    /// <summary>Char → the byte it stands for in the code page's upper half; 0 where it stands for none.</summary>
    private static byte[] BuildTable(string high)
    {
        var table = new byte[0x10000];
        for (int k = 0; k < 128; k++) table[high[k]] = (byte)(0x80 + k);
        return table;
    }
}
