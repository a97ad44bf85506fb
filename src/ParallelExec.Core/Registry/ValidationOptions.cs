namespace ParallelExec.Registry;

internal sealed class ValidationOptions
{
    /// <summary>The PLAN to compare with; when null, a PLAN_*.md beside the registry is used if there is one.</summary>
    public string? PlanPath { get; set; }

    /// <summary>Compare with a PLAN found beside the registry when PlanPath is null.</summary>
    public bool FindPlan { get; set; } = true;

    /// <summary>At most this many schema violations are listed one by one; the rest are counted.</summary>
    public int MaxSchemaRecords { get; set; } = 100;
}
