using System;
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
        var name = obj["plan"] ?? obj["plan_name"];
        if (name is JValue pv && pv.Type == JTokenType.String) _document.SetPlanName((string?)pv.Value, StartOf(pv));
        _document.NamesLevels = obj["levels"] != null;
        _document.IsLegacyFormat = IsFlat(obj);
        if (obj["levels"] is JArray levels) ReadLevels(levels);
        else if (_document.IsLegacyFormat && obj["achievements"] is JArray flat)
        {
            int k = 0;
            foreach (var item in flat) ReadEntry(item, true, null, string.Create(CultureInfo.InvariantCulture, $"achievements[{k++}]"));
        }
        else if (_document.NamesLevels) _document.Ignore(RegistryJson.Line(obj["levels"]), "'levels' is not an array of levels; the registry was ignored.");
        else if (obj["achievements"] != null) _document.Ignore(RegistryJson.Line(obj["achievements"]), "'achievements' is not an array of achievements; the registry was ignored.");
        else _document.Ignore(RegistryJson.Line(obj), "The registry has neither 'levels' nor 'achievements'; it was ignored.");
        return _document;
    }

    /// <summary>The older flat form: no <c>levels</c>, and <c>achievements</c> or <c>plan_name</c> (<see cref="RegistryFastScan"/> decides alike).</summary>
    public static bool IsFlat(JObject root) => root["levels"] == null && (root["achievements"] != null || root["plan_name"] != null);

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
            int? number = Level(lv["level"], string.Create(CultureInfo.InvariantCulture, $"levels[{li}].level"), null);
            if (lv["achievements"] is not JArray items)
            {
                _document.Ignore(RegistryJson.Line(lv), "A level has no 'achievements' array; it was ignored.");
                continue;
            }
            int ai = 0;
            foreach (var item in items) ReadEntry(item, false, number, string.Create(CultureInfo.InvariantCulture, $"levels[{li}].achievements[{ai++}]"));
        }
    }

    private void ReadEntry(JToken item, bool flat, int? level, string jsonPath)
    {
        if (item is not JObject a)
        {
            _document.Ignore(RegistryJson.Line(item), "An achievement entry is not an object; it was ignored.");
            return;
        }
        var idKey = flat ? "achievement_id" : "id";
        var entry = new RegistryEntry { Level = level, JsonPath = jsonPath, Line = RegistryJson.Line(a) ?? 0, At = RegistryJson.At(a) };
        ReadId(entry, a[idKey] ?? a["id"]);
        ReadFields(entry, a, flat);
        bool notes = entry.HasId;
        if (!notes) _document.Ignore(RegistryJson.Line(a), $"An achievement entry has no usable '{idKey}' (a string such as \"1.1\"); it was ignored.");
        entry.HasDependencies = a["dependencies"] != null;
        ReadIds(entry, a["dependencies"], "dependencies", notes);
        ReadIds(entry, a["blocks"], "blocks", notes);
        if (a["subplan_path"] is JValue sp && sp.Type == JTokenType.String)
            entry.Paths.Add(new PathReference((string)sp.Value!, "subplan_path", StartOf(sp)));
        if (a["execution_paths"] is JArray paths)
            foreach (var p in paths)
                if (p is JValue pv && pv.Type == JTokenType.String) entry.Paths.Add(new PathReference((string)pv.Value!, "execution_paths", StartOf(p)));
        if (a["files"] is JArray files)
        {
            entry.Files = new List<PathReference>();
            foreach (var f in files)
                if (f is JValue fv && fv.Type == JTokenType.String) entry.Files.Add(new PathReference((string)fv.Value!, "files", StartOf(f)));
        }
        if (flat && a["level"] is JValue lv) Level(lv, jsonPath + ".level", entry.HasId ? entry.IdText : null);
        if (flat && a["sub_executions"] is JArray subs) entry.PlannedExecutions = SubExecutions(subs, entry, jsonPath, "sub_executions", "execution_id");
        else if (!flat && a["executions"] is JArray executions) entry.PlannedExecutions = SubExecutions(executions, entry, jsonPath, "executions", "id");
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

    private void ReadFields(RegistryEntry entry, JObject a, bool flat)
    {
        entry.Title = String(a["title"]) ?? (flat ? String(a["name"]) : null);
        entry.Status = String(a["status"]);
        var id = entry.HasId ? entry.IdText : null;
        if (a["estimated_hours"] is JValue e)
        {
            if (e.Type == JTokenType.String) entry.EstimatedHours = EstimateParser.FromRegistry((string?)e.Value);
            else if (Hours(e, entry.JsonPath + ".estimated_hours", id) is double hours) entry.EstimatedHours = EstimateParser.FromHours(hours);
        }
        if (a["actual_hours"] is JValue ah && Hours(ah, entry.JsonPath + ".actual_hours", id) is double actual && actual >= 0) entry.ActualHours = actual;
        entry.StartedAt = String(a["started_at"]);
        entry.CompletedAt = String(a["completed_at"]);
    }

    private PlannedExecution[] SubExecutions(JArray items, RegistryEntry entry, string jsonPath, string key, string idKey)
    {
        var list = new List<SubExecution>(items.Count);
        int k = 0;
        foreach (var item in items)
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"{jsonPath}.{key}[{k++}]");
            if (item is not JObject o) continue;
            var s = new SubExecution { ExecutionId = String(o[idKey]), Title = String(o["title"]), Status = idKey == "id" ? null : String(o["status"]) };
            if (o["estimated_hours"] is JValue e)
                s.Estimate = e.Type == JTokenType.String ? (string?)e.Value : Hours(e, at + ".estimated_hours", entry.HasId ? entry.IdText : null) is double h ? SubExecution.Hours(h) : null;
            if (o["dependencies"] is JArray deps)
                foreach (var d in deps)
                    if (String(d) is { } text) s.Dependencies.Add(text);
            if (idKey == "id" && o["files"] is JArray files)
                foreach (var f in files)
                    if (String(f) is { } path) s.Files.Add(path);
            list.Add(s);
        }
        return SubExecution.ToPlanned(list);
    }

    /// <summary>A level number the module holds; a whole number past the range is noted (NumberOutOfRange) and left out.</summary>
    private int? Level(JToken? token, string jsonPath, string? id)
    {
        if (token is not JValue v || v.Type != JTokenType.Integer) return null;
        if (v.Value is long l && l >= int.MinValue && l <= RegistryValues.MaxLevel) return (int)l;
        _document.OutOfRangeNumber(new NumberReference("level", RawNumber(v), jsonPath, StartOfNumber(v), id));
        return null;
    }

    /// <summary>A number of hours the module uses; a number past the range is noted (NumberOutOfRange) and left out.</summary>
    private double? Hours(JValue v, string jsonPath, string? id)
    {
        if (Number(v) is not double hours) return null;
        if (RegistryValues.HoursInRange(hours)) return hours;
        var field = jsonPath.Substring(jsonPath.LastIndexOf('.') + 1);
        _document.OutOfRangeNumber(new NumberReference(field, RawNumber(v), jsonPath, StartOfNumber(v), id));
        return null;
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

    /// <summary>Where a number starts: Newtonsoft places it at its end, so back over the characters a number is written with.</summary>
    private JsonPosition StartOfNumber(JValue value)
    {
        var (start, _) = NumberSpan(value);
        return start < 0 ? RegistryJson.At(value) : _lines.At(start);
    }

    /// <summary>The number as written, at most its first 40 characters.</summary>
    private string RawNumber(JValue value)
    {
        var (start, end) = NumberSpan(value);
        if (start < 0) return value.ToString(Formatting.None);
        var raw = _text.Substring(start, end - start);
        return raw.Length <= 40 ? raw : string.Concat(raw.AsSpan(0, 40), $"… ({raw.Length} characters)");
    }

    private (int Start, int End) NumberSpan(JValue value)
    {
        var end = RegistryJson.At(value);
        if (!end.IsKnown) return (-1, -1);
        int i = Math.Min(_lines.IndexOf(end), _text.Length - 1);
        while (i > 0 && !IsNumberChar(_text[i])) i--;
        if (i < 0 || !IsNumberChar(_text[i])) return (-1, -1);
        int e = i + 1, s = i;
        while (s > 0 && IsNumberChar(_text[s - 1])) s--;
        return (s, e);
    }

    private static bool IsNumberChar(char c) => c is (>= '0' and <= '9') or '-' or '+' or '.' or 'e' or 'E';

    private static string? String(JToken? token) => token is JValue v && v.Type == JTokenType.String ? (string?)v.Value : null;

    /// <summary>A JSON number as a double, however Newtonsoft holds it (a long, a BigInteger for a longer one, a double).</summary>
    private static double? Number(JValue v) => v.Type != JTokenType.Integer && v.Type != JTokenType.Float ? null : v.Value switch
    {
        long l => l,
        double d => d,
        BigInteger b => (double)b,
        _ => System.Convert.ToDouble(v.Value, CultureInfo.InvariantCulture),
    };
}
