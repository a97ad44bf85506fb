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
    private readonly List<DefinitionBlock> _blocks;
    private SectionContent?[]? _parsed;
    private readonly object _gate = new object();

    public PlanSections(string text, List<DefinitionBlock> blocks)
    {
        _text = text;
        _blocks = blocks;
        for (int k = 0; k < blocks.Count; k++) blocks[k].Index = k;
    }

    public string Cut(int k) => _text.Substring(_blocks[k].Start, _blocks[k].End - _blocks[k].Start);
    public int Length(int k) => _blocks[k].End - _blocks[k].Start;

    /// <summary>Marks a block as some achievement's primary definition: those are parsed in the first batch.</summary>
    public void MarkPrimary(int k) => _blocks[k].IsPrimary = true;

    public SectionContent Content(int k)
    {
        lock (_gate)
        {
            if (_parsed == null)
            {
                _parsed = new SectionContent[_blocks.Count];
                ParseBatch(primary: true);
            }
            if (_parsed[k] == null) ParseBatch(primary: false);
            return _parsed[k]!;
        }
    }

    private void ParseBatch(bool primary)
    {
        var which = new List<int>();
        for (int i = 0; i < _blocks.Count; i++)
            if (_parsed![i] == null && _blocks[i].IsPrimary == primary) which.Add(i);
        var sections = new string[which.Count];
        for (int i = 0; i < which.Count; i++) sections[i] = Cut(which[i]);
        var parsed = SectionParser.ParseMany(sections);
        for (int i = 0; i < which.Count; i++) _parsed![which[i]] = parsed[i];
    }
}
