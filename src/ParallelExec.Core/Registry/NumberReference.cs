namespace ParallelExec.Registry;

/// <summary>A number a registry gives (a level, an estimate, an actual time) that is out of the range the module holds, and where.</summary>
/// <param name="Field">The property: level, estimated_hours, actual_hours.</param>
/// <param name="Text">The number as written (at most its first 40 characters).</param>
internal readonly record struct NumberReference(string Field, string Text, string JsonPath, JsonPosition At, string? AchievementId);
