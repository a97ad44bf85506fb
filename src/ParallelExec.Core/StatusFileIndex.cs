using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;

namespace ParallelExec
{
    internal enum StatusFileKind { Subplan, Execution, Approved, Fix, FixResolution, Skipped }

    /// <summary>What an EXECUTION_TASK's <c>**Status**:</c> line says.</summary>
    internal enum ExecutionState { None, Pending, InProgress, Complete }

    /// <summary>One methodology file found below a plan root, classified by its name; its head is read on first use.</summary>
    internal sealed class StatusFile
    {
        public StatusFile(string path, string name, StatusFileKind kind, string number, string? planName)
        {
            Path = path;
            Name = name;
            Kind = kind;
            Number = number;
            PlanName = planName;
        }

        public string Path { get; }
        public string Name { get; }
        public StatusFileKind Kind { get; }

        /// <summary>The &lt;NN&gt; of the name, as written (digits).</summary>
        public string Number { get; }

        /// <summary>The &lt;NAME&gt; of a SUBPLAN or EXECUTION_TASK name; null for feedback files.</summary>
        public string? PlanName { get; }

        private bool _headRead;
        private AchievementId[]? _headerIds;
        private List<string>? _statusLines;
        private bool _scaffold;
        private string? _readError;
        private ExecutionState _state;
        private string? _statusText;

        /// <summary>The ids its <c>**Achievement**:</c> line (or title) names; null when it has no such header.</summary>
        public AchievementId[]? HeaderIds { get { EnsureHead(); return _headerIds; } }

        /// <summary>The <c>**Status**:</c> line that decided <see cref="State"/>; null when the file has none.</summary>
        public string? StatusText { get { EnsureHead(); return _statusText; } }

        /// <summary>
        /// What its <c>**Status**:</c> lines say. Executors update a task by appending a completion section (or editing
        /// the front matter), so the furthest state any status line reaches wins: Complete, then InProgress, then Pending.
        /// </summary>
        public ExecutionState State { get { EnsureHead(); return _state; } }

        /// <summary>
        /// An unfilled scaffold, counted as not created: a SUBPLAN that still holds <c>[TO BE FILLED</c> markers, or an
        /// EXECUTION_TASK whose <c>**Status**:</c> lines all still say <c>[TO BE FILLED]</c> (as -Scaffold writes it; real
        /// tasks often keep a "[To be filled by executor]" placeholder elsewhere, so only the status line counts).
        /// </summary>
        public bool IsScaffold { get { EnsureHead(); return _scaffold; } }

        /// <summary>Why the file could not be read; null when it was.</summary>
        public string? ReadError { get { EnsureHead(); return _readError; } }

        /// <summary>Set once the unreadable-file warning was given, so that it is given once.</summary>
        public bool Reported { get; set; }

        private void EnsureHead()
        {
            if (_headRead) return;
            _headRead = true;
            if (Kind != StatusFileKind.Subplan && Kind != StatusFileKind.Execution) return;
            StatusHead.Read(this, out _headerIds, out _statusLines, out _scaffold, out _readError);
            if (_statusLines == null) return;
            if (Kind == StatusFileKind.Execution)
                _scaffold = _statusLines.Count > 0 && _statusLines.TrueForAll(l => string.Equals(l.Trim(), BatchScaffolder.Marker, StringComparison.OrdinalIgnoreCase));
            foreach (var line in _statusLines)
            {
                var state = StatusHead.Classify(line);
                if (_statusText == null || state > _state)
                {
                    _state = state;
                    _statusText = line;
                }
            }
        }
    }

    /// <summary>
    /// The methodology files below one plan root, found with one enumeration: SUBPLAN_, EXECUTION_TASK_, APPROVED_,
    /// FIX_, FIX_…_RESOLUTION and SKIPPED_ files, case-insensitively, at most <see cref="MaxDepth"/> folders deep.
    /// Symlinked folders are not followed, and a sub-folder that holds its own PLAN_*.md (another plan) is left out.
    /// </summary>
    internal sealed class StatusFileIndex
    {
        public const int MaxDepth = 4;

        /// <summary>Entries (files and folders) looked at per root before the scan stops with a warning.</summary>
        public const int DefaultMaxEntries = 100_000;

        private const RegexOptions Opts = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled;
        private static readonly Regex SubplanName = new Regex(@"^SUBPLAN_(?<name>.+?)_(?<nn>\d{1,9})(?:_[^.]+)?\.md$", Opts);
        private static readonly Regex ExecutionName = new Regex(@"^EXECUTION_TASK_(?<name>.+?)_(?<nn>\d{1,9})(?:_\d{1,9})?(?:_[^.]+)?\.md$", Opts);
        private static readonly Regex FeedbackName = new Regex(@"^(?<kind>APPROVED|FIX|SKIPPED)_(?<nn>\d{1,9})(?<resolution>_RESOLUTION)?\.md$", Opts);

