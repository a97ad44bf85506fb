using System;
using System.Collections.Generic;
using System.Linq;

namespace ParallelExec;

/// <summary>One achievement placed on an executor by the scheduler (upper-bound estimates).</summary>
public sealed class PlacedAchievement
{
    public string Id => Key.ToString();

    internal AchievementId Key { get; set; }
    public int Executor { get; internal set; }
    public double Start { get; internal set; }
    public double Finish { get; internal set; }
    public override string ToString() => $"{Key}@{Executor}:{Start}-{Finish}";
}
