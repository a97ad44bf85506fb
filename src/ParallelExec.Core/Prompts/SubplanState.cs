namespace ParallelExec.Prompts;

/// <summary>What an achievement's status says about its SUBPLAN, as the batch prompts read it.</summary>
internal static class SubplanState
{
    /// <summary>True when the status info's SUBPLAN is an unfilled scaffold (the status rules count it as not created).</summary>
    public static bool IsScaffold(AchievementStatusInfo info) =>
        info.SubplanPath != null && info.StatusValue.Equals(AchievementStatus.NotStarted);

    /// <summary>True when the SUBPLAN is there and written (not a scaffold).</summary>
    public static bool IsWritten(AchievementStatusInfo info) => info.SubplanPath != null && !IsScaffold(info);
}
