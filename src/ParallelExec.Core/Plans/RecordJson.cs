using System.IO;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ParallelExec.Plans;

/// <summary>
/// The module's own record files under <c>&lt;plan root&gt;/.parallel/</c> (run records, batch records) read into a JSON
/// object: with the registry document's reader, the only places that parse JSON into a tree. Dates stay strings, as
/// they were written.
/// </summary>
internal static class RecordJson
{
    /// <summary>Parses a record's text; throws <see cref="JsonException"/> when it is not a JSON object.</summary>
    public static JObject Parse(string text)
    {
        using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None };
        return JObject.Load(reader);
    }

    /// <summary>Reads and parses a record file; throws <see cref="IOException"/> or <see cref="JsonException"/>.</summary>
    public static JObject Load(string path)
    {
        using var reader = new JsonTextReader(new StreamReader(path)) { DateParseHandling = DateParseHandling.None };
        return JObject.Load(reader);
    }
}
