using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Newtonsoft.Json.Linq;

namespace ParallelExec.Registry;

/// <summary>
/// The two schemas embedded in ParallelExec.Core, schemas/parallel.schema.json (the schema's form, <c>levels[]</c>) and
/// schemas/parallel.flat.schema.json (the older flat form, <c>achievements[]</c>): their text for NJsonSchema
/// (<see cref="SchemaCheck"/>), and their rules as the fast pass checks them (<see cref="Root"/>, <see cref="FlatRoot"/>),
/// read once on first use without NJsonSchema.
/// </summary>
internal static class RegistrySchema
{
    public const string FileName = "schemas/parallel.schema.json";
    public const string FlatFileName = "schemas/parallel.flat.schema.json";

    private static SchemaNode? _root;
    private static SchemaNode? _flat;

    public static string Text(bool flat = false)
    {
        var name = flat ? "ParallelExec.parallel.flat.schema.json" : "ParallelExec.parallel.schema.json";
        using var stream = typeof(RegistrySchema).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The schema resource {name} is missing from ParallelExec.Core.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The schema of a whole document in the schema's form.</summary>
    public static SchemaNode Root => LazyInitializer.EnsureInitialized(ref _root, () => Compile(Text()));

    /// <summary>The schema of a whole document in the older flat form.</summary>
    public static SchemaNode FlatRoot => LazyInitializer.EnsureInitialized(ref _flat, () => Compile(Text(flat: true)));

    /// <summary>The rules of a schema's text (an embedded one, or another in tests).</summary>
    public static SchemaNode Compile(string schemaText)
    {
        var document = (JObject)RegistryJson.Parse(schemaText, RegistryJson.MaxDepth);
        return SchemaNode.Compile(document, document, new Dictionary<string, SchemaNode>(StringComparer.Ordinal));
    }
}
