namespace ParallelExec.Status;

/// <summary>What the PLAN's completion mark or parallel.json's stored status claim when it differs from the files.</summary>
internal static class StatusDrift
{
    /// <summary>The claims that disagree with the derived status, worded; null when none does.</summary>
    public static string? Of(AchievementStatusInfo info)
    {
        var a = info.Achievement;
        string? plan = null, registry = null;
        if (!info.StatusValue.Equals(AchievementStatus.Complete) && PlanMark.FirstOf(a) is { } mark)
            plan = (mark.Path == a.PlanPath ? "the PLAN marks it" : $"'{System.IO.Path.GetFileName(mark.Path)}' marks it") +
                $" '{mark.Text}' (line {mark.Line}), the files say {info.StatusValue}";
        if (a.RegistryStatus != null)
        {
            var stored = ParseStored(a.RegistryStatus);
            if (stored == null) registry = $"parallel.json says '{a.RegistryStatus}', which is not a status; the files say {info.StatusValue}";
            else if (!stored.Equals(info.StatusValue)) registry = $"parallel.json says {stored}, the files say {info.StatusValue}";
        }
        return plan == null ? registry : registry == null ? plan : plan + "; " + registry;
    }

    /// <summary>A stored status: the schema's spelling, or the words older registries use for complete and under way.</summary>
    private static AchievementStatus? ParseStored(string text)
    {
        if (AchievementStatus.TryParse(text, out var s)) return s;
        var t = text.Trim().ToLowerInvariant();
        return t == "completed" || t == "done" || t == "approved" ? AchievementStatus.Complete
            : t == "started" || t == "executing" ? AchievementStatus.InProgress
            : null;
    }
}
