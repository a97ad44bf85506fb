using System;
using System.Collections.Generic;
using ParallelExec.Plans;

namespace ParallelExec.Status;

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
            _scaffold = _statusLines.Count > 0 && _statusLines.TrueForAll(l => string.Equals(l.Trim(), PlanConventions.ScaffoldMarker, StringComparison.OrdinalIgnoreCase));
        foreach (var line in _statusLines)
        {
            var state = StatusWording.Classify(line);
            if (_statusText == null || state > _state)
            {
                _state = state;
                _statusText = line;
            }
        }
    }
}
