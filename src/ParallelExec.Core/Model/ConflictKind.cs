namespace ParallelExec;

/// <summary>What <c>Get-ParallelConflict</c> found about a pair that may run at the same time.</summary>
public enum ConflictKind
{
    /// <summary>Both declare what they write and they share a path: running them at once risks lost work.</summary>
    Conflict,

    /// <summary>The achievement declares nothing it writes: whether it overlaps the others that may run with it is unknown.</summary>
    Unknown,
}
