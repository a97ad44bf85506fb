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

    // Every character is ASCII (a UTF-8 byte per UTF-16 unit): a byte offset is the character index.
    private readonly bool _ascii;

    private string? _estimateText;
    private EstimateRange? _estimate;

    // The keys of the level and of the entry being read, reused from one object to the next.
    private readonly KeySet _levelKeys = new KeySet(2);
    private readonly KeySet _entryKeys = new KeySet(8);

    private RegistryFastScan(string text, byte[] bytes, string path)
    {
        _bytes = bytes;
        _ascii = bytes.Length == text.Length;
        _lines = new TextLines(text);
        _document = new RegistryDocument { Path = path };
    }

    /// <summary>The document of <paramref name="text"/> when its form's schema accepts it; false when the full path must read it.</summary>
    public static bool TryRead(string text, string path, [NotNullWhen(true)] out RegistryDocument? document) =>
        TryRead(text, path, RegistrySchema.Root, RegistrySchema.FlatRoot, out document);

    internal static bool TryRead(string text, string path, SchemaNode schema, [NotNullWhen(true)] out RegistryDocument? document) =>
        TryRead(text, path, schema, RegistrySchema.FlatRoot, out document);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryRead(string text, string path, SchemaNode schema, SchemaNode flat, [NotNullWhen(true)] out RegistryDocument? document)
    {
        document = null;
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = RegistryJson.MaxDepth });
        var scan = new RegistryFastScan(text, bytes, path);
        try
        {
            Next(ref reader);
            scan.Root(ref reader, schema, flat);
            if (reader.Read()) return false; // text after the value
        }
        catch (GiveUp) { return false; }
        catch (JsonException) { return false; }
        catch (InvalidOperationException) { return false; }
        document = scan._document;
        return true;
    }

    /// <summary>
    /// The root object. Its form is known at <c>levels</c> (the schema's) or <c>achievements</c> (the flat one); the
    /// values before it are checked against both schemas, and must pass the one of the form.
    /// </summary>
    private void Root(ref Utf8JsonReader r, SchemaNode schema, SchemaNode flat)
    {
        Expect(r.TokenType == JsonTokenType.StartObject && schema.Allows(JsonTypes.Object) && flat.Allows(JsonTypes.Object));
        _document.RootAt = At(ref r);
        var seen = new KeySet(8);
        SchemaNode? form = null;
        bool schemaOk = true, flatOk = true, hasPlan = false;
        string? plan = null, planName = null;
        JsonPosition planAt = default, planNameAt = default;
        while (NextKey(ref r, seen, out var name))
        {
            if (name == "levels" || name == "achievements")
            {
                Expect(form == null);
                form = name == "levels" ? schema : flat;
                Expect(name == "levels" ? schemaOk : flatOk);
                if (name == "levels") Levels(ref r, form.Property(name));
                else Achievements(ref r, form.Property(name), "achievements", flat: true);
                continue;
            }
            if (form == null)
            {
                flatOk &= Passes(r, flat.Property(name));
                schemaOk &= Passes(r, schema.Property(name));
            }
            if (name == "plan" || name == "plan_name")
            {
                var at = At(ref r);
                var value = StringValue(ref r, form?.Property(name));
                if (name == "plan") { plan = value; planAt = at; hasPlan = true; }
                else { planName = value; planNameAt = at; }
            }
            else if (form != null) Value(ref r, form.Property(name));
            else Skip(ref r);
        }
        Expect(form != null && form.HasRequired(seen));
        _document.IsLegacyFormat = ReferenceEquals(form, flat);
        _document.NamesLevels = !_document.IsLegacyFormat;
        var chosen = hasPlan ? plan : planName;
        Expect(chosen == null || RegistryValues.IsUsablePlanName(chosen)); // the tree reader notes it
        _document.SetPlanName(chosen, hasPlan ? planAt : planNameAt);
    }

    /// <summary>The value at the reader passes <paramref name="node"/>; checked on a copy of the reader, which the caller's does not follow.</summary>
    private static bool Passes(Utf8JsonReader copy, SchemaNode? node)
    {
        try
        {
            Value(ref copy, node);
            return true;
        }
        catch (GiveUp)
        {
            return false;
        }
    }

    private static void Skip(ref Utf8JsonReader r) => Value(ref r, null);

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
        var seen = _levelKeys;
        seen.Clear();
        int? level = null;
        bool achievements = false;
        int first = _document.AllEntries.Count;
        while (NextKey(ref r, seen, out var name))
        {
            var property = node?.Property(name);
            if (name == "level") level = LevelValue(ref r, property);
            else if (name == "achievements") { Achievements(ref r, property, string.Create(CultureInfo.InvariantCulture, $"levels[{li}].achievements"), flat: false); achievements = true; }
            else Value(ref r, property);
        }
        Expect((node == null || node.HasRequired(seen)) && achievements);
        for (int k = first; k < _document.AllEntries.Count; k++) _document.AllEntries[k].Level = level;
    }

    /// <summary>An array of entries: a level's (<c>levels[0].achievements</c>) or the flat form's (<c>achievements</c>).</summary>
    private void Achievements(ref Utf8JsonReader r, SchemaNode? node, string jsonPath, bool flat)
    {
        Expect(r.TokenType == JsonTokenType.StartArray && (node == null || node.Allows(JsonTypes.Array)));
        int ai = -1;
        while (true)
        {
            Next(ref r);
            if (r.TokenType == JsonTokenType.EndArray) return;
            ai++;
            Achievement(ref r, node?.Items, string.Create(CultureInfo.InvariantCulture, $"{jsonPath}[{ai}]"), flat);
        }
    }

    /// <summary>An entry of either form: the flat one names its id <c>achievement_id</c> (an <c>id</c> there gives up), may call its title <c>name</c>, and has <c>sub_executions</c>.</summary>
    private void Achievement(ref Utf8JsonReader r, SchemaNode? node, string jsonPath, bool flat)
    {
        Expect(r.TokenType == JsonTokenType.StartObject && (node == null || node.Allows(JsonTypes.Object)));
        var at = At(ref r);
        var entry = new RegistryEntry { JsonPath = jsonPath, Line = at.Line, At = at };
        var seen = _entryKeys;
        seen.Clear();
        PathReference? subplan = null;
        List<PathReference>? executions = null;
        string? name = null;
        while (NextKey(ref r, seen, out var key))
        {
            var property = node?.Property(key);
            switch (key)
            {
                case "id" when !flat:
                case "achievement_id" when flat: Id(ref r, property, entry); break;
                case "id": throw new GiveUp();
                case "title": entry.Title = StringValue(ref r, property); break;
                case "name" when flat: name = StringValue(ref r, property); break;
                case "status": entry.Status = StringValue(ref r, property); break;
                case "estimated_hours": Estimate(ref r, property, entry); break;
                case "actual_hours": entry.ActualHours = HoursValue(ref r, property) is double h && h >= 0 ? h : null; break;
                case "started_at": entry.StartedAt = StringValue(ref r, property); break;
                case "completed_at": entry.CompletedAt = StringValue(ref r, property); break;
                case "dependencies": Ids(ref r, property, entry, blocks: false); entry.HasDependencies = true; break;
                case "blocks": Ids(ref r, property, entry, blocks: true); break;
                case "subplan_path": subplan = StringValue(ref r, property) is { } s ? new PathReference(s, "subplan_path", At(ref r)) : null; break;
                case "execution_paths": executions = Paths(ref r, property); break;
                case "files": entry.Files = Paths(ref r, property, "files"); break;
                case "level" when flat: LevelValue(ref r, property); break;
                case "sub_executions" when flat: entry.PlannedExecutions = SubExecutionScan.Read(ref r, property); break;
                case "executions" when !flat: entry.PlannedExecutions = SubExecutionScan.Read(ref r, property, "id"); break;
                default: Value(ref r, property); break;
            }
        }
        Expect((node == null || node.HasRequired(seen)) && entry.HasId);
        entry.Title ??= name;
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

    private void Estimate(ref Utf8JsonReader r, SchemaNode? node, RegistryEntry entry)
    {
        if (r.TokenType == JsonTokenType.String)
        {
            // Registries repeat their estimates ("2-3 hours"): the range of the one before is reused (it is immutable).
            var text = StringValue(ref r, node);
            if (text != _estimateText) (_estimateText, _estimate) = (text, EstimateParser.FromRegistry(text));
            entry.EstimatedHours = _estimate;
        }
        else if (HoursValue(ref r, node) is double hours) entry.EstimatedHours = EstimateParser.FromHours(hours);
    }

    /// <summary>A number of hours; one out of range (<see cref="RegistryValues"/>) gives up: the tree reader notes it.</summary>
    private static double? HoursValue(ref Utf8JsonReader r, SchemaNode? node)
    {
        var hours = NumberValue(ref r, node);
        Expect(hours is not double h || RegistryValues.HoursInRange(h));
        return hours;
    }

    /// <summary>A level number; a whole number past an int gives up: the tree reader notes it.</summary>
    private static int? LevelValue(ref Utf8JsonReader r, SchemaNode? node)
    {
        Value(ref r, node);
        if (r.TokenType != JsonTokenType.Number || !SchemaNode.IsWholeNumber(r.ValueSpan)) return null;
        Expect(r.TryGetInt32(out var value));
        return value;
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

    private List<PathReference>? Paths(ref Utf8JsonReader r, SchemaNode? node, string field = "execution_paths")
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
            if (StringValue(ref r, node?.Items) is { } s) list.Add(new PathReference(s, field, At(ref r)));
        }
    }

    /// <summary>Where the token at the reader starts.</summary>
    private JsonPosition At(ref Utf8JsonReader r)
    {
        int offset = (int)r.TokenStartIndex;
        if (_ascii) return _lines.At(offset);
        if (offset < _byte) { _byte = 0; _char = 0; }
        _char += Encoding.UTF8.GetCharCount(_bytes, _byte, offset - _byte);
        _byte = offset;
        return _lines.At(_char);
    }
}
