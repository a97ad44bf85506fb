using System.Collections.Generic;

namespace ParallelExec.Run;

/// <summary>
/// The declared write-set of an achievement: the repository-relative paths and globs it says it changes, or null when
/// it declares none. The write-set reader (src/ParallelExec.Core/WriteSets/) is wired in <see cref="MergeQueue.DefaultDeclared"/> (the cmdlet passes no other yet).
/// </summary>
internal delegate IReadOnlyCollection<string>? DeclaredPaths(Achievement achievement);
