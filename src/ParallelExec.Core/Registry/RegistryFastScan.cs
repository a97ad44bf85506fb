using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using ParallelExec.Plans;
using static ParallelExec.Registry.SchemaStream;

namespace ParallelExec.Registry;

/// <summary>
/// The registry document of a registry the schema accepts, made in one forward pass with Utf8JsonReader while
/// checking each value against the rules of schemas/parallel.schema.json (<see cref="RegistrySchema"/>). It answers
/// only for a clean document, and then gives what <see cref="RegistryTreeReader"/> gives for the same text: at the first
/// value the schema does not accept, a key written twice, text after the value, or anything the tree reader would
/// leave out, it gives up and the caller takes the full path (the tree, NJsonSchema, the duplicate-key scan). On a
/// 10,000-achievement registry it replaces a JToken tree, NJsonSchema's walk and a second duplicate-key pass.
/// </summary>
internal sealed class RegistryFastScan
{
    private readonly byte[] _bytes;
    private readonly TextLines _lines;
    private readonly RegistryDocument _document;

    // Tokens are asked for in reading order, so the character index advances like a cursor over the bytes: counting
    // from the start for every token was quadratic on a minified registry (one line of 12 MB).
    private int _byte;
    private int _char;

    private RegistryFastScan(string text, byte[] bytes, string path)
    {
        _bytes = bytes;
        _lines = new TextLines(text);
        _document = new RegistryDocument { Path = path, NamesLevels = true };
    }

