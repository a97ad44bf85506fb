namespace ParallelExec.Registry;

/// <summary>
/// Where a value stands in a registry's text: the 1-based line and the 1-based column of the value's last character
/// (Newtonsoft's convention, which NJsonSchema's findings use too); 0 and 0 when unknown.
/// </summary>
internal readonly record struct JsonPosition(int Line, int Column)
{
    public bool IsKnown => Line > 0;
}
