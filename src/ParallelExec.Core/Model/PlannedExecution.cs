namespace ParallelExec;

/// <summary>One EXECUTION_TASK that a SUBPLAN plans in its "Active EXECUTION_TASKs" table, or a flat registry in its <c>sub_executions</c>.</summary>
public sealed class PlannedExecution
{
    internal PlannedExecution(int number, string label, string? file, string? status, string? estimate, int[] dependsOn, string? title = null, string[]? files = null)
    {
        Title = title;
        Files = files ?? System.Array.Empty<string>();
        Number = number;
        Label = label;
        File = file;
        Status = status;
        Estimate = estimate;
        DependsOn = dependsOn;
    }

    /// <summary>The execution number (the MM of EXECUTION_TASK_&lt;NAME&gt;_&lt;NN&gt;_&lt;MM&gt;.md).</summary>
    public int Number { get; }

    /// <summary>The label as the table writes it (04_01).</summary>
    public string Label { get; }

    /// <summary>The file name the table gives, or null.</summary>
    public string? File { get; }
    public string? Status { get; }
    public string? Estimate { get; }

    /// <summary>What the execution does, when its source says (a registry's sub_executions do; a SUBPLAN table does not).</summary>
    public string? Title { get; }

    /// <summary>The paths the execution writes, as the schema form's <c>files</c> gives them (empty from a SUBPLAN table or <c>sub_executions</c>).</summary>
    public string[] Files { get; }

    /// <summary>The execution numbers this one waits for (the table's Dependencies column).</summary>
    public int[] DependsOn { get; }

    public override string ToString() => Label;
}
