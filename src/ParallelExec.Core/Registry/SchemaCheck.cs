using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using NJsonSchema;
using NJsonSchema.Validation;
using Newtonsoft.Json.Linq;
using ParallelExec.Diagnostics;

namespace ParallelExec.Registry;

/// <summary>
/// Validation against schemas/parallel.schema.json (or, for the older flat form, schemas/parallel.flat.schema.json) with NJsonSchema. Kept in its own class so that NJsonSchema
/// is loaded only when a registry is first validated, never by Import-Module.
/// </summary>
internal static class SchemaCheck
{
    private static JsonSchema? _schema;
    private static JsonSchema? _flat;
    private static readonly object Gate = new object();

    private static JsonSchema Schema(bool flat)
    {
        lock (Gate)
        {
            return flat ? _flat ??= Load(true) : _schema ??= Load(false);
        }
    }

    private static JsonSchema Load(bool flat) => JsonSchema.FromJsonAsync(RegistrySchema.Text(flat)).GetAwaiter().GetResult();

    /// <summary>Validates the tree against the schema of its form (<paramref name="flat"/>: schemas/parallel.flat.schema.json).</summary>
    public static void Validate(JToken root, string path, int max, List<ValidationRecord> records, bool flat = false)
    {
        ClampNumbers(root);
        var errors = Flatten(Schema(flat).Validate(root)).ToList();
        errors.Sort((a, b) => a.LineNumber != b.LineNumber ? a.LineNumber.CompareTo(b.LineNumber) : a.LinePosition.CompareTo(b.LinePosition));
        int shown = 0;
        foreach (var e in errors)
        {
            if (shown++ >= max) break;
            var jsonPath = (e.Path ?? "#").TrimStart('#', '/');
            records.Add(new ValidationRecord(DiagnosticSeverity.Error, ErrorCodes.SchemaViolation, Describe(e), path,
                e.HasLineInfo ? e.LineNumber : (int?)null, e.HasLineInfo ? e.LinePosition : (int?)null,
                AchievementIdAt(root, e.Path), Suggest(e, flat), jsonPath.Length == 0 ? "$" : jsonPath));
        }
        if (errors.Count > max)
            records.Add(new ValidationRecord(DiagnosticSeverity.Error, ErrorCodes.SchemaViolation,
                $"… and {errors.Count - max} more schema violations (the first {max} are listed).", path,
                suggestion: "Fix the ones listed and run Test-ParallelJson again."));
    }

