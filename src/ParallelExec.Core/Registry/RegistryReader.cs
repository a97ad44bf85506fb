using System.Collections.Generic;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ParallelExec.Diagnostics;
using ParallelExec.Plans;

namespace ParallelExec.Registry;

/// <summary>Reads a parallel.json into its <see cref="RegistryDocument"/> for the plan reader and Measure.</summary>
internal static class RegistryReader
{
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>
    /// Reads what the graph needs from a registry: in one streaming pass when the schema accepts it, else from the
    /// tree. Shape problems become diagnostics; unreadable JSON throws.
    /// </summary>
    public static RegistryDocument Read(string path, IList<PlanDiagnostic> diagnostics)
    {
        var text = PlanText.Read(path, diagnostics, MaxBytes, FileKind.Registry);
        if (RegistryFastScan.TryRead(text, path, out var clean)) return clean; // nothing to leave out: Ignored is empty
        JToken root;
        try
        {
            root = RegistryJson.Parse(text, RegistryJson.MaxDepth);
        }
        catch (JsonException e)
        {
            int? line = e is JsonReaderException jr && jr.LineNumber > 0 ? jr.LineNumber : null;
            throw ParallelExecException.Create(ErrorCodes.RegistryInvalidJson,
                $"'{path}' is not valid JSON: {e.Message}", path,
                "Fix the JSON at the line shown, or move the file away to read the PLAN alone.", e, line: line);
        }
        var document = RegistryTreeReader.Read(root, text, path);
        foreach (var ignored in document.Ignored) diagnostics.Add(ignored);
        return document;
    }
}
