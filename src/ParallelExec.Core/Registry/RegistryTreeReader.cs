using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ParallelExec.Plans;

namespace ParallelExec.Registry;

/// <summary>
/// Makes the registry document of a parsed tree, in either form. What it cannot use (a level that is not an object,
/// an entry without a usable id, a dependency that is not an id) it leaves out and notes in
/// <see cref="RegistryDocument.Ignored"/>; an entry without a usable id is kept in <see cref="RegistryDocument.AllEntries"/>
/// for the validation rules.
/// </summary>
internal sealed class RegistryTreeReader
{
    private readonly string _text;
    private readonly TextLines _lines;
    private readonly RegistryDocument _document;

    private RegistryTreeReader(string text, string path)
    {
        _text = text;
        _lines = new TextLines(text);
        _document = new RegistryDocument { Path = path };
    }

    /// <summary>The document of <paramref name="root"/>, parsed from <paramref name="text"/> (where the positions of its strings are found).</summary>
    public static RegistryDocument Read(JToken root, string text, string path) => new RegistryTreeReader(text, path).Document(root);

    private RegistryDocument Document(JToken root)
    {
        _document.RootAt = RegistryJson.At(root);
        if (root is not JObject obj)
        {
            _document.Ignore(RegistryJson.Line(root), "The registry is not a JSON object; it was ignored.");
            return _document;
        }
        _document.PlanName = (obj["plan"] ?? obj["plan_name"]) is JValue pv && pv.Type == JTokenType.String ? (string?)pv.Value : null;
        _document.NamesLevels = obj["levels"] != null;
        if (obj["levels"] is JArray levels)
        {
            ReadLevels(levels);
        }
        else if (obj["achievements"] is JArray flat)
        {
            _document.IsLegacyFormat = true;
            int k = 0;
            foreach (var item in flat) ReadEntry(item, "achievement_id", null, string.Create(CultureInfo.InvariantCulture, $"achievements[{k++}]"));
        }
        else
        {
            _document.Ignore(RegistryJson.Line(obj), "The registry has neither 'levels' nor 'achievements'; it was ignored.");
        }
        return _document;
    }

    private void ReadLevels(JArray levels)
    {
        int li = -1;
        foreach (var levelToken in levels)
        {
            li++;
            if (levelToken is not JObject lv)
            {
                _document.Ignore(RegistryJson.Line(levelToken), "A level is not an object; it was ignored.");
                continue;
            }
            int? number = Int32(lv["level"]);
            if (lv["achievements"] is not JArray items)
            {
                _document.Ignore(RegistryJson.Line(lv), "A level has no 'achievements' array; it was ignored.");
                continue;
            }
            int ai = 0;
            foreach (var item in items) ReadEntry(item, "id", number, string.Create(CultureInfo.InvariantCulture, $"levels[{li}].achievements[{ai++}]"));
        }
    }

    private void ReadEntry(JToken item, string idKey, int? level, string jsonPath)
    {
        if (item is not JObject a)
        {
            _document.Ignore(RegistryJson.Line(item), "An achievement entry is not an object; it was ignored.");
            return;
        }
        var entry = new RegistryEntry { Level = level, JsonPath = jsonPath, Line = RegistryJson.Line(a) ?? 0, At = RegistryJson.At(a) };
        ReadId(entry, a[idKey] ?? a["id"]);
        ReadFields(entry, a);
        bool notes = entry.HasId;
        if (!notes) _document.Ignore(RegistryJson.Line(a), $"An achievement entry has no usable '{idKey}' (a string such as \"1.1\"); it was ignored.");
        ReadIds(entry, a["dependencies"], "dependencies", notes);
        ReadIds(entry, a["blocks"], "blocks", notes);
        if (a["subplan_path"] is JValue sp && sp.Type == JTokenType.String)
            entry.Paths.Add(new PathReference((string)sp.Value!, "subplan_path", StartOf(sp)));
        if (a["execution_paths"] is JArray paths)
            foreach (var p in paths)
                if (p is JValue pv && pv.Type == JTokenType.String) entry.Paths.Add(new PathReference((string)pv.Value!, "execution_paths", StartOf(p)));
        _document.Add(entry);
    }

