using System;
using System.Collections.Generic;
using System.Linq;

namespace ParallelExec.Plans;

/// <summary>
/// Hashes an edge key (from &lt;&lt; 32 | to). long's own hash XORs the halves, so a chain's keys (i, i-1)
/// collide into a handful of buckets and a 100,000-long chain became quadratic.
/// </summary>
internal sealed class EdgeKeyComparer : IEqualityComparer<long>
{
    public static readonly EdgeKeyComparer Instance = new EdgeKeyComparer();
    public bool Equals(long x, long y) => x == y;
    public int GetHashCode(long key) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15)) >> 32);
}
