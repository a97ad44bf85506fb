namespace ParallelExec.Diagnostics;

/// <summary>Where a code is documented.</summary>
public enum ErrorScope
{
    /// <summary>docs/reference/errors.md: the ErrorIds and warnings of the cmdlets.</summary>
    Cmdlet,
    /// <summary>docs/reference/validation-codes.md: Test-ParallelJson's records and the ErrorIds for the file itself.</summary>
    Validation,
    /// <summary>Both pages: a code the readers and Test-ParallelJson share.</summary>
    Both,
}