    private void ReadId(RegistryEntry entry, JToken? idToken)
    {
        if (idToken is JValue idv && idv.Type == JTokenType.String)
        {
            entry.IdText = (string)idv.Value!;
            entry.HasId = AchievementId.TryParse(entry.IdText, out var id);
            entry.Id = id;
            entry.At = StartOf(idToken);
        }
        else if (idToken != null)
        {
            entry.IdText = idToken.ToString(Formatting.None);
        }
    }

    private static void ReadFields(RegistryEntry entry, JObject a)
    {
        entry.Title = String(a["title"]);
        entry.Status = String(a["status"]);
        if (a["estimated_hours"] is JValue e)
        {
            if (e.Type == JTokenType.String) entry.EstimatedHours = EstimateParser.FromRegistry((string?)e.Value);
            else if (Number(e) is double hours) entry.EstimatedHours = EstimateParser.FromHours(hours);
        }
        if (a["actual_hours"] is JValue ah && Number(ah) is double actual && actual >= 0 && !double.IsInfinity(actual)) entry.ActualHours = actual;
        entry.StartedAt = String(a["started_at"]);
        entry.CompletedAt = String(a["completed_at"]);
    }

    /// <summary>
    /// The strings of an id list. With <paramref name="notes"/> (the entry has a usable id), what is not an id is
    /// noted: a list that is not an array, an item that is not a string such as "1.1".
    /// </summary>
    private void ReadIds(RegistryEntry entry, JToken? token, string field, bool notes)
    {
        bool blocks = field == "blocks";
        if (token is JArray arr)
        {
            if (blocks) entry.BlockRefs = new List<IdReference>(arr.Count);
            foreach (var x in arr)
            {
                var reference = x is JValue v && v.Type == JTokenType.String ? IdReference.Of((string)v.Value!, StartOf(x)) : (IdReference?)null;
                if (reference is { } r)
                {
                    if (blocks) entry.AddBlock(r); else entry.AddDependency(r);
                }
                if (notes && reference is not { IsValid: true })
                    _document.Ignore(RegistryJson.Line(x), $"'{field}' of {entry.Id} holds {x.ToString(Formatting.None)}, which is not an id such as \"1.1\"; it was ignored.");
            }
        }
        else if (notes && token != null && token.Type != JTokenType.Null)
        {
            _document.Ignore(RegistryJson.Line(token), $"'{field}' of {entry.Id} is not an array of ids; it was ignored.");
        }
    }

    /// <summary>
    /// Where a string starts: Newtonsoft places a value at its last character, so from the closing quote back to the
    /// opening one (the first quote before it that no backslash escapes).
    /// </summary>
    private JsonPosition StartOf(JToken value)
    {
        var end = RegistryJson.At(value);
        if (!end.IsKnown) return end;
        int close = _lines.IndexOf(end);
        if (close <= 0 || close >= _text.Length) return end;
        char quote = _text[close];
        for (int p = close - 1; p >= 0; p--)
        {
            if (_text[p] != quote) continue;
            int backslashes = 0;
            while (p - backslashes - 1 >= 0 && _text[p - backslashes - 1] == '\\') backslashes++;
            if (backslashes % 2 == 0) return _lines.At(p);
        }
        return end;
    }

    private static string? String(JToken? token) => token is JValue v && v.Type == JTokenType.String ? (string?)v.Value : null;

    /// <summary>A whole number that fits an int; null otherwise.</summary>
    private static int? Int32(JToken? token) =>
        token is JValue v && v.Type == JTokenType.Integer && v.Value is long l && l >= int.MinValue && l <= int.MaxValue ? (int)l : null;

    /// <summary>A JSON number as a double, however Newtonsoft holds it (a long, a BigInteger for a longer one, a double).</summary>
    private static double? Number(JValue v) => v.Type != JTokenType.Integer && v.Type != JTokenType.Float ? null : v.Value switch
    {
        long l => l,
        double d => d,
        BigInteger b => (double)b,
        _ => System.Convert.ToDouble(v.Value, CultureInfo.InvariantCulture),
    };
}
