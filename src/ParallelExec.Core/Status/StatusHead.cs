using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using ParallelExec.Plans;

namespace ParallelExec.Status;

/// <summary>
/// Reads a SUBPLAN, EXECUTION_TASK or feedback file for what it says about itself: its achievement header (in its first
/// lines), every status statement (<see cref="StatusStatements"/>) and scaffold markers. A file is read whole up to
/// <see cref="MaxBytes"/>; of a longer one, the first <see cref="MaxBytes"/> and the last <see cref="TailBytes"/>.
/// </summary>
internal static class StatusHead
{
    /// <summary>At most this many first bytes of a file are read: a 50 MB EXECUTION_TASK costs what a 64 KB one does.</summary>
    public const int MaxBytes = 64 * 1024;

    /// <summary>The header is looked for in this many first lines.</summary>
    public const int MaxLines = 80;

    private const RegexOptions Opts = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled;

    // **Achievement**: 2.1 | **Achievement:** Achievement 1.1 (…) | - **Achievement Addressed**: Achievement 0.1 | **Achievement Number**: 1.1
    private static readonly Regex FieldHeader = new Regex(
        @"^(?:[-*+]\s+)?\*\*\s*Achievement(?:\s+(?:Addressed|Number|Id))?\s*(?::\s*\*\*|\*\*\s*:)\s*(?<rest>.*)$", Opts);

    // 2.1 | Achievement 0.1 (…) | Achievement 4.1 & 4.2 - … | 0.3: Title      (1.1.1 is a sub-achievement: no match)
    private static readonly Regex IdList = new Regex(
        @"^[\s*_]*(?:Achievements?\s+)?(?<id>[0-9]{1,9}(?:\.[0-9]{1,9})?)(?:\s*(?:&|,|\band\b|\+|/)\s*(?:Achievements?\s+)?(?<id>[0-9]{1,9}(?:\.[0-9]{1,9})?))*(?!\.?[0-9])", Opts);

    // # SUBPLAN: Achievement 1.1 … | # EXECUTION TASK: Achievement 3.3 - … | # EXECUTION_TASK: Title (Achievement 6.2) | # APPROVED: Achievement 1.1
    private static readonly Regex TitleHeader = new Regex(
        @"^#{1,3}\s+(?:SUBPLAN|EXECUTION[ _-]?TASK|APPROVED|FIX|REVIEW|SKIPPED)\b.*?\bAchievement\s+(?<id>[0-9]{1,9}(?:\.[0-9]{1,9})?)(?!\.?[0-9])", Opts);

    /// <summary>Of a file longer than <see cref="MaxBytes"/>, this many last bytes are read too: a completion section sits at the end.</summary>
    public const int TailBytes = 16 * 1024;

    [ThreadStatic] private static byte[]? _buffer;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Read(StatusFile file, out AchievementId[]? ids, out List<StatusStatement>? statements, out bool scaffold, out string? error)
    {
        ids = null;
        statements = null;
        scaffold = false;
        var buffer = _buffer ??= new byte[MaxBytes + TailBytes];
        if (!TryReadBytes(file, buffer, out int count, out int tail, out error)) return;
        if (file.Kind == StatusFileKind.Subplan) scaffold = Contains(buffer, count, PlanConventions.ScaffoldMarkerStart);
        ParseHead(Decode(buffer, 0, count), true, out ids, ref statements);
        if (tail > 0)
        {
            // Start after the first line break: the tail may begin inside a line (or a UTF-8 sequence).
            int from = MaxBytes;
            while (from < MaxBytes + tail && buffer[from] != (byte)'\n') from++;
            if (from < MaxBytes + tail) ParseHead(Decode(buffer, from + 1, MaxBytes + tail - from - 1), false, out _, ref statements);
        }
    }

