using System;
using System.Collections.Generic;

namespace ParallelExec.Registry.Rules;

/// <summary>What the rules find, each record with the <see cref="Discovery"/> that places it.</summary>
internal sealed class RuleRecords
{
    private readonly List<(Discovery At, ValidationRecord Record)> _found = new List<(Discovery, ValidationRecord)>();

    public int Count => _found.Count;

    public void Add(Discovery at, ValidationRecord record) => _found.Add((at, record));

    /// <summary>The records in the order Test-ParallelJson comes upon them: by discovery, then in the order added.</summary>
    public List<ValidationRecord> InDiscoveryOrder()
    {
        var order = new int[_found.Count];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) =>
        {
            int c = _found[a].At.CompareTo(_found[b].At);
            return c != 0 ? c : a.CompareTo(b);
        });
        var list = new List<ValidationRecord>(order.Length);
        foreach (var i in order) list.Add(_found[i].Record);
        return list;
    }
}
