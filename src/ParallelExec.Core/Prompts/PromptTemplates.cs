using System;
using System.Collections.Concurrent;
using System.IO;
using System.Text;

namespace ParallelExec.Prompts;

/// <summary>The prompt texts, embedded from <c>Prompts/Templates/&lt;name&gt;.md</c>; each is read and parsed once.</summary>
internal static class PromptTemplates
{
    public const string Discovery = "discovery";
    public const string Subplans = "subplans";
    public const string Executions = "executions";
    public const string SubplanSkeleton = "subplan-skeleton";
    public const string ExecutionSkeleton = "execution-skeleton";

    private static readonly ConcurrentDictionary<string, PromptTemplate> Parsed = new(StringComparer.Ordinal);

    public static PromptTemplate Get(string name) => Parsed.GetOrAdd(name, Load);

    private static PromptTemplate Load(string name)
    {
        var resource = "ParallelExec.Prompts.Templates." + name + ".md";
        using var stream = typeof(PromptTemplates).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The prompt template {resource} is not embedded in {typeof(PromptTemplates).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, new UTF8Encoding(false));
        return PromptTemplate.Parse(name, reader.ReadToEnd());
    }
}