    /// <summary>The document of <paramref name="text"/> when the schema accepts it; false when the full path must read it.</summary>
    public static bool TryRead(string text, string path, [NotNullWhen(true)] out RegistryDocument? document) =>
        TryRead(text, path, RegistrySchema.Root, out document);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryRead(string text, string path, SchemaNode schema, [NotNullWhen(true)] out RegistryDocument? document)
    {
        document = null;
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = RegistryJson.ValidatorMaxDepth });
        var scan = new RegistryFastScan(text, bytes, path);
        try
        {
            Next(ref reader);
            scan.Root(ref reader, schema);
            if (reader.Read()) return false; // text after the value
        }
        catch (GiveUp) { return false; }
        catch (JsonException) { return false; }
        catch (InvalidOperationException) { return false; }
        document = scan._document;
        return true;
    }

    private void Root(ref Utf8JsonReader r, SchemaNode node)
    {
        Expect(r.TokenType == JsonTokenType.StartObject && node.Allows(JsonTypes.Object));
        _document.RootAt = At(ref r);
        var seen = new List<string>(8);
        bool levels = false, hasPlan = false;
        string? plan = null, planName = null;
        while (NextKey(ref r, seen, out var name))
        {
            var property = node.Property(name);
            switch (name)
            {
                case "levels": Levels(ref r, property); levels = true; break;
                case "plan": plan = StringValue(ref r, property); hasPlan = true; break;
                case "plan_name": planName = StringValue(ref r, property); break;
                default: Value(ref r, property); break;
            }
        }
        Expect(node.HasRequired(seen) && levels);
        _document.PlanName = hasPlan ? plan : planName;
    }

    private void Levels(ref Utf8JsonReader r, SchemaNode? node)
    {
        Expect(r.TokenType == JsonTokenType.StartArray && (node == null || node.Allows(JsonTypes.Array)));
        int li = -1;
        while (true)
        {
            Next(ref r);
            if (r.TokenType == JsonTokenType.EndArray) return;
            Level(ref r, node?.Items, ++li);
        }
    }

    private void Level(ref Utf8JsonReader r, SchemaNode? node, int li)
    {
        Expect(r.TokenType == JsonTokenType.StartObject && (node == null || node.Allows(JsonTypes.Object)));
        var seen = new List<string>(2);
        int? level = null;
        bool achievements = false;
        int first = _document.AllEntries.Count;
        while (NextKey(ref r, seen, out var name))
        {
            var property = node?.Property(name);
            if (name == "level") level = Int32Value(ref r, property);
            else if (name == "achievements") { Achievements(ref r, property, li); achievements = true; }
            else Value(ref r, property);
        }
        Expect((node == null || node.HasRequired(seen)) && achievements);
        for (int k = first; k < _document.AllEntries.Count; k++) _document.AllEntries[k].Level = level;
    }

    private void Achievements(ref Utf8JsonReader r, SchemaNode? node, int li)
    {
        Expect(r.TokenType == JsonTokenType.StartArray && (node == null || node.Allows(JsonTypes.Array)));
        int ai = -1;
        while (true)
        {
            Next(ref r);
            if (r.TokenType == JsonTokenType.EndArray) return;
            ai++;
            Achievement(ref r, node?.Items, string.Create(CultureInfo.InvariantCulture, $"levels[{li}].achievements[{ai}]"));
        }
    }

    private void Achievement(ref Utf8JsonReader r, SchemaNode? node, string jsonPath)
    {
        Expect(r.TokenType == JsonTokenType.StartObject && (node == null || node.Allows(JsonTypes.Object)));
        var at = At(ref r);
        var entry = new RegistryEntry { JsonPath = jsonPath, Line = at.Line, At = at };
        var seen = new List<string>(8);
        PathReference? subplan = null;
        List<PathReference>? executions = null;
        while (NextKey(ref r, seen, out var name))
        {
            var property = node?.Property(name);
            switch (name)
            {
                case "id": Id(ref r, property, entry); break;
                case "title": entry.Title = StringValue(ref r, property); break;
                case "status": entry.Status = StringValue(ref r, property); break;
                case "estimated_hours": Estimate(ref r, property, entry); break;
                case "actual_hours": entry.ActualHours = NumberValue(ref r, property) is double h && h >= 0 ? h : null; break;
                case "started_at": entry.StartedAt = StringValue(ref r, property); break;
                case "completed_at": entry.CompletedAt = StringValue(ref r, property); break;
                case "dependencies": Ids(ref r, property, entry, blocks: false); break;
                case "blocks": Ids(ref r, property, entry, blocks: true); break;
                case "subplan_path": subplan = StringValue(ref r, property) is { } s ? new PathReference(s, "subplan_path", At(ref r)) : null; break;
                case "execution_paths": executions = Paths(ref r, property); break;
                default: Value(ref r, property); break;
            }
        }
        Expect((node == null || node.HasRequired(seen)) && entry.HasId);
        if (subplan is { } sp) entry.Paths.Add(sp);
        if (executions != null) entry.Paths.AddRange(executions);
        _document.Add(entry);
    }

    private void Id(ref Utf8JsonReader r, SchemaNode? node, RegistryEntry entry)
    {
        var text = StringValue(ref r, node);
        Expect(text != null);
        Expect(AchievementId.TryParse(text, out var id));
        entry.IdText = text!;
        entry.Id = id;
        entry.HasId = true;
        entry.At = At(ref r);
    }

    private static void Estimate(ref Utf8JsonReader r, SchemaNode? node, RegistryEntry entry)
    {
        if (r.TokenType == JsonTokenType.String) entry.EstimatedHours = EstimateParser.FromRegistry(StringValue(ref r, node));
        else if (NumberValue(ref r, node) is double hours) entry.EstimatedHours = EstimateParser.FromHours(hours);
    }

    /// <summary>The ids under dependencies or blocks. A list that is not an array, or an item that is not an id, gives up (the tree reader notes them).</summary>
    private void Ids(ref Utf8JsonReader r, SchemaNode? node, RegistryEntry entry, bool blocks)
    {
        if (r.TokenType == JsonTokenType.Null) { Value(ref r, node); return; }
        Expect(r.TokenType == JsonTokenType.StartArray && (node == null || node.Allows(JsonTypes.Array)));
        if (blocks) entry.BlockRefs = new List<IdReference>(2);
        while (true)
        {
            Next(ref r);
            if (r.TokenType == JsonTokenType.EndArray) return;
            var text = StringValue(ref r, node?.Items);
            Expect(text != null);
            var reference = IdReference.Of(text!, At(ref r));
            Expect(reference.IsValid);
            if (blocks) entry.AddBlock(reference); else entry.AddDependency(reference);
        }
    }

    private List<PathReference>? Paths(ref Utf8JsonReader r, SchemaNode? node)
    {
        if (r.TokenType != JsonTokenType.StartArray)
        {
            Value(ref r, node);
            return null;
        }
        Expect(node == null || node.Allows(JsonTypes.Array));
        var list = new List<PathReference>(2);
        while (true)
        {
            Next(ref r);
            if (r.TokenType == JsonTokenType.EndArray) return list;
            if (StringValue(ref r, node?.Items) is { } s) list.Add(new PathReference(s, "execution_paths", At(ref r)));
        }
    }

    /// <summary>Where the token at the reader starts.</summary>
    private JsonPosition At(ref Utf8JsonReader r)
    {
        int offset = (int)r.TokenStartIndex;
        if (offset < _byte) { _byte = 0; _char = 0; }
        _char += Encoding.UTF8.GetCharCount(_bytes, _byte, offset - _byte);
        _byte = offset;
        return _lines.At(_char);
    }
}
