using System;
using System.Collections.Generic;
using System.IO;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ParallelExec.Diagnostics;
using ParallelExec.Plans;
using ParallelExec.Registry.Rules;

namespace ParallelExec.Registry;

/// <summary>
/// Checks a parallel.json: reads it into its <see cref="RegistryDocument"/> (the fast pass for a registry the schema
/// accepts, the tree otherwise), then runs the rules of <see cref="RegistryRules.InOrder"/>: the schema (NJsonSchema)
/// and what the schema cannot say — ids, cycles, blocks mirrored by dependencies, levels that contradict dependencies,
/// paths, and drift against the PLAN.
/// </summary>
internal static class RegistryValidator
{
    /// <summary>
    /// Validates one file. A file that exists but cannot be read as text (binary, too large, unreadable) gives one Error
    /// record with its code, so that every file has its verdict; a path that names no file throws
    /// <see cref="ParallelExecException"/> (RegistryFileNotFound, RegistryIsDirectory).
    /// </summary>
    public static List<ValidationRecord> Validate(string path, ValidationOptions? options = null)
    {
        options ??= new ValidationOptions();
        if (Directory.Exists(path))
            throw ParallelExecException.Create(ErrorCodes.RegistryIsDirectory,
                $"'{path}' is a folder, not a parallel.json file.", path, $"Give the file: {Path.Combine(path, PlanConventions.RegistryFileName)}.");
        var diagnostics = new List<PlanDiagnostic>();
        string text;
        try
        {
            text = PlanText.Read(path, diagnostics, RegistryReader.MaxBytes, FileKind.Registry);
        }
        catch (ParallelExecException e) when (e.Diagnostic.ErrorCode != ErrorCodes.RegistryFileNotFound)
        {
            return new List<ValidationRecord> { new ValidationRecord(e.Diagnostic.With(DiagnosticSeverity.Error, "")) };
        }
        var records = new List<ValidationRecord>();
        foreach (var d in diagnostics)
            records.Add(new ValidationRecord(DiagnosticSeverity.Warning, d.ErrorCode, d.Message, path, suggestion: d.Suggestion));
        ValidateText(text, path, options, records);
        records.Sort((a, b) =>
        {
            int c = (a.Line ?? int.MaxValue).CompareTo(b.Line ?? int.MaxValue);
            return c != 0 ? c : (a.Column ?? 0).CompareTo(b.Column ?? 0);
        });
        return records;
    }

    /// <summary>Adds the findings about <paramref name="text"/> to <paramref name="records"/>, in the order they come up (<see cref="Discovery"/>).</summary>
    internal static void ValidateText(string text, string path, ValidationOptions options, List<ValidationRecord> records)
    {
        var context = Read(text, path, options, records);
        if (context == null) return;
        var found = new RuleRecords();
        foreach (var rule in RegistryRules.InOrder) rule.Check(context, found);
        records.AddRange(found.InDiscoveryOrder());
    }

    /// <summary>
    /// Reads the text into what the rules check, or adds the InvalidJson record and gives null. The fast pass reads a
    /// registry the schema accepts; anything else (a violation, a duplicate key, the flat form, bad JSON) is parsed
    /// into the tree, where NJsonSchema and Newtonsoft report it in their own words and positions.
    /// </summary>
    internal static RegistryRuleContext? Read(string text, string path, ValidationOptions options, List<ValidationRecord> records, bool fastScan = true)
    {
        int first = 0;
        while (first < text.Length && char.IsWhiteSpace(text[first])) first++;
        if (first == text.Length)
        {
            records.Add(new ValidationRecord(DiagnosticSeverity.Error, ErrorCodes.InvalidJson, "The file is empty.", path, 1, 1,
                suggestion: "Write the registry (New-ParallelDiscoveryPrompt asks an LLM for one; Export-ParallelJson writes one from the PLAN)."));
            return null;
        }
        char c0 = text[first];
        if (c0 != '{' && c0 != '[' && c0 != '"' && c0 != '-' && !char.IsAsciiDigit(c0) && c0 != 't' && c0 != 'f' && c0 != 'n')
        {
            var at = new TextLines(text).At(first);
            records.Add(new ValidationRecord(DiagnosticSeverity.Error, ErrorCodes.RegistryNotJson, $"The file is not JSON at all: it starts with {StartOf(text, first)}.",
                path, at.Line, at.Column, suggestion: "Point at the plan's parallel.json (a PLAN is read with Get-ParallelPlan); resolve a merge conflict before checking."));
            return null;
        }

        if (fastScan && RegistryFastScan.TryRead(text, path, out var clean))
            return new RegistryRuleContext(clean, null, text, path, options);
        JToken root;
        try
        {
            root = RegistryJson.Parse(text, RegistryJson.MaxDepth);
        }
        catch (JsonReaderException e)
        {
            bool deep = e is JsonDepthException;
            records.Add(new ValidationRecord(DiagnosticSeverity.Error, deep ? ErrorCodes.JsonTooDeep : ErrorCodes.InvalidJson, Trim(e.Message), path,
                e.LineNumber > 0 ? e.LineNumber : null, e.LinePosition > 0 ? e.LinePosition : null,
                suggestion: deep ? "A registry nests five levels deep: flatten the value that starts at that line."
                    : "Fix the JSON syntax at that line and column (a missing comma, quote or bracket is the usual cause; comments, trailing commas and single quotes are not JSON)."));
            return null;
        }
        return new RegistryRuleContext(RegistryTreeReader.Read(root, text, path), root, text, path, options);
    }

    private static string Trim(string message)
    {
        // Newtonsoft appends "Path '…', line N, position M." — the record carries those.
        int i = message.IndexOf(" Path '", StringComparison.Ordinal);
        if (i < 0) i = message.IndexOf(", line ", StringComparison.Ordinal);
        return (i > 0 ? message.Substring(0, i) : message).Trim();
    }

    /// <summary>How the text starts, in words: a merge-conflict marker, a markdown heading, or its first character.</summary>
    private static string StartOf(string text, int first)
    {
        var rest = text.AsSpan(first);
        if (rest.StartsWith("<<<<<<<") || rest.StartsWith("=======") || rest.StartsWith(">>>>>>>")) return "a merge-conflict marker (" + rest.Slice(0, 7).ToString() + ")";
        if (rest[0] == '#') return "a markdown heading ('#')";
        char c = rest[0];
        return char.IsControl(c) || char.IsSurrogate(c) ? $"U+{(int)c:X4}" : $"'{c}'";
    }
}
