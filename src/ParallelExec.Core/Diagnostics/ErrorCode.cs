namespace ParallelExec.Diagnostics;

/// <summary>
/// One code of the catalog (<see cref="ErrorCodes"/>): the stable PascalCase id of an error, a warning or a validation
/// finding, and the kind of failure the cmdlets map to an ErrorCategory. Codes are declared once, in the catalog; every
/// diagnostic, exception, ErrorRecord and warning takes one from there.
/// </summary>
public sealed class ErrorCode
{
    internal ErrorCode(string name, DiagnosticKind kind, ErrorScope scope)
    {
        Name = name;
        Kind = kind;
        Scope = scope;
    }

    /// <summary>The id as users see it: the ErrorId, the warning's [prefix], a ValidationRecord's Code.</summary>
    public string Name { get; }

    public DiagnosticKind Kind { get; }

    /// <summary>Which reference page documents it.</summary>
    public ErrorScope Scope { get; }

    /// <summary>A warning's or a line's text with the code in front: "[Code] message".</summary>
    public string Tag(string message) => "[" + Name + "] " + message;

    public override string ToString() => Name;
}
