namespace ParallelExec.Run;

/// <summary>
/// One unit of work as Measure-ParallelPlan schedules it: an achievement, or one planned execution of it. An
/// achievement's units wait for all the units of the achievements it depends on; an execution also waits for the
/// executions of its own achievement it names.
/// </summary>
internal sealed class WorkUnit
{
    public WorkUnit(AchievementId achievement, string? execution, int number, double hours, int[] dependsOn)
    {
        Achievement = achievement;
        Execution = execution;
        Number = number;
        Hours = hours < 0 || double.IsNaN(hours) ? 0 : hours;
        DependsOn = dependsOn;
    }

    public AchievementId Achievement { get; }

    /// <summary>The execution's label (01_02); null for an achievement scheduled whole.</summary>
    public string? Execution { get; }

    /// <summary>The execution number (0 for an achievement scheduled whole): the tie-break inside an achievement.</summary>
    public int Number { get; }
    public double Hours { get; }

    /// <summary>Indexes of the units this one waits for.</summary>
    public int[] DependsOn { get; }
}
