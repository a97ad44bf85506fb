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
    private List<StatusStatement>? _statements;
    private int _statusLine;
    private bool _scaffold;
    private string? _readError;
    private ExecutionState _state;
    private string? _statusText;

    /// <summary>The ids its <c>**Achievement**:</c> line (or title) names; null when it has no such header.</summary>
    public AchievementId[]? HeaderIds { get { EnsureHead(); return _headerIds; } }

    /// <summary>The statement that decided <see cref="State"/> (a status line, a result, an achievement line, a heading); null when the file makes none.</summary>
    public string? StatusText { get { EnsureHead(); return _statusText; } }

    /// <summary>The 1-based line of <see cref="StatusText"/>; 0 when unknown (read from the tail of a long file) or when there is none.</summary>
    public int StatusLine { get { EnsureHead(); return _statusLine; } }

    /// <summary>
    /// What the file says about its own status, from every statement it makes (<see cref="StatusStatements.Decide"/>):
    /// executors update a task by appending a completion section while its first <c>**Status**:</c> line goes stale,
    /// so the latest statement wins, and a pending one never takes back a completion or work under way.
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

    /// <summary>Reads the head now (the scan cache reads many files' heads at once, on every core).</summary>
    public void ReadHead() => EnsureHead();

    private void EnsureHead()
    {
        if (_headRead) return;
        _headRead = true;
        StatusHead.Read(this, out _headerIds, out _statements, out _scaffold, out _readError);
        if (_statements == null || (Kind != StatusFileKind.Subplan && Kind != StatusFileKind.Execution)) return;
        if (Kind == StatusFileKind.Execution) _scaffold = IsUnfilled(_statements);
        if (StatusStatements.Decide(_statements, _headerIds) is { } decided)
        {
            _state = decided.State;
            _statusText = decided.Text;
            _statusLine = decided.Line;
        }
    }

    /// <summary>An EXECUTION_TASK whose status lines all still say <c>[TO BE FILLED]</c>, as -Scaffold writes it.</summary>
    private static bool IsUnfilled(List<StatusStatement> statements)
    {
        bool any = false;
        foreach (var s in statements)
        {
            if (s.Form != StatementForm.StatusLine) continue;
            if (!string.Equals(s.Text.Trim(), PlanConventions.ScaffoldMarker, StringComparison.OrdinalIgnoreCase)) return false;
            any = true;
        }
        return any;
    }
}
