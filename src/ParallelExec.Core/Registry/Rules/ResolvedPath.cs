namespace ParallelExec.Registry.Rules;

/// <summary>A path an entry names, resolved against the plan folder: <paramref name="Resolved"/> is null when it leads outside (<paramref name="Problem"/> says how).</summary>
internal readonly record struct ResolvedPath(RegistryEntry Entry, PathReference Reference, string? Resolved, string Problem);
