using System;

namespace ParallelExec;

/// <summary>One prompt for an LLM; its text is its string form, so it pipes straight to Set-Clipboard or Out-File.</summary>
public sealed class BatchPrompt
{
    internal BatchPrompt(BatchPromptKind kind, ParallelPlan plan, Achievement[] achievements, SkippedAchievement[] skipped,
        string[] targetPaths, string text, int part, int partCount)
    {
        KindValue = kind;
        Plan = plan;
        Achievements = achievements;
        Skipped = skipped;
        TargetPaths = targetPaths;
        Text = text;
        PartNumber = part;
        PartCount = partCount;
    }

    public string Kind => KindValue.ToString();

    internal BatchPromptKind KindValue { get; }
    public string PlanName => Plan.Name;
    public string PlanPath => Plan.PlanPath;
    public string PlanRoot => Plan.PlanRoot;

    /// <summary>The achievements this prompt asks about.</summary>
    public Achievement[] Achievements { get; }

    /// <summary>The achievements of the request that were left out, each with its reason (the same list on every part).</summary>
    public SkippedAchievement[] Skipped { get; }

    /// <summary>The full paths of the files the LLM must create (parallel.json for a discovery prompt).</summary>
    public string[] TargetPaths { get; }

    public int CharacterCount => Text.Length;

    /// <summary>Which part this prompt is, of how many, as the default view shows it: <c>1/2</c> when a -MaxCharacters budget split the batch, <c>1/1</c> otherwise (the numbers: PartCount).</summary>
    public string Part => PartNumber.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/" + PartCount.ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal int PartNumber { get; }
    public int PartCount { get; }

    public ParallelPlan Plan { get; }

    /// <summary>The prompt itself; the last property, so that Format-List * shows the short ones first.</summary>
    public string Text { get; }

    /// <summary>The achievement each of <see cref="TargetPaths"/> belongs to (null for a discovery prompt's registry).</summary>
    internal Achievement?[] TargetAchievements { get; set; } = Array.Empty<Achievement?>();

    public override string ToString() => Text;
}
