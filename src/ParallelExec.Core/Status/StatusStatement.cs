namespace ParallelExec.Status;

/// <summary>
/// One statement of a file about its own status: where it is (<see cref="Line"/>, 1-based; 0 when it was read from the
/// tail of a file too long to read whole), what it says, and in which form. <see cref="Id"/> is the achievement an
/// <see cref="StatementForm.AchievementLine"/> names.
/// </summary>
internal readonly record struct StatusStatement(int Line, ExecutionState State, string Text, StatementForm Form, AchievementId? Id = null);
