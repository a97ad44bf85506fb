using System;
using System.Collections.Generic;

namespace ParallelExec
{
    /// <summary>What a batch prompt asks an LLM to produce.</summary>
    public enum BatchPromptKind
    {
        /// <summary>A parallel.json for a whole plan (the seed's --parallel-upgrade).</summary>
        Discovery,
        /// <summary>The missing SUBPLANs of a batch of achievements.</summary>
        Subplan,
        /// <summary>The missing EXECUTION_TASKs of a batch of achievements.</summary>
        Execution,
    }

    /// <summary>An achievement left out of a batch prompt, with the reason.</summary>
    public sealed class SkippedAchievement
    {
        public SkippedAchievement(Achievement achievement, string reason)
        {
            Achievement = achievement;
            Reason = reason;
        }

        public AchievementId Id => Achievement.Id;
        public string Title => Achievement.Title;
        public string Reason { get; }
        public Achievement Achievement { get; }

        public override string ToString() => $"{Id}: {Reason}";
    }

    /// <summary>One prompt for an LLM; its text is its string form, so it pipes straight to Set-Clipboard or Out-File.</summary>
    public sealed class BatchPrompt
    {
        internal BatchPrompt(BatchPromptKind kind, ParallelPlan plan, Achievement[] achievements, SkippedAchievement[] skipped,
            string[] targetPaths, string text, int part, int partCount)
        {
            Kind = kind;
            Plan = plan;
            Achievements = achievements;
            Skipped = skipped;
            TargetPaths = targetPaths;
            Text = text;
            Part = part;
            PartCount = partCount;
        }

        public BatchPromptKind Kind { get; }
        public string PlanName => Plan.Name;
        public string PlanPath => Plan.PlanPath;
        public string PlanRoot => Plan.PlanRoot;

        /// <summary>The achievements this prompt asks about.</summary>
        public Achievement[] Achievements { get; }

        /// <summary>The achievements of the request that were left out, each with its reason (the same list on every part).</summary>
        public SkippedAchievement[] Skipped { get; }

        /// <summary>The full paths of the files the LLM must create (parallel.json for a discovery prompt).</summary>
        public string[] TargetPaths { get; }

        public string Text { get; }
        public int CharacterCount => Text.Length;

        /// <summary>1-based part number when a -MaxCharacters budget split the batch; 1 otherwise.</summary>
        public int Part { get; }
        public int PartCount { get; }

        public ParallelPlan Plan { get; }

        /// <summary>The achievement each of <see cref="TargetPaths"/> belongs to (null for a discovery prompt's registry).</summary>
        internal Achievement?[] TargetAchievements { get; set; } = Array.Empty<Achievement?>();

        public override string ToString() => Text;
    }
}
