using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ParallelExec.Diagnostics;
using ParallelExec.Plans;

namespace ParallelExec.Registry;

public static class RegistryReader
{
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>Reads what the graph needs from a registry. Shape problems become diagnostics; unreadable JSON throws.</summary>
    public static RegistryDocument Read(string path, IList<PlanDiagnostic> diagnostics)
    {
        var text = PlanText.Read(path, diagnostics, MaxBytes, FileKind.Registry);
        JToken root;
        try
        {
            using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None, MaxDepth = 256 };
            root = JToken.ReadFrom(reader, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load, DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Ignore });
            while (reader.Read())
                if (reader.TokenType != JsonToken.Comment)
                    throw new JsonReaderException($"Additional text after the JSON value.", reader.Path, reader.LineNumber, reader.LinePosition, null);
        }
        catch (JsonException e)
        {
            int? line = e is JsonReaderException jr && jr.LineNumber > 0 ? jr.LineNumber : (int?)null;
            throw ParallelExecException.Create(ErrorCodes.RegistryInvalidJson,
                $"'{path}' is not valid JSON: {e.Message}", path,
                "Fix the JSON at the line shown, or move the file away to read the PLAN alone.", e, line: line);
        }
        var registry = new RegistryDocument { Path = path };
        if (root is not JObject obj)
        {
            Warn(diagnostics, path, Line(root), "The registry is not a JSON object; it was ignored.");
            return registry;
        }
        registry.PlanName = (obj["plan"] ?? obj["plan_name"]) is JValue pv && pv.Type == JTokenType.String ? (string?)pv.Value : null;

        if (obj["levels"] is JArray levels)
        {
            foreach (var levelToken in levels)
            {
                if (levelToken is not JObject lv) { Warn(diagnostics, path, Line(levelToken), "A level is not an object; it was ignored."); continue; }
                int? levelNumber = lv["level"] is JValue lnum && lnum.Type == JTokenType.Integer ? Convert.ToInt32(lnum.Value, CultureInfo.InvariantCulture) : (int?)null;
                if (lv["achievements"] is not JArray items) { Warn(diagnostics, path, Line(lv), "A level has no 'achievements' array; it was ignored."); continue; }
                foreach (var item in items) ReadEntry(registry, item, "id", levelNumber, path, diagnostics);
            }
        }
        else if (obj["achievements"] is JArray flat)
        {
            registry.IsLegacyFormat = true;
            foreach (var item in flat) ReadEntry(registry, item, "achievement_id", null, path, diagnostics);
        }
        else
        {
            Warn(diagnostics, path, Line(obj), "The registry has neither 'levels' nor 'achievements'; it was ignored.");
        }
        return registry;
    }

    private static void ReadEntry(RegistryDocument registry, JToken item, string idKey, int? level, string path, IList<PlanDiagnostic> diagnostics)
    {
        if (item is not JObject a) { Warn(diagnostics, path, Line(item), "An achievement entry is not an object; it was ignored."); return; }
        var idToken = a[idKey] ?? a["id"];
        if (idToken is not JValue idv || idv.Type != JTokenType.String || !AchievementId.TryParse((string?)idv.Value, out var id))
        {
            Warn(diagnostics, path, Line(a), $"An achievement entry has no usable '{idKey}' (a string such as \"1.1\"); it was ignored.");
            return;
        }
        var entry = new RegistryEntry { Id = id, Level = level, Line = Line(a) ?? 0 };
        if (a["title"] is JValue t && t.Type == JTokenType.String) entry.Title = (string?)t.Value;
        if (a["status"] is JValue s && s.Type == JTokenType.String) entry.Status = (string?)s.Value;
        if (a["estimated_hours"] is JValue e)
        {
            if (e.Type == JTokenType.String) entry.EstimatedHours = EstimateParser.FromRegistry((string?)e.Value);
            else if (e.Type == JTokenType.Integer || e.Type == JTokenType.Float)
                entry.EstimatedHours = EstimateParser.FromHours(Convert.ToDouble(e.Value, CultureInfo.InvariantCulture));
        }
        if (a["actual_hours"] is JValue ah && (ah.Type == JTokenType.Integer || ah.Type == JTokenType.Float)
            && Convert.ToDouble(ah.Value, CultureInfo.InvariantCulture) is var actual && actual >= 0 && !double.IsInfinity(actual))
            entry.ActualHours = actual;
        if (a["started_at"] is JValue sa && sa.Type == JTokenType.String) entry.StartedAt = (string?)sa.Value;
        if (a["completed_at"] is JValue ca && ca.Type == JTokenType.String) entry.CompletedAt = (string?)ca.Value;
        ReadIds(a["dependencies"], entry.Dependencies, entry, "dependencies", path, diagnostics);
        ReadIds(a["blocks"], entry.Blocks, entry, "blocks", path, diagnostics);
        registry.Entries.Add(entry);
    }

    private static void ReadIds(JToken? token, List<AchievementId> into, RegistryEntry entry, string field, string path, IList<PlanDiagnostic> diagnostics)
    {
        if (token == null || token.Type == JTokenType.Null) return;
        if (token is not JArray arr)
        {
            Warn(diagnostics, path, Line(token), $"'{field}' of {entry.Id} is not an array of ids; it was ignored.");
            return;
        }
        foreach (var x in arr)
        {
            if (x is JValue v && v.Type == JTokenType.String && AchievementId.TryParse((string?)v.Value, out var id)) into.Add(id);
            else Warn(diagnostics, path, Line(x), $"'{field}' of {entry.Id} holds {x.ToString(Formatting.None)}, which is not an id such as \"1.1\"; it was ignored.");
        }
    }

    private static int? Line(JToken? t) => t is IJsonLineInfo li && li.HasLineInfo() ? li.LineNumber : (int?)null;

    private static void Warn(IList<PlanDiagnostic> diagnostics, string path, int? line, string message) =>
        diagnostics.Add(new PlanDiagnostic(DiagnosticSeverity.Warning, ErrorCodes.RegistryEntryIgnored, message,
            path, line, null, "Compare the entry with schemas/parallel.schema.json.", path));
}
