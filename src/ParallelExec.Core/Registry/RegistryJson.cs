using System.IO;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ParallelExec.Registry;

/// <summary>
/// The one place that parses a registry's text into a tree (a JToken with line information): the reader, the
/// validator's full path and its schema check share the tree it gives, and <see cref="RegistrySchema"/> reads the
/// schema with it.
/// </summary>
internal static class RegistryJson
{
    /// <summary>The depth the validator accepts (the fast pass has the same limit); the plan reader accepts <see cref="ReaderMaxDepth"/>.</summary>
    public const int ValidatorMaxDepth = 64;
    public const int ReaderMaxDepth = 256;

    private static readonly JsonLoadSettings Settings = new JsonLoadSettings
    {
        LineInfoHandling = LineInfoHandling.Load,
        DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Ignore,
        CommentHandling = CommentHandling.Ignore,
    };

    /// <summary>Parses one JSON value (comments allowed around it). Throws <see cref="JsonReaderException"/> on bad JSON.</summary>
    public static JToken Parse(string text, int maxDepth)
    {
        using var reader = new JsonTextReader(new StringReader(text))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Double,
            MaxDepth = maxDepth,
        };
        var root = JToken.ReadFrom(reader, Settings);
        while (reader.Read())
            if (reader.TokenType != JsonToken.Comment)
                throw new JsonReaderException("Additional text after the end of the JSON value.", reader.Path, reader.LineNumber, reader.LinePosition, null);
        return root;
    }

    public static JsonPosition At(JToken token) =>
        token is IJsonLineInfo li && li.HasLineInfo() ? new JsonPosition(li.LineNumber, li.LinePosition) : default;

    public static int? Line(JToken? token) => token is IJsonLineInfo li && li.HasLineInfo() ? li.LineNumber : null;
}
