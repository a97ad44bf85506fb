using System;
using System.Text.Json;

namespace ParallelExec.Registry;

/// <summary>
/// Checks the values a Utf8JsonReader steps through against <see cref="SchemaNode"/>s, and finds keys written twice.
/// At the first thing that does not pass it throws <see cref="GiveUp"/>: the fast pass stops, and the full path reports.
/// </summary>
internal static class SchemaStream
{
    /// <summary>The fast pass cannot say "clean": the caller reads the tree instead.</summary>
    internal sealed class GiveUp : Exception
    {
    }

    public static void Next(ref Utf8JsonReader r)
    {
        if (!r.Read()) throw new GiveUp();
    }

    public static void Expect(bool ok)
    {
        if (!ok) throw new GiveUp();
    }

    /// <summary>Steps to an object's next key and onto its value; false at the end of the object. A key seen before gives up.</summary>
    public static bool NextKey(ref Utf8JsonReader r, KeySet seen, out string name)
    {
        Next(ref r);
        if (r.TokenType == JsonTokenType.EndObject)
        {
            name = "";
            return false;
        }
        name = KeyName(ref r);
        Expect(seen.Add(name));
        Next(ref r);
        return true;
    }

    // The keys a registry writes, so that reading one allocates no string: matched on their UTF-8 bytes.
    private static readonly string[] Known =
    {
        "id", "title", "status", "estimated_hours", "dependencies", "blocks", "level", "achievements", "achievement_id",
        "name", "actual_hours", "started_at", "completed_at", "subplan_path", "execution_paths", "sub_executions",
        "levels", "plan", "plan_name", "version",
    };

    private static readonly byte[][] KnownUtf8 = System.Array.ConvertAll(Known, System.Text.Encoding.UTF8.GetBytes);

    /// <summary>The property name at the reader: one of <see cref="Known"/> when it is written so (no escapes), else a new string.</summary>
    private static string KeyName(ref Utf8JsonReader r)
    {
        if (!r.ValueIsEscaped && !r.HasValueSequence)
        {
            var span = r.ValueSpan;
            for (int k = 0; k < KnownUtf8.Length; k++)
                if (span.Length == KnownUtf8[k].Length && span.SequenceEqual(KnownUtf8[k])) return Known[k];
        }
        return r.GetString()!;
    }

    /// <summary>Checks the value at the reader against <paramref name="node"/> (null: any value), stepping to its last token.</summary>
    public static void Value(ref Utf8JsonReader r, SchemaNode? node)
    {
        switch (r.TokenType)
        {
            case JsonTokenType.StartObject: Object(ref r, node); break;
            case JsonTokenType.StartArray: Array(ref r, node); break;
            case JsonTokenType.String: Expect(node == null || node.AcceptsString(r.GetString()!)); break;
            case JsonTokenType.Number: Expect(node == null || node.AcceptsNumber(ref r)); break;
            case JsonTokenType.True:
            case JsonTokenType.False: Expect(node == null || node.Allows(JsonTypes.Boolean)); break;
            case JsonTokenType.Null: Expect(node == null || node.Allows(JsonTypes.Null)); break;
            default: throw new GiveUp();
        }
    }

    /// <summary>Checks the value at the reader, and gives its text when it is a string (null otherwise).</summary>
    public static string? StringValue(ref Utf8JsonReader r, SchemaNode? node)
    {
        if (r.TokenType != JsonTokenType.String)
        {
            Value(ref r, node);
            return null;
        }
        var s = r.GetString()!;
        Expect(node == null || node.AcceptsString(s));
        return s;
    }

    /// <summary>
    /// Checks the value at the reader, and gives it as a double when it is a number (null otherwise). A number a
    /// double or a long cannot hold exactly as Newtonsoft holds it (an overflow, a whole number past a long) gives up.
    /// </summary>
    public static double? NumberValue(ref Utf8JsonReader r, SchemaNode? node)
    {
        Value(ref r, node);
        if (r.TokenType != JsonTokenType.Number) return null;
        Expect(!SchemaNode.IsWholeNumber(r.ValueSpan) || r.TryGetInt64(out _));
        Expect(r.TryGetDouble(out var value) && double.IsFinite(value));
        return value;
    }

    private static void Object(ref Utf8JsonReader r, SchemaNode? node)
    {
        Expect(node == null || node.Allows(JsonTypes.Object));
        var seen = new KeySet(4);
        while (NextKey(ref r, seen, out var name)) Value(ref r, node?.Property(name));
        Expect(node == null || node.HasRequired(seen));
    }

    private static void Array(ref Utf8JsonReader r, SchemaNode? node)
    {
        Expect(node == null || node.Allows(JsonTypes.Array));
        while (true)
        {
            Next(ref r);
            if (r.TokenType == JsonTokenType.EndArray) return;
            Value(ref r, node?.Items);
        }
    }
}