        /// <summary>The only folders a shallow scan enters (the conventional places of the methodology's files).</summary>
        private static readonly HashSet<string> ConventionalFolders = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            { "subplans", "execution", "feedbacks" };

        private StatusFileIndex(string root) { Root = root; }

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
        [System.Runtime.CompilerServices.MethodImpl(Hot.Optimize)]
        public static StatusFileIndex Build(string root, bool deep, int maxEntries = DefaultMaxEntries)
        {
            var index = new StatusFileIndex(root);
            var pending = new Stack<(string Dir, int Depth)>();
            pending.Push((root, 0));
            int maxDepth = deep ? MaxDepth : 2;
            var files = new List<string>();
            var dirs = new List<string>();
            while (pending.Count > 0)
            {
                var (dir, depth) = pending.Pop();
                files.Clear();
                dirs.Clear();
                bool listFiles = deep || depth > 0;
                try
                {
                    if (listFiles) files.AddRange(Directory.EnumerateFiles(dir));
                    if (depth < maxDepth) dirs.AddRange(Directory.EnumerateDirectories(dir));
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is System.Security.SecurityException)
                {
                    index.Diagnostics.Add(new PlanDiagnostic(DiagnosticSeverity.Warning, "FolderUnreadable", DiagnosticKind.ReadError,
                        $"Cannot read the folder '{dir}': {e.Message}", dir,
                        suggestion: "Check its permissions; the status ignores the files in it.", target: dir));
                    continue;
                }
                index.EntriesSeen += files.Count + dirs.Count;
                if (index.EntriesSeen > maxEntries)
                {
                    index.Diagnostics.Add(new PlanDiagnostic(DiagnosticSeverity.Warning, "StatusScanTruncated", DiagnosticKind.LimitsExceeded,
                        $"'{root}' holds more than {maxEntries:N0} files and folders; the status was derived from the part scanned.", root,
                        suggestion: "Keep a plan's files in its own folder (PLAN_<NAME>.md, subplans/, execution/), away from unrelated trees.", target: root));
                    break;
                }

                bool planFolder = depth == 0 || (depth == 1 && string.Equals(Path.GetFileName(dir), "planning", StringComparison.OrdinalIgnoreCase));
                if (!planFolder && HoldsPlan(files)) continue; // another plan's root: its files are its own

                foreach (var sub in dirs)
                {
                    var name = Path.GetFileName(sub);
                    if (PlanLoader.SkippedFolders.Contains(name)) continue;
                    if (!deep && !ConventionalFolders.Contains(name)) continue;
                    try
                    {
                        if ((File.GetAttributes(sub) & FileAttributes.ReparsePoint) != 0) continue; // never follow a symlinked folder
                    }
                    catch (Exception e) when (e is IOException || e is UnauthorizedAccessException) { continue; }
                    pending.Push((sub, depth + 1));
                }
                foreach (var path in files)
                {
                    var name = Path.GetFileName(path);
                    if (planFolder && PlanLoader.IsPlanFileName(name))
                    {
                        index.PlanNames.Add(name.Substring(5, name.Length - 8));
                        continue;
                    }
                    index.Classify(path, name);
                }
            }
            index.Subplans.Sort(ByPath);
            index.Executions.Sort(ByPath);
            index.Feedback.Sort(ByPath);
            return index;
        }

        private static int ByPath(StatusFile a, StatusFile b) => string.CompareOrdinal(a.Path, b.Path);

        private static bool HoldsPlan(List<string> files)
        {
            foreach (var f in files)
                if (PlanLoader.IsPlanFileName(Path.GetFileName(f))) return true;
            return false;
        }

