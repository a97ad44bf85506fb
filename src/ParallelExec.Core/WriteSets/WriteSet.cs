using System;
using System.Collections.Generic;

namespace ParallelExec.WriteSets;

/// <summary>What one achievement declares it writes: its paths and globs, each with where it was declared.</summary>
internal sealed class WriteSet
{
    public static readonly WriteSet Empty = new WriteSet(Array.Empty<DeclaredPath>(), WriteSetSource.None);

    public WriteSet(IReadOnlyList<DeclaredPath> paths, WriteSetSource source)
    {
        Paths = paths;
        Source = paths.Count == 0 ? WriteSetSource.None : source;
        var first = new Dictionary<string, DeclaredPath>(StringComparer.Ordinal);
        foreach (var p in paths) first.TryAdd(p.Path, p);
        ByPath = first;
    }

    /// <summary>Every declaration in document order (a path declared twice appears twice).</summary>
    public IReadOnlyList<DeclaredPath> Paths { get; }

    /// <summary>The first declaration of each distinct path.</summary>
    public IReadOnlyDictionary<string, DeclaredPath> ByPath { get; }

    public WriteSetSource Source { get; }

    public bool IsEmpty => Paths.Count == 0;
}
