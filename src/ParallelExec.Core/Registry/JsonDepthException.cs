using Newtonsoft.Json;

namespace ParallelExec.Registry;

/// <summary>The registry is well-formed JSON so far, but nests deeper than <see cref="RegistryJson.MaxDepth"/>.</summary>
internal sealed class JsonDepthException : JsonReaderException
{
    public JsonDepthException(string message, int line, int column)
        : base(message, "", line, column, null)
    {
    }
}
