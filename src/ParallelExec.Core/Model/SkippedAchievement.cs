namespace ParallelExec;

/// <summary>An achievement left out of a batch prompt, with the reason.</summary>
public sealed class SkippedAchievement
{
    public SkippedAchievement(Achievement achievement, string reason)
    {
        Achievement = achievement;
        Reason = reason;
    }

    public string Id => Achievement.Key;

    internal AchievementId Key => Achievement.Key;
    public string Title => Achievement.Title;
    public string Reason { get; }
    public Achievement Achievement { get; }

    public override string ToString() => $"{Key}: {Reason}";
}
