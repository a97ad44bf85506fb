using System;
using System.Collections.Generic;

namespace ParallelExec.Status;

/// <summary>
/// Caches the file index of each plan root for the length of one command, so that plans sharing a root (or
/// one plan reached twice) enumerate it once. Create one per command; never keep it across commands.
/// </summary>
internal sealed class StatusScanCache
{
    private readonly Dictionary<string, StatusFileIndex> _indexes = new Dictionary<string, StatusFileIndex>(StringComparer.Ordinal);

    internal StatusFileIndex Get(string root, bool deep)
    {
        var key = (deep ? "D|" : "S|") + root;
        if (!_indexes.TryGetValue(key, out var index)) _indexes[key] = index = StatusFileIndex.Build(root, deep);
        return index;
    }
}
