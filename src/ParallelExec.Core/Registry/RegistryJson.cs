using System;
using System.IO;
using System.Text;
using System.Text.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ParallelExec.Registry;

/// <summary>
/// The one place that parses a registry's text into a tree (a JToken with line information): the reader, the
/// validator's full path and its schema check share the tree it gives, and <see cref="RegistrySchema"/> reads the
/// schemas with it. The text is first read strictly as RFC 8259 JSON by System.Text.Json (no comments, no trailing
/// commas, no single quotes, unquoted keys, hex numbers or text after the value), which gives the verdict and the line;
/// Newtonsoft, which accepts all of those, only builds the tree of a text that passed.
/// </summary>
internal static class RegistryJson
{
    /// <summary>How deep a registry may nest (the schema's form needs 5); the fast pass has the same limit.</summary>
    public const int MaxDepth = 256;

    private static readonly JsonLoadSettings Settings = new JsonLoadSettings
    {
        LineInfoHandling = LineInfoHandling.Load,
        DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Ignore,
        CommentHandling = CommentHandling.Ignore,
    };

    /// <summary>
    /// Parses one JSON value. Throws <see cref="JsonReaderException"/> (with the 1-based line and column) on text that
    /// is not strict JSON, and <see cref="JsonDepthException"/> when it nests deeper than <paramref name="maxDepth"/>.
    /// </summary>
    public static JToken Parse(string text, int maxDepth)
    {
        CheckStrict(text, maxDepth);
        using var reader = new JsonTextReader(new StringReader(text))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Double,
            MaxDepth = maxDepth + 1,
        };
        return JToken.ReadFrom(reader, Settings);
    }

    /// <summary>Reads the text once with System.Text.Json, strictly; throws at the first thing RFC 8259 does not allow.</summary>
    public static void CheckStrict(string text, int maxDepth)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = int.MaxValue });
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth >= maxDepth && (reader.TokenType == JsonTokenType.StartObject || reader.TokenType == JsonTokenType.StartArray))
                {
                    var at = Position(bytes, (int)reader.TokenStartIndex);
                    throw new JsonDepthException($"The JSON nests deeper than {maxDepth} levels (a registry needs 5).", at.Line, at.Column);
                }
            }
        }
        catch (System.Text.Json.JsonException e)
        {
            int line = (int)(e.LineNumber ?? 0) + 1;
            int column = Column(bytes, line, (int)(e.BytePositionInLine ?? 0));
            throw new JsonReaderException(Message(e.Message), "", line, column, e);
        }
    }

    /// <summary>System.Text.Json's message without its "LineNumber: … | BytePositionInLine: …" (the record carries the place).</summary>
    private static string Message(string message)
    {
        int i = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var s = (i > 0 ? message.Substring(0, i) : message).Trim();
        return s.EndsWith('.') ? s : s + ".";
    }

    /// <summary>The 1-based line and column (in UTF-16 characters) of a byte offset, lines ending at \n.</summary>
    private static JsonPosition Position(byte[] bytes, int offset)
    {
        int line = 1, start = 0;
        for (int i = 0; i < offset && i < bytes.Length; i++)
            if (bytes[i] == (byte)'\n') { line++; start = i + 1; }
        return new JsonPosition(line, Encoding.UTF8.GetCharCount(bytes, start, Math.Min(offset, bytes.Length) - start) + 1);
    }

    /// <summary>The 1-based character column of a byte position in a 1-based line.</summary>
    private static int Column(byte[] bytes, int line, int bytePosition)
    {
        int start = 0;
        for (int l = 1, i = 0; l < line && i < bytes.Length; i++)
            if (bytes[i] == (byte)'\n') { l++; start = i + 1; }
        int end = Math.Min(bytes.Length, start + Math.Max(0, bytePosition));
        return Encoding.UTF8.GetCharCount(bytes, start, end - start) + 1;
    }

    public static JsonPosition At(JToken token) =>
        token is IJsonLineInfo li && li.HasLineInfo() ? new JsonPosition(li.LineNumber, li.LinePosition) : default;

    public static int? Line(JToken? token) => token is IJsonLineInfo li && li.HasLineInfo() ? li.LineNumber : null;
}
