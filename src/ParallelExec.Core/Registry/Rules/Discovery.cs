using System;

namespace ParallelExec.Registry.Rules;

/// <summary>
/// When a finding comes up as Test-ParallelJson goes over a registry: in which pass, at which entry (its index in the
/// order the pass takes the entries) and at which item of it (a dependency, a block, a path). Several rules share a
/// pass: SelfDependency and UnknownDependency look at the same dependencies, one after the other. The records are
/// put in this order first and then sorted by line and column, so the list reads as it always has, whichever rule
/// class reports what.
/// </summary>
internal readonly record struct Discovery(CheckPass Pass, int Entry = 0, int Item = 0) : IComparable<Discovery>
{
    public int CompareTo(Discovery other)
    {
        int c = Pass.CompareTo(other.Pass);
        if (c == 0) c = Entry.CompareTo(other.Entry);
        return c != 0 ? c : Item.CompareTo(other.Item);
    }
}
