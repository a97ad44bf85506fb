namespace ParallelExec.Prompts;

/// <summary>One EXECUTION_TASK a batch asks for: its number, what its SUBPLAN's table says of it, and its path.</summary>
internal sealed class ExecutionToCreate
{
    public ExecutionToCreate(int number, string? estimate, int[] dependsOn, string path, bool scaffoldExists)
    {
        Number = number;
        Estimate = estimate;
        DependsOn = dependsOn;
        Path = path;
        ScaffoldExists = scaffoldExists;
    }

    public int Number { get; }
    public string? Estimate { get; }

    /// <summary>The execution numbers it waits for.</summary>
    public int[] DependsOn { get; }

    public string Path { get; }

    /// <summary>True when its file exists as an unfilled scaffold, to be filled in.</summary>
    public bool ScaffoldExists { get; }
}
