using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Newtonsoft.Json.Linq;

namespace ParallelExec.Registry;

/// <summary>
/// schemas/parallel.schema.json, embedded in ParallelExec.Core: its text for NJsonSchema (<see cref="SchemaCheck"/>),
/// and its rules as the fast pass checks them (<see cref="Root"/>), read once on first use without NJsonSchema.
/// </summary>
internal static class RegistrySchema
{
    private static SchemaNode? _root;

    public static string Text()
    {
        using var stream = typeof(RegistrySchema).Assembly.GetManifestResourceStream("ParallelExec.parallel.schema.json")
            ?? throw new InvalidOperationException("The schema resource is missing from ParallelExec.Core.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The schema of the whole document.</summary>
    public static SchemaNode Root => LazyInitializer.EnsureInitialized(ref _root, () => Compile(Text()));

    /// <summary>The rules of a schema's text (the embedded one, or another in tests).</summary>
    public static SchemaNode Compile(string schemaText)
    {
        var document = (JObject)RegistryJson.Parse(schemaText, RegistryJson.ValidatorMaxDepth);
        return SchemaNode.Compile(document, document, new Dictionary<string, SchemaNode>(StringComparer.Ordinal));
    }
}
