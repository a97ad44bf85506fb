namespace ParallelExec.Menu;

/// <summary>What a line of the menu's screen is, so that a renderer colours it without reading its words.</summary>
internal enum MenuLineKind
{
    /// <summary>An empty line between the sections.</summary>
    Blank,
    /// <summary>"=== PARALLEL EXECUTION MENU ===".</summary>
    Title,
    /// <summary>The plan's name and size.</summary>
    Plan,
    /// <summary>A level's progress, still under way.</summary>
    Level,
    /// <summary>A level whose achievements are all complete or skipped.</summary>
    LevelDone,
    /// <summary>A level with a failed achievement.</summary>
    LevelFailed,
    /// <summary>A problem of the plan (an invalid parallel.json, a cycle), with its <see cref="MenuLine.Code"/> and fix.</summary>
    Warning,
    /// <summary>The heading of the failed achievements.</summary>
    Error,
    /// <summary>A failed achievement, or what it blocks.</summary>
    Failure,
    /// <summary>The recovery options after the failures.</summary>
    Help,
    /// <summary>An option that can be chosen (<see cref="MenuLine.Option"/>).</summary>
    Option,
    /// <summary>An option that is disabled now, with the reason.</summary>
    DisabledOption,
    /// <summary>"Choose an option: ", written without a line end.</summary>
    Prompt,
}
