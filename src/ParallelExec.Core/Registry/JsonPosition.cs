namespace ParallelExec.Registry;

/// <summary>
/// Where a value starts in a registry's text: the 1-based line and column of its first character (the opening quote
/// of a string, the brace of an object); 0 and 0 when unknown.
/// </summary>
internal readonly record struct JsonPosition(int Line, int Column)
{
    public bool IsKnown => Line > 0;
}
