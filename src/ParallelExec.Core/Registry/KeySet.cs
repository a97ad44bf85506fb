using System;
using System.Collections.Generic;

namespace ParallelExec.Registry;

/// <summary>
/// The keys of one JSON object, as a streaming pass meets them: a short list searched in order (objects of a registry
/// have a handful of keys), which becomes a hash set past 16 keys, so that an object of 100,000 keys stays linear.
/// </summary>
internal sealed class KeySet
{
    private const int ListLimit = 16;
    private readonly List<string> _list;
    private HashSet<string>? _set;

    public KeySet(int capacity = 8) => _list = new List<string>(Math.Min(capacity, ListLimit));

    public int Count => _set?.Count ?? _list.Count;

    /// <summary>Adds a key; false when the object has it already.</summary>
    public bool Add(string name)
    {
        if (_set != null) return _set.Add(name);
        foreach (var k in _list)
            if (string.Equals(k, name, StringComparison.Ordinal)) return false;
        _list.Add(name);
        if (_list.Count > ListLimit) _set = new HashSet<string>(_list, StringComparer.Ordinal);
        return true;
    }

    public bool Contains(string name)
    {
        if (_set != null) return _set.Contains(name);
        foreach (var k in _list)
            if (string.Equals(k, name, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Empties the set, to be used for another object.</summary>
    public void Clear()
    {
        _list.Clear();
        _set = null;
    }
}
