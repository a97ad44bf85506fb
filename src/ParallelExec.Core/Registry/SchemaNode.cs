using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace ParallelExec.Registry;

/// <summary>
/// One schema of schemas/parallel.schema.json as the fast pass checks it. It knows the keywords <c>type</c>,
/// <c>required</c>, <c>properties</c>, <c>items</c>, <c>$ref</c> (to <c>#/definitions/…</c>), <c>pattern</c>,
/// <c>enum</c> (of strings), <c>minLength</c>, <c>minimum</c>, <c>format: date-time</c> and an <c>anyOf</c> of
/// <c>required</c> lists (one of several names is required), and lets any other
/// property of an object through, as the schema does. A schema with any other keyword is opaque: it accepts nothing,
/// so the fast pass gives up on what it governs and NJsonSchema judges.
/// </summary>
internal sealed class SchemaNode
{
    private static readonly HashSet<string> Annotations = new HashSet<string>(StringComparer.Ordinal)
        { "description", "title", "$schema", "$id", "$comment", "definitions", "default", "examples" };

    /// <summary>RFC 3339's date-time: a subset of what NJsonSchema's date-time format accepts.</summary>
    private static readonly Regex DateTime = new Regex(
        @"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,7})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private JsonTypes _types = JsonTypes.Any;
    private string[] _required = Array.Empty<string>();
    private string[][]? _requiredAny;
    private Dictionary<string, SchemaNode>? _properties;
    private Regex? _pattern;
    private HashSet<string>? _enum;
    private int _minLength;
    private double? _minimum;
    private bool _dateTime;
    private bool _opaque;

    /// <summary>The schema of an array's items; null when the schema says nothing about them.</summary>
    public SchemaNode? Items { get; private set; }

    /// <summary>The schema of an object's property; null when the schema says nothing about it (any value passes).</summary>
    public SchemaNode? Property(string name) => _properties != null && _properties.TryGetValue(name, out var node) ? node : null;

    /// <summary>An object, an array, a Boolean or null passes the node's type (and no enum restricts it).</summary>
    public bool Allows(JsonTypes type) => !_opaque && _enum == null && (_types & type) != 0;

    /// <summary>Every required property is among <paramref name="seen"/>.</summary>
    public bool HasRequired(KeySet seen)
    {
        foreach (var name in _required)
            if (!seen.Contains(name)) return false;
        if (_requiredAny == null) return true;
        foreach (var group in _requiredAny)
        {
            bool all = true;
            foreach (var name in group) all &= seen.Contains(name);
            if (all) return true;
        }
        return false;
    }

    public bool AcceptsString(string s)
    {
        if (_opaque || (_types & JsonTypes.String) == 0) return false;
        if (_enum != null && !_enum.Contains(s)) return false;
        // Text elements never outnumber code points or UTF-16 units: counted so, the length holds however it is counted.
        if (_minLength > 0 && (_minLength == 1 ? s.Length == 0 : new StringInfo(s).LengthInTextElements < _minLength)) return false;
        if (_pattern != null && !_pattern.IsMatch(s)) return false;
        return !_dateTime || DateTime.IsMatch(s);
    }

    /// <summary>The reader's current number passes: a whole number written without a fraction or exponent is an integer, as Newtonsoft reads it.</summary>
    public bool AcceptsNumber(ref Utf8JsonReader r)
    {
        if (_opaque || _enum != null) return false;
        if ((_types & (IsWholeNumber(r.ValueSpan) ? JsonTypes.Integer : JsonTypes.Number)) == 0) return false;
        return _minimum is not double min || (r.TryGetDouble(out var value) && value >= min);
    }

    public static bool IsWholeNumber(ReadOnlySpan<byte> raw)
    {
        foreach (var b in raw)
            if (b == (byte)'.' || b == (byte)'e' || b == (byte)'E') return false;
        return true;
    }

    /// <summary>Reads <paramref name="schema"/> (a part of <paramref name="document"/>, whose definitions its <c>$ref</c>s name).</summary>
    public static SchemaNode Compile(JToken schema, JObject document, Dictionary<string, SchemaNode> references)
    {
        var node = new SchemaNode();
        if (schema is JObject obj && obj["$ref"] is JValue reference && reference.Type == JTokenType.String)
            return Reference((string)reference.Value!, document, references);
        if (schema is JObject o)
            foreach (var p in o.Properties()) node.Read(p, document, references);
        else node._opaque = true;
        return node;
    }

    private static SchemaNode Reference(string reference, JObject document, Dictionary<string, SchemaNode> references)
    {
        if (references.TryGetValue(reference, out var known)) return known;
        const string prefix = "#/definitions/";
        var node = new SchemaNode();
        references[reference] = node; // before its parts: a definition may name itself
        if (reference.StartsWith(prefix, StringComparison.Ordinal)
            && document["definitions"]?[reference.Substring(prefix.Length)] is JObject target && target["$ref"] == null)
            foreach (var p in target.Properties()) node.Read(p, document, references);
        else node._opaque = true;
        return node;
    }

    private void Read(JProperty p, JObject document, Dictionary<string, SchemaNode> references)
    {
        var v = p.Value;
        switch (p.Name)
        {
            case "type": _types = Types(v); break;
            case "required": _required = Strings(v) ?? Opaque(Array.Empty<string>()); break;
            case "anyOf": _requiredAny = RequiredGroups(v) ?? Opaque<string[][]?>(null); break;
            case "properties": _properties = Properties(v, document, references); break;
            case "items": Items = v is JObject ? Compile(v, document, references) : Opaque<SchemaNode?>(null); break;
            case "pattern": _pattern = Pattern(v); break;
            case "enum": _enum = Strings(v) is { } values ? new HashSet<string>(values, StringComparer.Ordinal) : Opaque<HashSet<string>?>(null); break;
            case "minLength": _minLength = v.Type == JTokenType.Integer && (long)v >= 0 && (long)v <= int.MaxValue ? (int)(long)v : Opaque(0); break;
            case "minimum": _minimum = v.Type is JTokenType.Integer or JTokenType.Float ? (double)v : Opaque<double?>(null); break;
            case "format": _dateTime = v.Type == JTokenType.String && (string?)v == "date-time" || Opaque(false); break;
            default: _opaque |= !Annotations.Contains(p.Name); break;
        }
    }

    private T Opaque<T>(T value)
    {
        _opaque = true;
        return value;
    }

    private JsonTypes Types(JToken v)
    {
        var names = v.Type == JTokenType.String ? new[] { (string)v! } : Strings(v);
        if (names == null) return Opaque(JsonTypes.None);
        var types = JsonTypes.None;
        foreach (var name in names)
            types |= name switch
            {
                "object" => JsonTypes.Object,
                "array" => JsonTypes.Array,
                "string" => JsonTypes.String,
                "number" => JsonTypes.Number | JsonTypes.Integer,
                "integer" => JsonTypes.Integer,
                "boolean" => JsonTypes.Boolean,
                "null" => JsonTypes.Null,
                _ => Opaque(JsonTypes.None),
            };
        return types;
    }

    private Dictionary<string, SchemaNode>? Properties(JToken v, JObject document, Dictionary<string, SchemaNode> references)
    {
        if (v is not JObject o) return Opaque<Dictionary<string, SchemaNode>?>(null);
        var map = new Dictionary<string, SchemaNode>(StringComparer.Ordinal);
        foreach (var p in o.Properties()) map[p.Name] = Compile(p.Value, document, references);
        return map;
    }

    /// <summary>
    /// The pattern as a .NET regex. A letter escape (\d, \w, \s, \b, \p …) means different things to .NET and to
    /// ECMAScript, whose regexes JSON Schema names; a pattern with one is opaque.
    /// </summary>
    private Regex? Pattern(JToken v)
    {
        if (v.Type != JTokenType.String) return Opaque<Regex?>(null);
        var pattern = (string)v!;
        for (int i = 0; i + 1 < pattern.Length; i++)
        {
            if (pattern[i] != '\\') continue;
            if (char.IsLetter(pattern[i + 1])) return Opaque<Regex?>(null);
            i++;
        }
        return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <summary>The lists of an <c>anyOf</c> whose every branch is only <c>{ "required": [...] }</c>; null for any other anyOf.</summary>
    private static string[][]? RequiredGroups(JToken v)
    {
        if (v is not JArray a || a.Count == 0) return null;
        var groups = new string[a.Count][];
        for (int i = 0; i < groups.Length; i++)
        {
            if (a[i] is not JObject o || o.Count != 1 || o["required"] is not JToken r || Strings(r) is not { } names) return null;
            groups[i] = names;
        }
        return groups;
    }

    private static string[]? Strings(JToken v)
    {
        if (v is not JArray a) return null;
        var list = new string[a.Count];
        for (int i = 0; i < list.Length; i++)
        {
            if (a[i].Type != JTokenType.String) return null;
            list[i] = (string)a[i]!;
        }
        return list;
    }
}
