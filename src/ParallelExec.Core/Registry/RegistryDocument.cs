using System.Collections.Generic;
using ParallelExec.Diagnostics;

namespace ParallelExec.Registry;

/// <summary>
/// A parallel.json read in either form, the schema's (<c>levels[]</c>) or the older flat one (<c>achievements[]</c>),
/// with where each entry stands in the text. Two producers make it: <see cref="RegistryTreeReader"/> from the parsed
/// tree, and <see cref="RegistryFastScan"/> in one streaming pass over a registry the schema accepts; both give the
/// same document for the same text.
/// </summary>
internal sealed class RegistryDocument
{
    public string Path { get; internal set; } = "";
    public string? PlanName { get; internal set; }
    public bool IsLegacyFormat { get; internal set; }

    /// <summary>The entries whose id reads as an id, in document order.</summary>
    public List<RegistryEntry> Entries { get; } = new List<RegistryEntry>();

    /// <summary>Every entry object, with or without a usable id, in document order.</summary>
    internal List<RegistryEntry> AllEntries { get; } = new List<RegistryEntry>();

    /// <summary>Where the root value starts.</summary>
    internal JsonPosition RootAt { get; set; }

    /// <summary>The root object names <c>levels</c>: the document means the schema's form, even when its levels are not an array.</summary>
    internal bool NamesLevels { get; set; }

    /// <summary>What the reading left out, as RegistryEntryIgnored warnings (and an InvalidPlanName error) in document order.</summary>
    internal List<PlanDiagnostic> Ignored { get; } = new List<PlanDiagnostic>();

    /// <summary>The numbers the reading left out because they are out of range (<see cref="RegistryValues"/>), in document order.</summary>
    internal List<NumberReference> OutOfRange { get; } = new List<NumberReference>();

    /// <summary>The plan name as written when it cannot be a file name's part (<see cref="PlanName"/> is then null), and where.</summary>
    internal (string Text, JsonPosition At)? UnusablePlanName { get; private set; }

    internal void Add(RegistryEntry entry)
    {
        AllEntries.Add(entry);
        if (entry.HasId) Entries.Add(entry);
    }

    /// <summary>Takes the plan name, or notes it as unusable (an InvalidPlanName error) and leaves <see cref="PlanName"/> null.</summary>
    internal void SetPlanName(string? name, JsonPosition at)
    {
        if (name == null || RegistryValues.IsUsablePlanName(name))
        {
            PlanName = name;
            return;
        }
        UnusablePlanName = (name, at);
        Ignored.Add(new PlanDiagnostic(DiagnosticSeverity.Error, ErrorCodes.InvalidPlanName,
            $"The plan name {RegistryText.Quote(name)} cannot be part of a file name (it holds a control character or a path separator, or is empty); it was ignored.",
            Path, at.IsKnown ? at.Line : null, at.IsKnown ? at.Column : null,
            "Write the plan name as in PLAN_<NAME>.md: letters, digits, '-' and '_'.", Path));
    }

    /// <summary>Notes a number out of range; the reading leaves it out.</summary>
    internal void OutOfRangeNumber(NumberReference number)
    {
        OutOfRange.Add(number);
        Ignore(number.At.IsKnown ? number.At.Line : null,
            $"'{number.Field}' at {number.JsonPath} is {number.Text}, outside {RegistryValues.RangeOf(number.Field)}; it was ignored.");
    }

    internal void Ignore(int? line, string message) =>
        Ignored.Add(new PlanDiagnostic(DiagnosticSeverity.Warning, ErrorCodes.RegistryEntryIgnored, message,
            Path, line, null, "Compare the entry with schemas/parallel.schema.json.", Path));
}