        private void Classify(string path, string name)
        {
            if (name.Length < 8 || !name.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) return;
            char c = char.ToUpperInvariant(name[0]);
            Match m;
            switch (c)
            {
                case 'S' when name.StartsWith("SUBPLAN_", StringComparison.OrdinalIgnoreCase):
                    m = SubplanName.Match(name);
                    if (m.Success) Subplans.Add(new StatusFile(path, name, StatusFileKind.Subplan, m.Groups["nn"].Value, m.Groups["name"].Value));
                    return;
                case 'E' when name.StartsWith("EXECUTION_TASK_", StringComparison.OrdinalIgnoreCase):
                    m = ExecutionName.Match(name);
                    if (m.Success) Executions.Add(new StatusFile(path, name, StatusFileKind.Execution, m.Groups["nn"].Value, m.Groups["name"].Value));
                    return;
                case 'A':
                case 'F':
                case 'S':
                    m = FeedbackName.Match(name);
                    if (!m.Success) return;
                    var kindText = m.Groups["kind"].Value.ToUpperInvariant();
                    bool resolution = m.Groups["resolution"].Success;
                    if (resolution && kindText != "FIX") return;
                    var kind = kindText == "APPROVED" ? StatusFileKind.Approved
                        : kindText == "SKIPPED" ? StatusFileKind.Skipped
                        : resolution ? StatusFileKind.FixResolution : StatusFileKind.Fix;
                    if (kind == StatusFileKind.Approved || kind == StatusFileKind.Fix) HasReviewFiles = true;
                    Feedback.Add(new StatusFile(path, name, kind, m.Groups["nn"].Value, null));
                    return;
            }
        }
    }

    /// <summary>
    /// Caches the file index of each plan root for the length of one command, so that plans sharing a root (or
    /// one plan reached twice) enumerate it once. Create one per command; never keep it across commands.
    /// </summary>
    public sealed class StatusScanCache
    {
        private readonly Dictionary<string, StatusFileIndex> _indexes = new Dictionary<string, StatusFileIndex>(StringComparer.Ordinal);

        internal StatusFileIndex Get(string root, bool deep)
        {
            var key = (deep ? "D|" : "S|") + root;
            if (!_indexes.TryGetValue(key, out var index)) _indexes[key] = index = StatusFileIndex.Build(root, deep);
            return index;
        }
    }

    /// <summary>Reads the first lines of a SUBPLAN or EXECUTION_TASK: its achievement header, its status line, scaffold markers.</summary>
    internal static class StatusHead
    {
        /// <summary>At most this many bytes of a file are read: a 50 MB EXECUTION_TASK costs what a small one does.</summary>
        public const int MaxBytes = 16 * 1024;

        /// <summary>The header and status line are looked for in this many first lines.</summary>
        public const int MaxLines = 80;

        private const RegexOptions Opts = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled;

        // **Achievement**: 2.1 | **Achievement:** Achievement 1.1 (…) | - **Achievement Addressed**: Achievement 0.1 | **Achievement Number**: 1.1
        private static readonly Regex FieldHeader = new Regex(
            @"^(?:[-*+]\s+)?\*\*\s*Achievement(?:\s+(?:Addressed|Number|Id))?\s*(?::\s*\*\*|\*\*\s*:)\s*(?<rest>.*)$", Opts);

        // 2.1 | Achievement 0.1 (…) | Achievement 4.1 & 4.2 - … | 0.3: Title      (1.1.1 is a sub-achievement: no match)
        private static readonly Regex IdList = new Regex(
            @"^[\s*_]*(?:Achievements?\s+)?(?<id>\d{1,9}(?:\.\d{1,9})?)(?:\s*(?:&|,|\band\b|\+|/)\s*(?:Achievements?\s+)?(?<id>\d{1,9}(?:\.\d{1,9})?))*(?!\.?\d)", Opts);

        // # SUBPLAN: Achievement 1.1 … | # EXECUTION TASK: Achievement 3.3 - … | # EXECUTION_TASK: Title (Achievement 6.2)
        private static readonly Regex TitleHeader = new Regex(
            @"^#{1,3}\s+(?:SUBPLAN|EXECUTION[ _-]?TASK)\b.*?\bAchievement\s+(?<id>\d{1,9}(?:\.\d{1,9})?)(?!\.?\d)", Opts);

        // **Status**: … | - **Status:** …
        private static readonly Regex StatusLine = new Regex(@"^(?:[-*+]\s+)?\*\*\s*Status\s*(?::\s*\*\*|\*\*\s*:)\s*(?<value>.*)$", Opts);

        private static readonly Regex NotYet = new Regex(
            @"\b(?:not\s+(?:yet\s+)?(?:started|complete|completed|begun|done)|incomplete|(?:design|planning|plan|analysis)(?:\s+phase)?\s+(?:complete|completed|done))\b", Opts);
        private static readonly Regex Underway = new Regex(
            @"\b(?:in[\s\-_]*progress|executing|starting|started|ongoing|underway|wip|partially|blocked|phases?\s+\d)\b|\u23F3|\uD83D\uDEA7", Opts);
        private static readonly Regex Finished = new Regex(@"\b(?:complete|completed|done|finished)\b|\u2705|\u2714", Opts);

