using System;
using System.Collections.Generic;
using System.Text;

namespace ParallelExec.Prompts;

/// <summary>
/// A prompt text with named placeholders, kept as an embedded <c>Prompts/Templates/*.md</c>. <c>{{name}}</c> is replaced
/// by a text; <c>{{#name}}…{{/name}}</c> is repeated once per item of a list (inside, names are looked up in the item
/// first), or shown once for a true flag or a text that is not empty; <c>{{^name}}…{{/name}}</c> is shown only when the
/// list is empty, the flag false or the text empty; <c>{{! …}}</c> is a comment. A line that holds nothing but a section
/// tag or a comment is left out whole, so a section may stand on lines of its own. A name without a value is an error.
/// </summary>
internal sealed class PromptTemplate
{
    private readonly string _name;
    private readonly List<Node> _nodes;

    private PromptTemplate(string name, List<Node> nodes)
    {
        _name = name;
        _nodes = nodes;
    }

    private enum NodeKind { Text, Value, Section, Inverted }

    private sealed class Node
    {
        public Node(NodeKind kind, string text) { Kind = kind; Text = text; }
        public NodeKind Kind { get; }

        /// <summary>The literal text of a Text node; the name of the others.</summary>
        public string Text { get; }
        public List<Node> Children { get; } = new List<Node>();
    }

    public static PromptTemplate Parse(string name, string text)
    {
        var root = new List<Node>();
        var open = new Stack<Node>();
        List<Node> Current() => open.Count == 0 ? root : open.Peek().Children;
        foreach (var line in Lines(text.Replace("\r\n", "\n")))
        {
            int at = 0;
            while (at < line.Length)
            {
                int start = line.IndexOf("{{", at, StringComparison.Ordinal);
                if (start < 0) { Current().Add(new Node(NodeKind.Text, line.Substring(at))); break; }
                if (start > at) Current().Add(new Node(NodeKind.Text, line.Substring(at, start - at)));
                int end = line.IndexOf("}}", start + 2, StringComparison.Ordinal);
                if (end < 0) throw new FormatException($"Prompt template {name}: '{{{{' without '}}}}' in \"{line.TrimEnd('\n')}\".");
                Tag(name, line.Substring(start + 2, end - start - 2).Trim(), Current(), open);
                at = end + 2;
            }
        }
        if (open.Count > 0) throw new FormatException($"Prompt template {name}: section '{open.Peek().Text}' is not closed.");
        return new PromptTemplate(name, root);
    }

    private static void Tag(string template, string tag, List<Node> into, Stack<Node> open)
    {
        if (tag.Length == 0) throw new FormatException($"Prompt template {template}: an empty tag.");
        var kind = tag[0];
        var name = kind is '#' or '^' or '/' or '!' ? tag.Substring(1).Trim() : tag;
        switch (kind)
        {
            case '!':
                return;
            case '#':
            case '^':
                var section = new Node(kind == '#' ? NodeKind.Section : NodeKind.Inverted, name);
                into.Add(section);
                open.Push(section);
                return;
            case '/':
                if (open.Count == 0 || open.Peek().Text != name)
                    throw new FormatException($"Prompt template {template}: '{{{{/{name}}}}}' closes no open section of that name.");
                open.Pop();
                return;
            default:
                into.Add(new Node(NodeKind.Value, name));
                return;
        }
    }

    /// <summary>The template's lines with their '\n'; a standalone tag line comes back as the tag alone.</summary>
    private static IEnumerable<string> Lines(string text)
    {
        int at = 0;
        while (at < text.Length)
        {
            int nl = text.IndexOf('\n', at);
            var line = nl < 0 ? text.Substring(at) : text.Substring(at, nl + 1 - at);
            at = nl < 0 ? text.Length : nl + 1;
            var trimmed = line.Trim();
            bool standalone = trimmed.Length > 4 && trimmed.StartsWith("{{", StringComparison.Ordinal) && trimmed.EndsWith("}}", StringComparison.Ordinal)
                && trimmed.IndexOf("{{", 2, StringComparison.Ordinal) < 0 && trimmed[2] is '#' or '^' or '/' or '!';
            yield return standalone ? trimmed : line;
        }
    }

    public string Render(TemplateValues values)
    {
        var sb = new StringBuilder();
        var scope = new List<TemplateValues> { values };
        Render(sb, _nodes, scope);
        return sb.ToString();
    }

    private void Render(StringBuilder sb, List<Node> nodes, List<TemplateValues> scope)
    {
        foreach (var node in nodes)
        {
            if (node.Kind == NodeKind.Text) { sb.Append(node.Text); continue; }
            var value = Lookup(node.Text, scope);
            if (node.Kind == NodeKind.Value)
            {
                if (value is not (string or null)) throw new InvalidOperationException($"Prompt template {_name}: '{node.Text}' is not a text.");
                sb.Append((string?)value);
            }
            else if (value is List<TemplateValues> items)
            {
                if (node.Kind == NodeKind.Inverted) { if (items.Count == 0) Render(sb, node.Children, scope); continue; }
                foreach (var item in items)
                {
                    scope.Add(item);
                    Render(sb, node.Children, scope);
                    scope.RemoveAt(scope.Count - 1);
                }
            }
            else if (Shown(value) == (node.Kind == NodeKind.Section)) Render(sb, node.Children, scope);
        }
    }

    private static bool Shown(object? value) => value is true || (value is string s && s.Length > 0);

    private object? Lookup(string name, List<TemplateValues> scope)
    {
        for (int i = scope.Count - 1; i >= 0; i--)
            if (scope[i].TryGet(name, out var value)) return value;
        throw new InvalidOperationException($"Prompt template {_name}: no value for '{name}'.");
    }
}
