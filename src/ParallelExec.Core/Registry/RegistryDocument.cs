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

    /// <summary>What the reading left out, as RegistryEntryIgnored warnings in document order.</summary>
    internal List<PlanDiagnostic> Ignored { get; } = new List<PlanDiagnostic>();

    internal void Add(RegistryEntry entry)
    {
        AllEntries.Add(entry);
        if (entry.HasId) Entries.Add(entry);
    }

    internal void Ignore(int? line, string message) =>
        Ignored.Add(new PlanDiagnostic(DiagnosticSeverity.Warning, ErrorCodes.RegistryEntryIgnored, message,
            Path, line, null, "Compare the entry with schemas/parallel.schema.json.", Path));
}
