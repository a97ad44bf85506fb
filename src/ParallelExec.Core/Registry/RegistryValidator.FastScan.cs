using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ParallelExec.Plans;

namespace ParallelExec.Registry;

public static partial class RegistryValidator
{
    /// <summary>
    /// A single forward pass with System.Text.Json's Utf8JsonReader over a registry in the schema's form, checking
    /// what schemas/parallel.schema.json requires, finding duplicate keys, and collecting the entries. NJsonSchema
    /// stays the authority: this pass only ever says "clean" (and then NJsonSchema would find nothing either),
    /// and gives up at the first thing it does not accept — the caller then takes the full path. On a
    /// 10,000-achievement registry it replaces a JToken tree, NJsonSchema's walk and a second duplicate-key pass.
    /// </summary>
    internal static class FastScan
    {
        private static readonly Regex DateTime = new Regex(
            @"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,7})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);

        private static readonly HashSet<string> Statuses = new HashSet<string>(StringComparer.Ordinal)
            { "not_started", "subplan_created", "execution_created", "in_progress", "complete", "failed", "skipped" };

        private sealed class GiveUp : Exception { }

        private sealed class Lines
        {
            private readonly List<int> _starts = new List<int> { 0 };
            private readonly byte[] _bytes;

            public Lines(byte[] bytes)
            {
                _bytes = bytes;
                for (int i = 0; i < bytes.Length; i++) if (bytes[i] == (byte)'\n') _starts.Add(i + 1);
            }

            // Tokens are asked for in reading order, so the position advances like a cursor: counting the characters
            // from the line start for every token was quadratic on a minified registry (one line of 12 MB).
            private int _line;
            private long _pos;
            private int _col;

            /// <summary>1-based line and column (in characters) of a byte offset.</summary>
            public (int Line, int Column) At(long offset)
            {
                if (offset < _pos) { _line = 0; _pos = 0; _col = 0; }
                while (_line + 1 < _starts.Count && _starts[_line + 1] <= offset)
                {
                    _line++;
                    _pos = _starts[_line];
                    _col = 0;
                }
                _col += Encoding.UTF8.GetCharCount(_bytes, (int)_pos, (int)(offset - _pos));
                _pos = offset;
                return (_line + 1, _col + 1);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static bool TryCleanScan(string text, out List<Entry>? entries)
        {
            entries = null;
            var bytes = Encoding.UTF8.GetBytes(text);
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
            var lines = new Lines(bytes);
            var list = new List<Entry>();
            try
            {
                Next(ref reader);
                Root(ref reader, lines, list);
                if (reader.Read()) return false; // text after the value
            }
            catch (GiveUp) { return false; }
            catch (JsonException) { return false; }
            catch (InvalidOperationException) { return false; }
            entries = list;
            return true;
        }

        private static void Next(ref Utf8JsonReader r)
        {
            if (!r.Read()) throw new GiveUp();
        }

        private static void Expect(bool ok)
        {
            if (!ok) throw new GiveUp();
        }

        private static string PropertyName(ref Utf8JsonReader r, List<string> seen)
        {
            var name = r.GetString()!;
            foreach (var s in seen) if (string.Equals(s, name, StringComparison.Ordinal)) throw new GiveUp(); // duplicate key
            seen.Add(name);
            return name;
        }

        private static void Root(ref Utf8JsonReader r, Lines lines, List<Entry> entries)
        {
            Expect(r.TokenType == JsonTokenType.StartObject);
            var seen = new List<string>(8);
            bool plan = false, version = false, levels = false;
            while (true)
            {
                Next(ref r);
                if (r.TokenType == JsonTokenType.EndObject) break;
                var name = PropertyName(ref r, seen);
                Next(ref r);
                switch (name)
                {
                    case "plan": Expect(r.TokenType == JsonTokenType.String && r.GetString()!.Length > 0); plan = true; break;
                    case "version": Expect(r.TokenType == JsonTokenType.String && r.GetString()!.Length > 0); version = true; break;
                    case "created": Expect(r.TokenType == JsonTokenType.String && DateTime.IsMatch(r.GetString()!)); break;
                    case "levels": Levels(ref r, lines, entries); levels = true; break;
                    case "parallelization_strategy": Strategy(ref r); break;
                    default: SkipChecked(ref r); break;
                }
            }
            Expect(plan && version && levels);
        }

        private static void Strategy(ref Utf8JsonReader r)
        {
            Expect(r.TokenType == JsonTokenType.StartObject);
            var seen = new List<string>(4);
            while (true)
            {
                Next(ref r);
                if (r.TokenType == JsonTokenType.EndObject) return;
                var name = PropertyName(ref r, seen);
                Next(ref r);
                if (name == "total_sequential_time" || name == "total_parallel_time" || name == "time_saved" || name == "reduction_percentage")
                    Expect(r.TokenType == JsonTokenType.String);
                else SkipChecked(ref r);
            }
        }

        private static void Levels(ref Utf8JsonReader r, Lines lines, List<Entry> entries)
        {
            Expect(r.TokenType == JsonTokenType.StartArray);
            int li = -1;
            while (true)
            {
                Next(ref r);
                if (r.TokenType == JsonTokenType.EndArray) return;
                li++;
                Expect(r.TokenType == JsonTokenType.StartObject);
                var seen = new List<string>(2);
                int? level = null;
                bool hasAchievements = false;
                int firstEntry = entries.Count;
                while (true)
                {
                    Next(ref r);
                    if (r.TokenType == JsonTokenType.EndObject) break;
                    var name = PropertyName(ref r, seen);
                    Next(ref r);
                    if (name == "level")
                    {
                        Expect(r.TokenType == JsonTokenType.Number && IsInteger(ref r) && r.TryGetInt32(out var l) && l >= 1);
                        level = r.GetInt32();
                    }
                    else if (name == "achievements")
                    {
                        Achievements(ref r, lines, entries, li);
                        hasAchievements = true;
                    }
                    else SkipChecked(ref r);
                }
                Expect(level.HasValue && hasAchievements);
                for (int k = firstEntry; k < entries.Count; k++) entries[k].Level = level;
            }
        }

        private static bool IsInteger(ref Utf8JsonReader r)
        {
            var raw = r.ValueSpan; // one contiguous buffer: never a sequence
            foreach (var b in raw) if (b == (byte)'.' || b == (byte)'e' || b == (byte)'E') return false;
            return true;
        }

        private static void Achievements(ref Utf8JsonReader r, Lines lines, List<Entry> entries, int li)
        {
            Expect(r.TokenType == JsonTokenType.StartArray);
            int ai = -1;
            while (true)
            {
                Next(ref r);
                if (r.TokenType == JsonTokenType.EndArray) return;
                ai++;
                Expect(r.TokenType == JsonTokenType.StartObject);
                var e = new Entry { JsonPath = "levels[" + li.ToString(CultureInfo.InvariantCulture) + "].achievements[" + ai.ToString(CultureInfo.InvariantCulture) + "]" };
                (e.Line, e.Column) = lines.At(r.TokenStartIndex);
                var seen = new List<string>(8);
                bool id = false, title = false;
                while (true)
                {
                    Next(ref r);
                    if (r.TokenType == JsonTokenType.EndObject) break;
                    var name = PropertyName(ref r, seen);
                    Next(ref r);
                    switch (name)
                    {
                        case "id":
                            Expect(r.TokenType == JsonTokenType.String);
                            e.IdText = r.GetString()!;
                            Expect(IsId(e.IdText));
                            e.ValidId = AchievementId.TryParse(e.IdText, out e.Id);
                            (e.Line, e.Column) = lines.At(r.TokenStartIndex);
                            id = true;
                            break;
                        case "title": Expect(r.TokenType == JsonTokenType.String); e.Title = r.GetString(); title = true; break;
                        case "status":
                            Expect(r.TokenType == JsonTokenType.String);
                            e.Status = r.GetString();
                            Expect(Statuses.Contains(e.Status!));
                            break;
                        case "dependencies": e.Dependencies = Ids(ref r, lines); break;
                        case "blocks": e.Blocks = Ids(ref r, lines); break;
                        case "estimated_hours":
                            Expect(r.TokenType == JsonTokenType.String || r.TokenType == JsonTokenType.Number);
                            e.Estimate = r.TokenType == JsonTokenType.String ? EstimateParser.FromRegistry(r.GetString())
                                : r.TryGetDouble(out var eh) ? EstimateParser.FromHours(eh) : null;
                            break;
                        case "actual_hours": Expect(r.TokenType == JsonTokenType.Null || (r.TokenType == JsonTokenType.Number && r.TryGetDouble(out var h) && h >= 0)); break;
                        case "started_at":
                        case "completed_at": Expect(r.TokenType == JsonTokenType.Null || (r.TokenType == JsonTokenType.String && DateTime.IsMatch(r.GetString()!))); break;
                        case "executor": Expect(r.TokenType == JsonTokenType.Null || r.TokenType == JsonTokenType.String); break;
                        case "subplan_path":
                            Expect(r.TokenType == JsonTokenType.Null || r.TokenType == JsonTokenType.String);
                            if (r.TokenType == JsonTokenType.String)
                            {
                                var (l, c) = lines.At(r.TokenStartIndex);
                                e.Paths.Add((r.GetString()!, "subplan_path", l, c));
                            }
                            break;
                        case "execution_paths":
                            Expect(r.TokenType == JsonTokenType.StartArray);
                            while (true)
                            {
                                Next(ref r);
                                if (r.TokenType == JsonTokenType.EndArray) break;
                                Expect(r.TokenType == JsonTokenType.String);
                                var (l, c) = lines.At(r.TokenStartIndex);
                                e.Paths.Add((r.GetString()!, "execution_paths", l, c));
                            }
                            break;
                        default: SkipChecked(ref r); break;
                    }
                }
                Expect(id && title);
                entries.Add(e);
            }
        }

        private static List<(string Text, int Line, int Column)> Ids(ref Utf8JsonReader r, Lines lines)
        {
            Expect(r.TokenType == JsonTokenType.StartArray);
            var list = new List<(string, int, int)>(2);
            while (true)
            {
                Next(ref r);
                if (r.TokenType == JsonTokenType.EndArray) return list;
                Expect(r.TokenType == JsonTokenType.String);
                var s = r.GetString()!;
                Expect(IsId(s));
                var (l, c) = lines.At(r.TokenStartIndex);
                list.Add((s, l, c));
            }
        }

        /// <summary>The schema's id pattern: ^[0-9]{1,9}(\.[0-9]{1,9})?$</summary>
        private static bool IsId(string s)
        {
            int i = 0, n = s.Length, digits = 0;
            while (i < n && s[i] >= '0' && s[i] <= '9') { i++; digits++; }
            if (digits < 1 || digits > 9) return false;
            if (i == n) return true;
            if (s[i] != '.') return false;
            i++;
            digits = 0;
            while (i < n && s[i] >= '0' && s[i] <= '9') { i++; digits++; }
            return digits >= 1 && digits <= 9 && i == n;
        }

        /// <summary>Steps over a value the schema does not constrain, still checking its objects for duplicate keys.</summary>
        private static void SkipChecked(ref Utf8JsonReader r)
        {
            if (r.TokenType != JsonTokenType.StartObject && r.TokenType != JsonTokenType.StartArray) return;
            var stack = new Stack<List<string>?>();
            stack.Push(r.TokenType == JsonTokenType.StartObject ? new List<string>(4) : null);
            while (stack.Count > 0)
            {
                Next(ref r);
                switch (r.TokenType)
                {
                    case JsonTokenType.StartObject: stack.Push(new List<string>(4)); break;
                    case JsonTokenType.StartArray: stack.Push(null); break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray: stack.Pop(); break;
                    case JsonTokenType.PropertyName: PropertyName(ref r, stack.Peek()!); break;
                }
            }
        }
    }
}
