namespace ParallelExec.Registry.Rules;

/// <summary>The passes of Test-ParallelJson over a registry, in the order it makes them (see <see cref="Discovery"/>).</summary>
internal enum CheckPass
{
    /// <summary>The document as a whole: duplicate keys, the flat form, the schema.</summary>
    Document,

    /// <summary>The ids, entry by entry in document order.</summary>
    Ids,

    /// <summary>Each entry's dependencies, entries in id order, dependencies as written.</summary>
    Dependencies,

    /// <summary>Each entry's blocks, entries in id order, blocks as written.</summary>
    Blocks,

    /// <summary>Each entry's dependencies once more, from the side of what it depends on.</summary>
    DependedOn,

    /// <summary>The cycles of the graph.</summary>
    Cycles,

    /// <summary>Each entry's dependencies against the levels.</summary>
    LevelOrder,

    /// <summary>Each level.</summary>
    Levels,

    /// <summary>The paths the entries name, entries in document order.</summary>
    Paths,

    /// <summary>Reading the PLAN to compare with.</summary>
    Plan,

    /// <summary>The PLAN's achievements, in its order.</summary>
    PlanAchievements,

    /// <summary>The stored statuses, entries in document order.</summary>
    Statuses,

    /// <summary>The registered entries against the PLAN, in document order.</summary>
    RegisteredEntries,

    /// <summary>The write-sets of achievements that may run at once, pairs in id order.</summary>
    WriteSets,
}