        /// <summary>Of a file longer than <see cref="MaxBytes"/>, this many last bytes are read too: a completion section sits at the end.</summary>
        public const int TailBytes = 4 * 1024;

        [ThreadStatic] private static byte[]? _buffer;

        [System.Runtime.CompilerServices.MethodImpl(Hot.Optimize)]
        public static void Read(StatusFile file, out AchievementId[]? ids, out List<string>? statuses, out bool scaffold, out string? error)
        {
            ids = null;
            statuses = null;
            scaffold = false;
            error = null;
            var buffer = _buffer ??= new byte[MaxBytes + TailBytes];
            int count = 0, tail = 0;
            try
            {
                var info = new FileInfo(file.Path);
                long length = info.Length;
                // Length 0: nothing to read, and no open() that could block (a FIFO or device named like a SUBPLAN).
                if (length == 0) return;
                using var stream = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.None);
                int n;
                while (count < MaxBytes && (n = stream.Read(buffer, count, MaxBytes - count)) > 0) count += n;
                if (count == MaxBytes && length > MaxBytes + TailBytes && file.Kind == StatusFileKind.Execution)
                {
                    stream.Seek(-TailBytes, SeekOrigin.End);
                    while (tail < TailBytes && (n = stream.Read(buffer, MaxBytes + tail, TailBytes - tail)) > 0) tail += n;
                }
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is System.Security.SecurityException || e is NotSupportedException)
            {
                error = e.Message;
                return;
            }
            if (file.Kind == StatusFileKind.Subplan) scaffold = Contains(buffer, count, "[TO BE FILLED");
            ParseHead(Decode(buffer, 0, count), true, out ids, ref statuses);
            if (tail > 0)
            {
                // Start after the first line break: the tail may begin inside a line (or a UTF-8 sequence).
                int from = MaxBytes;
                while (from < MaxBytes + tail && buffer[from] != (byte)'\n') from++;
                if (from < MaxBytes + tail) ParseHead(Decode(buffer, from + 1, MaxBytes + tail - from - 1), false, out _, ref statuses);
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
        /// title) and collects every <c>**Status**:</c> value. Only lines starting with #, *, - or + are looked at.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(Hot.Optimize)]
        internal static void ParseHead(string text, bool head, out AchievementId[]? ids, ref List<string>? statuses)
        {
            ids = null;
            AchievementId[]? titleIds = null;
            bool sawHeading = !head;
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
                if (c == '#')
                {
                    if (!sawHeading)
                    {
                        sawHeading = true;
                        var t = TitleHeader.Match(text.Substring(p, end - p).TrimEnd());
                        if (t.Success && AchievementId.TryParse(t.Groups["id"].Value, out var tid)) titleIds = new[] { tid };
                    }
                    continue;
                }
                if (c != '*' && c != '-' && c != '+') continue;
                int span = Math.Min(end - p, 40);
                if (text.IndexOf("tatus", p, span, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    var m = StatusLine.Match(text.Substring(p, end - p).TrimEnd());
                    if (m.Success && (statuses ??= new List<string>(2)).Count < 32) statuses.Add(m.Groups["value"].Value.Trim());
                }
                else if (head && ids == null && lineNo <= MaxLines && text.IndexOf("chievement", p, span, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    var m = FieldHeader.Match(text.Substring(p, end - p).TrimEnd());
                    if (m.Success) ids = ParseIds(m.Groups["rest"].Value);
                }
            }
            ids ??= titleIds;
        }

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

        /// <summary>
        /// Reads a status line: in progress / executing / starting; complete / done / ✅; or not started / pending /
        /// ready / design complete (anything else that is there). Negations and "design complete" are looked at first.
        /// </summary>
        public static ExecutionState Classify(string? status)
        {
            if (status == null) return ExecutionState.None;
            var s = PlanText.Repair(status);
            if (NotYet.IsMatch(s)) return ExecutionState.Pending;
            if (Underway.IsMatch(s)) return ExecutionState.InProgress;
            if (Finished.IsMatch(s)) return ExecutionState.Complete;
            return ExecutionState.Pending;
        }

        /// <summary>ASCII search, case-insensitive, in the bytes read.</summary>
        private static bool Contains(byte[] bytes, int count, string needle)
        {
            int n = needle.Length;
            for (int i = 0; i + n <= count; i++)
            {
                if (bytes[i] != (byte)needle[0]) continue;
                int k = 1;
                while (k < n && ToUpper(bytes[i + k]) == needle[k]) k++;
                if (k == n) return true;
            }
            return false;
        }

        private static int ToUpper(byte b) => b >= 'a' && b <= 'z' ? b - 32 : b;
    }
}
