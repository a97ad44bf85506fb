using System;
using System.Collections.Generic;
using System.Linq;

namespace ParallelExec;

/// <summary>One achievement placed on an executor by the scheduler (upper-bound estimates).</summary>
public sealed class PlacedAchievement
{
    public AchievementId Id { get; internal set; } = default!;
    public int Executor { get; internal set; }
    public double Start { get; internal set; }
    public double Finish { get; internal set; }
    public override string ToString() => $"{Id}@{Executor}:{Start}-{Finish}";
}
