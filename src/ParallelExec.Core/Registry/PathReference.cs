namespace ParallelExec.Registry;

/// <summary>A path a registry entry names (its <c>subplan_path</c> or one of its <c>execution_paths</c>), and where.</summary>
internal readonly record struct PathReference(string Value, string Field, JsonPosition At);
