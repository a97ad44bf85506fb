using System;
using System.Collections.Concurrent;

namespace ParallelExec.Status;

/// <summary>
/// Caches the file index of each plan root for the length of one command, so that plans sharing a root (or
/// one plan reached twice) enumerate it once. Create one per command; never keep it across commands. Plans of
/// different roots may be read at once (<see cref="Plans.PlanLoader"/>): each root's index is built once, by the
/// first thread that asks.
/// </summary>
internal sealed class StatusScanCache
{
    private readonly ConcurrentDictionary<string, Lazy<StatusFileIndex>> _indexes = new ConcurrentDictionary<string, Lazy<StatusFileIndex>>(StringComparer.Ordinal);

    /// <summary>What <see cref="Plans.PlanCompanion.OwnerOf"/> found for each PLAN file, so that each head is read once per command.</summary>
    internal ConcurrentDictionary<string, string?> Owners { get; } = new ConcurrentDictionary<string, string?>(StringComparer.Ordinal);

    internal StatusFileIndex Get(string root, bool deep)
    {
        var key = (deep ? "D|" : "S|") + root;
        return _indexes.GetOrAdd(key, _ => new Lazy<StatusFileIndex>(() => StatusFileIndex.BuildAndRead(root, deep, Owners))).Value;
    }
}
