namespace ParallelExec.Registry;

/// <summary>An achievement id as a registry writes it (under dependencies or blocks): the text, the id it reads as, and where.</summary>
/// <param name="IsValid">The text reads as an id (<see cref="AchievementId.TryParse"/>); <paramref name="Id"/> is default otherwise.</param>
internal readonly record struct IdReference(string Text, AchievementId Id, bool IsValid, JsonPosition At)
{
    public static IdReference Of(string text, JsonPosition at) =>
        AchievementId.TryParse(text, out var id) ? new IdReference(text, id, true, at) : new IdReference(text, default, false, at);
}
