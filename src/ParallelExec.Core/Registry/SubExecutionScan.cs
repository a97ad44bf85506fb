using System;
using System.Collections.Generic;
using System.Text.Json;
using static ParallelExec.Registry.SchemaStream;

namespace ParallelExec.Registry;

/// <summary>The fast pass over a flat entry's <c>sub_executions</c>: what <see cref="RegistryTreeReader"/> reads of them, checked against the schema as it goes.</summary>
internal static class SubExecutionScan
{
    public static PlannedExecution[] Read(ref Utf8JsonReader r, SchemaNode? node, string idKey = "execution_id")
    {
        if (r.TokenType != JsonTokenType.StartArray)
        {
            Value(ref r, node); // not an array: the schema says whether that passes
            return Array.Empty<PlannedExecution>();
        }
        Expect(node == null || node.Allows(JsonTypes.Array));
        var list = new List<SubExecution>(4);
        while (true)
        {
            Next(ref r);
            if (r.TokenType == JsonTokenType.EndArray) return SubExecution.ToPlanned(list);
            Expect(r.TokenType == JsonTokenType.StartObject); // the tree reader leaves other items out
            list.Add(Item(ref r, node?.Items, idKey));
        }
    }

    private static SubExecution Item(ref Utf8JsonReader r, SchemaNode? node, string idKey)
    {
        Expect(node == null || node.Allows(JsonTypes.Object));
        var seen = new KeySet(6);
        var s = new SubExecution();
        while (NextKey(ref r, seen, out var name))
        {
            var property = node?.Property(name);
            bool schemaForm = idKey == "id"; // the schema form's executions: id and files; the flat sub_executions: execution_id and status
            switch (name)
            {
                case "execution_id" when !schemaForm:
                case "id" when schemaForm: s.ExecutionId = StringValue(ref r, property); break;
                case "title": s.Title = StringValue(ref r, property); break;
                case "status" when !schemaForm: s.Status = StringValue(ref r, property); break;
                case "files" when schemaForm: Dependencies(ref r, property, s.Files); break;
                case "estimated_hours": s.Estimate = Estimate(ref r, property); break;
                case "dependencies": Dependencies(ref r, property, s.Dependencies); break;
                default: Value(ref r, property); break;
            }
        }
        Expect(node == null || node.HasRequired(seen));
        return s;
    }

    private static string? Estimate(ref Utf8JsonReader r, SchemaNode? node)
    {
        if (r.TokenType == JsonTokenType.String) return StringValue(ref r, node);
        if (NumberValue(ref r, node) is not double hours) return null;
        Expect(RegistryValues.HoursInRange(hours)); // the tree reader notes it
        return SubExecution.Hours(hours);
    }

    private static void Dependencies(ref Utf8JsonReader r, SchemaNode? node, List<string> into)
    {
        if (r.TokenType != JsonTokenType.StartArray)
        {
            Value(ref r, node);
            return;
        }
        Expect(node == null || node.Allows(JsonTypes.Array));
        while (true)
        {
            Next(ref r);
            if (r.TokenType == JsonTokenType.EndArray) return;
            if (StringValue(ref r, node?.Items) is { } text) into.Add(text);
        }
    }
}
