using System;
using System.Collections.Generic;
using System.Linq;

namespace ParallelExec.Plans;

/// <summary>
/// The definition blocks of one plan, parsed for structure together and only when an achievement's
/// Deliverables or SuccessCriteria are first asked for.
/// </summary>
internal sealed class PlanSections
{
    private readonly string _text;
    // Where each block stands and whether it is some achievement's primary: all the sections need of the blocks, so
    // that the blocks themselves (their fields and id lists) are not held for as long as the plan is.
    private readonly int[] _start;
    private readonly int[] _end;
    private readonly bool[] _primary;
    private SectionContent?[]? _parsed;
    private readonly object _gate = new object();

    public PlanSections(string text, List<DefinitionBlock> blocks)
    {
        _text = text;
        _start = new int[blocks.Count];
        _end = new int[blocks.Count];
        _primary = new bool[blocks.Count];
        for (int k = 0; k < blocks.Count; k++)
        {
            blocks[k].Index = k;
            _start[k] = blocks[k].Start;
            _end[k] = blocks[k].End;
        }
    }

    public string Cut(int k) => _text.Substring(_start[k], _end[k] - _start[k]);
    public int Length(int k) => _end[k] - _start[k];

    /// <summary>Marks a block as some achievement's primary definition: those are parsed in the first batch.</summary>
    public void MarkPrimary(int k) => _primary[k] = true;

    public SectionContent Content(int k)
    {
        lock (_gate)
        {
            if (_parsed == null)
            {
                _parsed = new SectionContent[_start.Length];
                ParseBatch(primary: true);
            }
            if (_parsed[k] == null) ParseBatch(primary: false);
            return _parsed[k]!;
        }
    }

    private void ParseBatch(bool primary)
    {
        var which = new List<int>();
        for (int i = 0; i < _start.Length; i++)
            if (_parsed![i] == null && _primary[i] == primary) which.Add(i);
        var sections = new string[which.Count];
        for (int i = 0; i < which.Count; i++) sections[i] = Cut(which[i]);
        var parsed = SectionParser.ParseMany(sections);
        for (int i = 0; i < which.Count; i++) _parsed![which[i]] = parsed[i];
    }
}