    /// <summary>
    /// Reads the first <see cref="MaxBytes"/> into <paramref name="buffer"/> and, of a longer file, the last
    /// <see cref="TailBytes"/> after them; false (with <paramref name="error"/>) when the file cannot be read.
    /// </summary>
    private static bool TryReadBytes(StatusFile file, byte[] buffer, out int count, out int tail, out string? error)
    {
        count = 0;
        tail = 0;
        error = null;
        try
        {
            var info = new FileInfo(file.Path);
            // A link to a FIFO or device (the size of a link is its own): an open() could block, so it counts by its name.
            if ((info.Attributes & FileAttributes.ReparsePoint) != 0 && Plans.SafeFileReader.IsSpecial(file.Path)) return false;
            long length = info.Length;
            // Length 0: nothing to read, and no open() that could block (a FIFO or device named like a SUBPLAN).
            if (length == 0) return false;
            // A bare handle read at offsets: no FileStream (its strategy and buffer) for a file read once, in one or two reads.
            using var handle = File.OpenHandle(file.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            int n;
            while (count < MaxBytes && (n = RandomAccess.Read(handle, buffer.AsSpan(count, MaxBytes - count), count)) > 0) count += n;
            if (count == MaxBytes && length > MaxBytes)
            {
                long from = Math.Max(MaxBytes, length - TailBytes);
                while (tail < TailBytes && (n = RandomAccess.Read(handle, buffer.AsSpan(MaxBytes + tail, TailBytes - tail), from + tail)) > 0) tail += n;
            }
            return true;
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is System.Security.SecurityException || e is NotSupportedException)
        {
            error = e.Message;
            return false;
        }
    }

    private static string Decode(byte[] bytes, int offset, int count)
    {
        if (offset == 0 && count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var enc = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return enc.GetString(bytes, 2, (count - 2) & ~1);
        }
        int start = offset == 0 && count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return Encoding.UTF8.GetString(bytes, offset + start, count - start);
    }

    /// <summary>
    /// Finds the achievement header (in the first <see cref="MaxLines"/> lines: a <c>**Achievement**:</c> field, else the
    /// title) and collects every status statement, with its line (0 in a tail, whose line numbers are unknown). Only
    /// lines starting with #, *, - or + are looked at.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void ParseHead(string text, bool head, out AchievementId[]? ids, ref List<StatusStatement>? statements)
    {
        ids = null;
        AchievementId[]? titleIds = null;
        bool sawHeading = !head, fenced = false;
        int lineNo = 0, pos = 0, length = text.Length;
        while (pos < length)
        {
            int nl = text.IndexOf('\n', pos);
            int end = nl < 0 ? length : nl;
            int p = pos;
            pos = nl < 0 ? length : nl + 1;
            lineNo++;
            while (p < end && (text[p] == ' ' || text[p] == '\t')) p++;
            if (p >= end) continue;
            char c = text[p];
            if ((c == '`' || c == '~') && PlanMarkReader.IsFence(text, p, end)) { fenced = !fenced; continue; }
            if (fenced) continue; // a template or an example in a code block states nothing about this file
            bool indented = p > 0 && text[p - 1] != '\n';
            if (c == '#')
            {
                if (!sawHeading)
                {
                    sawHeading = true;
                    var t = TitleHeader.Match(text.Substring(p, end - p).TrimEnd());
                    if (t.Success && AchievementId.TryParse(t.Groups["id"].Value, out var tid)) titleIds = new[] { tid };
                }
                else if (Mentions(text, p, end, "omplet") || Mentions(text, p, end, "done"))
                    StatusStatements.Read(text.Substring(p, end - p).TrimEnd(), head ? lineNo : 0, indented, statements ??= new List<StatusStatement>(4));
                continue;
            }
            if (c != '*' && c != '-' && c != '+') continue;
            if (!LabelMayFollow(text, p, end)) continue; // every statement and header is a bold label: **Status**, **Achievement 0.1**
            int span = Math.Min(end - p, 48);
            if (text.IndexOf("tatus", p, span, StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("esult", p, span, StringComparison.OrdinalIgnoreCase) >= 0)
                StatusStatements.Read(text.Substring(p, end - p).TrimEnd(), head ? lineNo : 0, indented, statements ??= new List<StatusStatement>(4));
            else if (text.IndexOf("chievement", p, span, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                var line = text.Substring(p, end - p).TrimEnd();
                if (head && ids == null && lineNo <= MaxLines)
                {
                    var m = FieldHeader.Match(line);
                    if (m.Success) { ids = ParseIds(m.Groups["rest"].Value); continue; }
                }
                if (c == '*') StatusStatements.Read(line, head ? lineNo : 0, indented, statements ??= new List<StatusStatement>(4));
            }
        }
        ids ??= titleIds;
    }

    /// <summary>
    /// The line (a list item or not) starts with <c>**</c> and a word that can begin a label the reader knows (Status,
    /// Final, Overall, Current, Execution, Achievement, Task, Result): a cheap test before any search.
    /// </summary>
    private static bool LabelMayFollow(string text, int p, int end)
    {
        int q = p;
        if (text[q] != '*' || (q + 1 < end && text[q + 1] != '*'))
        {
            q++; // a bullet
            while (q < end && (text[q] == ' ' || text[q] == '\t')) q++;
        }
        if (q + 2 >= end || text[q] != '*' || text[q + 1] != '*') return false;
        q += 2;
        while (q < end && text[q] == ' ') q++;
        if (q >= end) return false;
        switch (text[q] | 0x20)
        {
            case 's': case 'f': case 'o': case 'c': case 'e': case 'a': case 't': case 'r': return true;
            default: return false;
        }
    }

    private static bool Mentions(string text, int from, int end, string word) =>
        text.IndexOf(word, from, end - from, StringComparison.OrdinalIgnoreCase) >= 0;

    private static AchievementId[]? ParseIds(string rest)
    {
        var m = IdList.Match(rest);
        if (!m.Success) return null;
        var captures = m.Groups["id"].Captures;
        var list = new List<AchievementId>(captures.Count);
        foreach (Capture c in captures)
            if (AchievementId.TryParse(c.Value, out var id) && !list.Contains(id)) list.Add(id);
        return list.Count == 0 ? null : list.ToArray();
    }

    /// <summary>ASCII search, case-insensitive after its first character, in the bytes read (a vectorised search for that first character).</summary>
    private static bool Contains(byte[] bytes, int count, string needle)
    {
        int n = needle.Length;
        var span = bytes.AsSpan(0, count);
        int from = 0;
        while (from + n <= count)
        {
            int at = span.Slice(from).IndexOf((byte)needle[0]);
            if (at < 0) return false;
            int i = from + at;
            if (i + n > count) return false;
            int k = 1;
            while (k < n && ToUpper(bytes[i + k]) == needle[k]) k++;
            if (k == n) return true;
            from = i + 1;
        }
        return false;
    }

    private static int ToUpper(byte b) => b >= 'a' && b <= 'z' ? b - 32 : b;
}
