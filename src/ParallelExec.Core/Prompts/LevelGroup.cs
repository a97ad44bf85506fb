namespace ParallelExec.Prompts;

/// <summary>The achievements of one level, in id order, with the dependencies between them (a level should hold none).</summary>
internal sealed class LevelGroup
{
    public LevelGroup(int level, Achievement[] members, (AchievementId From, AchievementId To)[] inside)
    {
        Level = level;
        Members = members;
        Inside = inside;
    }

    public int Level { get; }
    public Achievement[] Members { get; }

    /// <summary>Member → member dependencies of the level, in member order.</summary>
    public (AchievementId From, AchievementId To)[] Inside { get; }
}
