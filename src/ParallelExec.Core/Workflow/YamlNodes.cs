using System.Collections.Generic;
using System.Globalization;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ParallelExec.Workflow;

/// <summary>
/// The YAML of a workflow as YamlDotNet nodes, and their text: the one place YamlDotNet is used, so that it is loaded
/// only when a workflow is written. Strings that YAML would read as something else (2.1, 1.10, yes, on, null) are quoted.
/// </summary>
internal static class YamlNodes
{
    private static readonly HashSet<string> Reserved = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "y", "n", "yes", "no", "on", "off", "true", "false", "null", "~",
    };

    public static YamlMappingNode Map() => new YamlMappingNode();

    /// <summary>Adds <paramref name="key"/>: <paramref name="value"/> to a mapping, in order.</summary>
    public static YamlMappingNode With(this YamlMappingNode map, string key, YamlNode value)
    {
        map.Add(new YamlScalarNode(key), value);
        return map;
    }

    public static YamlMappingNode With(this YamlMappingNode map, string key, string value) => map.With(key, Text(value));

    /// <summary>A string, single-quoted when its plain form would be read as a number, a boolean or null.</summary>
    public static YamlScalarNode Text(string value) => new YamlScalarNode(value)
    {
        Style = value.Length == 0 || Reserved.Contains(value) || "0123456789+-.".Contains(value[0], System.StringComparison.Ordinal) ? ScalarStyle.SingleQuoted : ScalarStyle.Any,
    };

    public static YamlScalarNode Number(int value) => new YamlScalarNode(value.ToString(CultureInfo.InvariantCulture)) { Style = ScalarStyle.Plain };

    /// <summary>A script, as a literal block (<c>|</c>) where YAML allows one.</summary>
    public static YamlScalarNode Script(string text) =>
        new YamlScalarNode(text.Replace("\r\n", "\n").TrimEnd('\n') + "\n") { Style = ScalarStyle.Literal };

    public static YamlSequenceNode List(IEnumerable<string> items)
    {
        var list = new YamlSequenceNode();
        foreach (var i in items) list.Add(Text(i));
        return list;
    }

    public static YamlSequenceNode List(IEnumerable<YamlNode> items) => new YamlSequenceNode(items);

    /// <summary>The document's text, with <c>\n</c> line ends.</summary>
    public static string Save(YamlNode root, string header)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        writer.Write(header);
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        var text = writer.ToString().Replace("\r\n", "\n");
        if (text.EndsWith("...\n", System.StringComparison.Ordinal)) text = text.Substring(0, text.Length - 4);
        return text.TrimEnd('\n') + "\n";
    }
}