    /// <summary>
    /// NJsonSchema reads every number it checks as a decimal, and throws for one a decimal cannot hold (a BigInteger,
    /// 1e300, an infinity). Such a number becomes the decimal nearest it, of the same JSON type, so that the schema's
    /// minimum and type still judge it; NumberOutOfRange reports the number itself.
    /// </summary>
    private static void ClampNumbers(JToken root)
    {
        const double limit = 7.9e28; // decimal.MaxValue is about 7.92e28
        var pending = new Stack<JToken>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var token = pending.Pop();
            if (token is JContainer container)
            {
                foreach (var child in container.Children()) pending.Push(child);
                continue;
            }
            if (token is not JValue v) continue;
            if (v.Type == JTokenType.Integer && v.Value is BigInteger big)
                v.Value = big.Sign < 0 ? long.MinValue : long.MaxValue;
            else if (v.Type == JTokenType.Float && v.Value is double d && !(Math.Abs(d) < limit))
                v.Value = double.IsNaN(d) ? 0d : Math.CopySign(limit, d);
        }
    }

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var e in errors)
        {
            if (e.Kind == ValidationErrorKind.NotAnyOf && RequiredOfAnyOf(e) != null) yield return e; // one finding: "'achievement_id' is required"
            else if (e is ChildSchemaValidationError child && child.Errors.Count > 0)
                foreach (var inner in Flatten(child.Errors.SelectMany(x => x.Value))) yield return inner;
            else yield return e;
        }
    }

    private static string Describe(ValidationError e)
    {
        var where = e.Path == null || e.Path == "#" ? "the document" : e.Path.TrimStart('#', '/');
        var name = e.Property ?? Last(where);
        switch (e.Kind)
        {
            case ValidationErrorKind.PropertyRequired: return $"'{e.Property}' is required at {Parent(where, e.Property)}.";
            case ValidationErrorKind.NotAnyOf when RequiredOfAnyOf(e) is { } names:
                return $"'{names[0]}' is required at {where}" + (names.Count > 1 ? $" (or '{string.Join("' or '", names.Skip(1))}')." : ".");
            case ValidationErrorKind.StringExpected: return $"{where} must be a string.";
            case ValidationErrorKind.NoTypeValidates when e is MultiTypeValidationError multi:
                return $"{where} must be {string.Join(" or ", multi.Errors.Keys.Select(k => k.ToString().ToLowerInvariant()))}.";
            case ValidationErrorKind.IntegerExpected: return $"{where} must be a whole number.";
            case ValidationErrorKind.NumberExpected: return $"{where} must be a number.";
            case ValidationErrorKind.ArrayExpected: return $"{where} must be an array.";
            case ValidationErrorKind.ObjectExpected: return $"{where} must be an object.";
            case ValidationErrorKind.NotInEnumeration: return $"{where} is not one of the allowed values.";
            case ValidationErrorKind.PatternMismatch when name == "execution_id" || where.Contains("sub_executions", StringComparison.Ordinal):
                return $"{where} is not an execution id such as \"2.1.1\" (the achievement's id and the execution's number).";
            case ValidationErrorKind.PatternMismatch: return name is "id" or "achievement_id" || where.Contains("dependencies") || where.Contains("blocks")
                ? $"{where} is not an achievement id such as \"1.1\"." : $"{where} does not match the expected pattern.";
            case ValidationErrorKind.DateTimeExpected: return $"{where} must be an ISO 8601 date-time such as 2025-11-13T10:00:00Z.";
            case ValidationErrorKind.StringTooShort: return $"{where} must not be empty.";
            case ValidationErrorKind.NumberTooSmall: return $"{where} is below the minimum.";
            default: return $"{where}: {e.Kind}.";
        }
    }

    /// <summary>The properties an anyOf of <c>required</c> lists asks for (one of them), when every branch failed only for that.</summary>
    private static List<string>? RequiredOfAnyOf(ValidationError e)
    {
        if (e is not ChildSchemaValidationError child || child.Errors.Count == 0) return null;
        var names = new List<string>();
        foreach (var branch in child.Errors.Values)
            foreach (var inner in branch)
            {
                if (inner.Kind != ValidationErrorKind.PropertyRequired || inner.Property == null) return null;
                if (!names.Contains(inner.Property)) names.Add(inner.Property);
            }
        return names.Count > 0 ? names : null;
    }

    private static string Suggest(ValidationError e, bool flat)
    {
        var schema = flat ? RegistrySchema.FlatFileName : RegistrySchema.FileName;
        switch (e.Kind)
        {
            case ValidationErrorKind.NotInEnumeration:
                return "Use one of: not_started, subplan_created, execution_created, in_progress, complete, failed, skipped (or leave status out: it is derived from the files).";
            case ValidationErrorKind.PropertyRequired:
                return $"Add \"{e.Property}\" (see {schema}).";
            case ValidationErrorKind.NotAnyOf when RequiredOfAnyOf(e) is { } names:
                return $"Add \"{names[0]}\" (see {schema}).";
            default:
                return $"See {schema} for the expected form.";
        }
    }

    private static string? AchievementIdAt(JToken root, string? schemaPath)
    {
        // "#/levels[0].achievements[2].dependencies[1]" → the id of levels[0].achievements[2], when there is one.
        if (schemaPath == null) return null;
        var p = schemaPath.TrimStart('#', '/');
        int i = p.IndexOf("achievements[", StringComparison.Ordinal);
        if (i < 0) return null;
        int end = p.IndexOf(']', i);
        if (end < 0) return null;
        try
        {
            var token = root.SelectToken(p.Substring(0, end + 1));
            return token is JObject o && (o["id"] ?? o["achievement_id"]) is JValue v && v.Type == JTokenType.String ? (string?)v.Value : null;
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }

    private static string Parent(string where, string? property)
    {
        if (where == "the document" || where == property) return "the document";
        if (property != null && where.EndsWith("." + property, StringComparison.Ordinal)) return where.Substring(0, where.Length - property.Length - 1);
        return where;
    }

    private static string Last(string where)
    {
        int dot = where.LastIndexOf('.');
        var last = dot >= 0 ? where.Substring(dot + 1) : where;
        int br = last.IndexOf('[');
        return br >= 0 ? last.Substring(0, br) : last;
    }
}
