using System.Collections.Generic;

namespace ParallelExec.Run;

/// <summary>
/// The declared write-set of an achievement: the repository-relative paths and globs it says it changes, or null when
/// it declares none. <see cref="MergeQueue.DefaultDeclared"/> reads it with the write-set reader (src/ParallelExec.Core/WriteSets/); tests give paths directly.
/// </summary>
internal delegate IReadOnlyCollection<string>? DeclaredPaths(Achievement achievement);
