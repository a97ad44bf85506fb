using System;
using System.Collections.Generic;
using System.IO;
using Newtonsoft.Json;
using ParallelExec.Diagnostics;

namespace ParallelExec.Registry.Rules;

/// <summary>DuplicateKey: one object writes a key twice (the tree keeps one of the two, so the text is streamed once more).</summary>
internal sealed class DuplicateKeyRule : RegistryRule
{
    private const int MaxRecords = 50;

    public override ErrorCode Code => ErrorCodes.DuplicateKey;

    public override void Check(RegistryRuleContext context, RuleRecords records)
    {
        if (context.Tree == null) return; // the fast pass gives up at a key written twice
        using var reader = new JsonTextReader(new StringReader(context.Text)) { DateParseHandling = DateParseHandling.None, MaxDepth = RegistryJson.ValidatorMaxDepth };
        // One list of keys per open object (null for arrays); objects here have a handful of keys, so a list
        // searched linearly beats a hash set, and the lists are reused rather than allocated per object.
        var stack = new List<List<string>?>();
        var pool = new Stack<List<string>>();
        int reported = 0;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonToken.StartObject:
                        var keys = pool.Count > 0 ? pool.Pop() : new List<string>(8);
                        keys.Clear();
                        stack.Add(keys);
                        break;
                    case JsonToken.StartArray: stack.Add(null); break;
                    case JsonToken.EndObject:
                    case JsonToken.EndArray: Close(stack, pool); break;
                    case JsonToken.PropertyName:
                        if (stack.Count > 0 && stack[^1] is { } open && !Add(open, (string)reader.Value!) && reported++ < MaxRecords)
                            records.Add(new Discovery(CheckPass.Document), Record(context, DiagnosticSeverity.Error,
                                $"The key \"{RegistryText.Shorten((string)reader.Value!)}\" appears twice in one object; JSON readers disagree on which one counts.",
                                reader.LineNumber, reader.LinePosition, null, "Keep one of the two.", reader.Path));
                        break;
                }
            }
        }
        catch (JsonReaderException)
        {
            // The tree was read from the same text: this cannot happen, and InvalidJson would say it.
        }
    }

    private static void Close(List<List<string>?> stack, Stack<List<string>> pool)
    {
        if (stack.Count == 0) return;
        var top = stack[^1];
        stack.RemoveAt(stack.Count - 1);
        if (top != null) pool.Push(top);
    }

    /// <summary>Adds a key to an object's keys; false when the object has it already.</summary>
    private static bool Add(List<string> keys, string name)
    {
        bool seen = false;
        if (keys.Count < 32)
        {
            foreach (var k in keys)
                if (string.Equals(k, name, StringComparison.Ordinal)) { seen = true; break; }
        }
        else seen = keys.Contains(name);
        if (!seen) keys.Add(name);
        return !seen;
    }
}
