using System;
using System.Collections.Generic;
using System.Globalization;

namespace ParallelExec.Prompts;

/// <summary>
/// The values one <see cref="PromptTemplate"/> is rendered with: texts for <c>{{name}}</c>, and texts, flags or lists of
/// nested values for the sections <c>{{#name}}…{{/name}}</c>. A null text is set but empty: it hides a section, and a
/// nested list item that sets it never shows the value of an outer one by the same name.
/// </summary>
internal sealed class TemplateValues
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);

    public TemplateValues Set(string name, string? text)
    {
        _values[name] = text;
        return this;
    }

    public TemplateValues Set(string name, int number) => Set(name, number.ToString(CultureInfo.InvariantCulture));

    public TemplateValues Set(string name, bool flag)
    {
        _values[name] = flag;
        return this;
    }

    public TemplateValues Set(string name, IEnumerable<TemplateValues> items)
    {
        _values[name] = new List<TemplateValues>(items);
        return this;
    }

    /// <summary>The value set under <paramref name="name"/>: a string or null, a bool, or a list of values.</summary>
    public bool TryGet(string name, out object? value) => _values.TryGetValue(name, out value);
}
