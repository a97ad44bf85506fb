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
        using var reader = new JsonTextReader(new StringReader(context.Text)) { DateParseHandling = DateParseHandling.None, MaxDepth = RegistryJson.MaxDepth + 1 };
        // One set of keys per open object (null for arrays): a short list that becomes a hash set past 16 keys, so that
        // an object of 100,000 keys stays linear; the sets are reused rather than allocated per object.
        var stack = new List<KeySet?>();
        var pool = new Stack<KeySet>();
        int reported = 0;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonToken.StartObject:
                        var keys = pool.Count > 0 ? pool.Pop() : new KeySet(8);
                        keys.Clear();
                        stack.Add(keys);
                        break;
                    case JsonToken.StartArray: stack.Add(null); break;
                    case JsonToken.EndObject:
                    case JsonToken.EndArray: Close(stack, pool); break;
                    case JsonToken.PropertyName:
                        if (stack.Count > 0 && stack[^1] is { } open && !open.Add((string)reader.Value!) && reported++ < MaxRecords)
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

    private static void Close(List<KeySet?> stack, Stack<KeySet> pool)
    {
        if (stack.Count == 0) return;
        var top = stack[^1];
        stack.RemoveAt(stack.Count - 1);
        if (top != null) pool.Push(top);
    }
}
