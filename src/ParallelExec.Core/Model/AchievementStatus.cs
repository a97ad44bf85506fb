using System;

namespace ParallelExec;

/// <summary>
/// The status of an achievement, with the schema's spelling (<c>not_started</c> … <c>skipped</c>).
/// Compares equal to those strings so that <c>Where Status -eq 'complete'</c> works.
/// </summary>
public sealed class AchievementStatus : IEquatable<AchievementStatus>
{
    public static readonly AchievementStatus NotStarted = new AchievementStatus("not_started", 0);
    public static readonly AchievementStatus SubplanCreated = new AchievementStatus("subplan_created", 1);
    public static readonly AchievementStatus ExecutionCreated = new AchievementStatus("execution_created", 2);
    public static readonly AchievementStatus InProgress = new AchievementStatus("in_progress", 3);
    public static readonly AchievementStatus Complete = new AchievementStatus("complete", 4);
    public static readonly AchievementStatus Failed = new AchievementStatus("failed", 5);
    public static readonly AchievementStatus Skipped = new AchievementStatus("skipped", 6);

    public static readonly AchievementStatus[] All =
        { NotStarted, SubplanCreated, ExecutionCreated, InProgress, Complete, Failed, Skipped };

    private AchievementStatus(string value, int order)
    {
        Value = value;
        Order = order;
    }

    public string Value { get; }
    internal int Order { get; }

    /// <summary>Lets PowerShell convert 'complete' to a status.</summary>
    public static AchievementStatus Parse(string text)
    {
        if (TryParse(text, out var s)) return s!;
        throw new FormatException($"'{text}' is not a status. Use one of: {string.Join(", ", Array.ConvertAll(All, x => x.Value))}.");
    }

    public static bool TryParse(string? text, out AchievementStatus? status)
    {
        status = null;
        if (text == null) return false;
        var t = text.Trim().Replace('-', '_').Replace(' ', '_');
        foreach (var s in All)
        {
            if (string.Equals(s.Value, t, StringComparison.OrdinalIgnoreCase) ||
                string.Equals(s.Value.Replace("_", ""), t, StringComparison.OrdinalIgnoreCase))
            {
                status = s;
                return true;
            }
        }
        return false;
    }

    public bool Equals(AchievementStatus? other) => other != null && other.Value == Value;

    public override bool Equals(object? obj) => obj switch
    {
        AchievementStatus s => Equals(s),
        string t => TryParse(t, out var p) && Equals(p),
        _ => false,
    };

    public override int GetHashCode() => Value.GetHashCode();
    public override string ToString() => Value;
}
