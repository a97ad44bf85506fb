using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ParallelExec.Diagnostics;
using ParallelExec.Graph;
using ParallelExec.Plans;

namespace ParallelExec.Registry;

/// <summary>
/// Checks a parallel.json: JSON syntax, the schema (NJsonSchema), and what the schema cannot say — ids,
/// cycles, blocks mirrored by dependencies, levels that contradict dependencies, paths, and drift against the PLAN.
/// </summary>
public static partial class RegistryValidator
{
    internal sealed class Entry
    {
        public string IdText = "";
        public AchievementId Id;
        public bool ValidId;
        public string? Title;
        public int? Level;
        public string JsonPath = "";
        public int Line, Column;
        public List<(string Text, int Line, int Column)> Dependencies = new List<(string, int, int)>();
        public List<(string Text, int Line, int Column)>? Blocks;
        public List<(string Path, string Field, int Line, int Column)> Paths = new List<(string, string, int, int)>();
        public string? Status;
        /// <summary>estimated_hours, parsed as Get-ParallelPlan reads it (a string such as "2-3 hours", or a number).</summary>
        public EstimateRange? Estimate;
    }

    /// <summary>Validates one file. Throws <see cref="ParallelExecException"/> when the file itself cannot be read as a registry.</summary>
    public static List<ValidationRecord> Validate(string path, ValidationOptions? options = null)
    {
        options ??= new ValidationOptions();
        if (Directory.Exists(path))
            throw ParallelExecException.Create(ErrorCodes.RegistryIsDirectory,
                $"'{path}' is a folder, not a parallel.json file.", path, $"Give the file: {System.IO.Path.Combine(path, PlanConventions.RegistryFileName)}.");
        var diagnostics = new List<PlanDiagnostic>();
        var text = PlanText.Read(path, diagnostics, RegistryReader.MaxBytes, FileKind.Registry);
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

    internal static void ValidateText(string text, string path, ValidationOptions options, List<ValidationRecord> records)
    {
        int first = 0;
        while (first < text.Length && char.IsWhiteSpace(text[first])) first++;
        if (first == text.Length)
        {
            records.Add(new ValidationRecord(DiagnosticSeverity.Error, ErrorCodes.InvalidJson, "The file is empty.", path, 1, 1,
                suggestion: "Write the registry (New-ParallelDiscoveryPrompt asks an LLM for one; Export-ParallelJson writes one from the PLAN)."));
            return;
        }
        char c0 = text[first];
        if (c0 != '{' && c0 != '[' && c0 != '"' && c0 != '-' && !char.IsDigit(c0) && c0 != 't' && c0 != 'f' && c0 != 'n')
            throw ParallelExecException.Create(ErrorCodes.RegistryNotJson,
                $"'{path}' is not JSON at all (it starts with '{Printable(c0)}').", path,
                "Point at the plan's parallel.json; a PLAN is read with Get-ParallelPlan.");

        // Fast path: one streaming pass that checks the schema's rules by hand and collects the entries. It only
        // ever answers "clean"; anything it is not sure of (a violation, a duplicate key, the flat form, bad JSON)
        // goes the full way below, where NJsonSchema and Newtonsoft report it with their own words and positions.
        if (FastScan.TryCleanScan(text, out var fastEntries))
        {
            CheckAll(fastEntries!, legacy: false, rootLine: 1, path, options, records);
            return;
        }

        JToken root;
        try
        {
            using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Double, MaxDepth = 64 };
            root = JToken.ReadFrom(reader, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load, DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Ignore, CommentHandling = CommentHandling.Ignore });
            while (reader.Read())
                if (reader.TokenType != JsonToken.Comment)
                    throw new JsonReaderException("Additional text after the end of the JSON value.", reader.Path, reader.LineNumber, reader.LinePosition, null);
        }
        catch (JsonReaderException e)
        {
            records.Add(new ValidationRecord(DiagnosticSeverity.Error, ErrorCodes.InvalidJson, Trim(e.Message), path,
                e.LineNumber > 0 ? e.LineNumber : (int?)null, e.LinePosition > 0 ? e.LinePosition : (int?)null,
                suggestion: "Fix the JSON syntax at that line and column (a missing comma, quote or bracket is the usual cause)."));
            return;
        }

        FindDuplicateKeys(text, path, records);

        bool legacy = root is JObject o && o["levels"] == null && o["achievements"] is JArray;
        if (legacy)
        {
            records.Add(new ValidationRecord(DiagnosticSeverity.Warning, ErrorCodes.LegacyFormat,
                "This registry uses the older flat form (plan_name, achievements[] with achievement_id); it was read and checked, but it is not the schema's form.",
                path, LineOf(root), 1,
                suggestion: $"Convert it: Export-ParallelJson -Path '{path}' -Force writes the schema's form (levels computed from its dependencies)."));
        }
        else
        {
            SchemaCheck.Validate(root, path, options.MaxSchemaRecords, records);
        }

        var entries = CollectEntries(root, legacy);
        CheckAll(entries, legacy, LineOf(root) ?? 1, path, options, records);
    }

    private static void CheckAll(List<Entry> entries, bool legacy, int rootLine, string path, ValidationOptions options, List<ValidationRecord> records)
    {
        CheckSemantics(entries, legacy, path, records);
        CheckPaths(entries, path, records);
        CheckAgainstPlan(entries, rootLine, path, options, records);
    }

    internal static List<Entry> CollectEntries(JToken root, bool legacy)
    {
        var entries = new List<Entry>();
        if (root is not JObject obj) return entries;
        // JToken.Path walks to the root and searches each parent array: quadratic on a big registry.
        // The indices are known here, so the paths are written directly.
        void Add(JToken item, string idKey, int? level, string jsonPath)
        {
            if (item is not JObject a) return;
            var e = new Entry { JsonPath = jsonPath, Level = level };
            (e.Line, e.Column) = Pos(a);
            var idToken = a[idKey] ?? (legacy ? a["id"] : null);
            if (idToken is JValue idv && idv.Type == JTokenType.String)
            {
                e.IdText = (string)idv.Value!;
                e.ValidId = AchievementId.TryParse(e.IdText, out e.Id);
                (e.Line, e.Column) = Pos(idToken);
            }
            else if (idToken != null) e.IdText = idToken.ToString(Formatting.None);
            if (a["title"] is JValue t && t.Type == JTokenType.String) e.Title = (string?)t.Value;
            if (a["status"] is JValue s && s.Type == JTokenType.String) e.Status = (string?)s.Value;
            if (a["estimated_hours"] is JValue eh)
            {
                if (eh.Type == JTokenType.String) e.Estimate = EstimateParser.FromRegistry((string?)eh.Value);
                else if (eh.Type == JTokenType.Integer || eh.Type == JTokenType.Float) e.Estimate = EstimateParser.FromHours(Convert.ToDouble(eh.Value, System.Globalization.CultureInfo.InvariantCulture));
            }
            if (a["dependencies"] is JArray deps)
                foreach (var d in deps) if (d is JValue dv && dv.Type == JTokenType.String) { var (l, c) = Pos(d); e.Dependencies.Add(((string)dv.Value!, l, c)); }
            if (a["blocks"] is JArray blocks)
            {
                e.Blocks = new List<(string, int, int)>();
                foreach (var b in blocks) if (b is JValue bv && bv.Type == JTokenType.String) { var (l, c) = Pos(b); e.Blocks.Add(((string)bv.Value!, l, c)); }
            }
            if (a["subplan_path"] is JValue sp && sp.Type == JTokenType.String) { var (l, c) = Pos(sp); e.Paths.Add(((string)sp.Value!, "subplan_path", l, c)); }
            if (a["execution_paths"] is JArray eps)
                foreach (var p in eps) if (p is JValue pv && pv.Type == JTokenType.String) { var (l, c) = Pos(p); e.Paths.Add(((string)pv.Value!, "execution_paths", l, c)); }
            entries.Add(e);
        }
        if (legacy)
        {
            int k = 0;
            foreach (var item in (JArray)obj["achievements"]!) Add(item, "achievement_id", null, $"achievements[{k++}]");
        }
        else if (obj["levels"] is JArray levels)
        {
            int li = -1;
            foreach (var lt in levels)
            {
                li++;
                if (lt is not JObject lv || lv["achievements"] is not JArray items) continue;
                int? n = lv["level"] is JValue ln && ln.Type == JTokenType.Integer && long.TryParse(ln.ToString(), out var lnum) && lnum <= int.MaxValue && lnum >= int.MinValue ? (int)lnum : (int?)null;
                int ai = 0;
                foreach (var item in items) Add(item, "id", n, $"levels[{li}].achievements[{ai++}]");
            }
        }
        return entries;
    }

    private static void CheckSemantics(List<Entry> entries, bool legacy, string path, List<ValidationRecord> records)
    {
        // Ids: one entry per id; the first one is the one the graph uses.
        var byId = new Dictionary<AchievementId, Entry>();
        foreach (var e in entries)
        {
            if (!e.ValidId) continue; // the schema check names it
            if (byId.TryGetValue(e.Id, out var firstEntry))
            {
                records.Add(new ValidationRecord(DiagnosticSeverity.Error, ErrorCodes.DuplicateId,
                    $"Achievement {e.Id} is registered more than once (first at line {firstEntry.Line}).", path, e.Line, e.Column, e.IdText,
                    "Keep one entry per achievement and merge their dependencies.", e.JsonPath));
                continue;
            }
            byId[e.Id] = e;
        }
        // In id order, with sorted adjacency: the findings must not depend on the order of the entries.
        var unique = byId.Values.OrderBy(u => u.Id).ToList();
        var index = new Dictionary<AchievementId, int>(unique.Count);
        for (int i = 0; i < unique.Count; i++) index[unique[i].Id] = i;

        var deps = new List<int>[unique.Count];
        var depSets = new HashSet<AchievementId>[unique.Count];
        for (int i = 0; i < unique.Count; i++)
        {
            var e = unique[i];
            deps[i] = new List<int>(e.Dependencies.Count);
            depSets[i] = new HashSet<AchievementId>();
            foreach (var (text, line, column) in e.Dependencies)
            {
                if (!AchievementId.TryParse(text, out var d)) continue; // the schema check names it
                if (d == e.Id)
                {
                    records.Add(new ValidationRecord(DiagnosticSeverity.Error, ErrorCodes.SelfDependency, $"{e.Id} depends on itself.", path, line, column, e.IdText,
                        $"Remove \"{text}\" from the dependencies of {e.Id}.", e.JsonPath + ".dependencies"));
                    continue;
                }
                if (!index.TryGetValue(d, out var j))
                {
                    records.Add(new ValidationRecord(DiagnosticSeverity.Error, ErrorCodes.UnknownDependency,
                        $"{e.Id} depends on {text}, which the registry does not register.", path, line, column, e.IdText,
                        $"Register {text}, or correct the id (registered ids: {Sample(unique.Select(u => u.Id))}).", e.JsonPath + ".dependencies"));
                    continue;
                }
                if (depSets[i].Add(d)) deps[i].Add(j);
            }
        }
        for (int i = 0; i < unique.Count; i++)
        {
            var e = unique[i];
            if (e.Blocks == null) continue;
            foreach (var (text, line, column) in e.Blocks)
            {
                if (!AchievementId.TryParse(text, out var b)) continue;
                if (b == e.Id)
                {
                    records.Add(new ValidationRecord(DiagnosticSeverity.Error, ErrorCodes.SelfDependency, $"{e.Id} blocks itself.", path, line, column, e.IdText,
                        $"Remove \"{text}\" from the blocks of {e.Id}.", e.JsonPath + ".blocks"));
                    continue;
                }
                if (!index.TryGetValue(b, out var j))
                {
                    records.Add(new ValidationRecord(DiagnosticSeverity.Error, ErrorCodes.UnknownBlock,
                        $"{e.Id} blocks {text}, which the registry does not register.", path, line, column, e.IdText,
                        $"Register {text}, or correct the id.", e.JsonPath + ".blocks"));
                    continue;
                }
                if (!depSets[j].Contains(e.Id))
                    records.Add(new ValidationRecord(DiagnosticSeverity.Warning, ErrorCodes.BlocksMismatch,
                        $"{e.Id} says it blocks {b}, but {b} does not list {e.Id} under dependencies.", path, line, column, e.IdText,
                        $"Add \"{e.Id}\" to the dependencies of {b}, or remove \"{b}\" from the blocks of {e.Id}.", e.JsonPath + ".blocks"));
            }
        }
        // The reverse: a dependency whose entry keeps a blocks list that leaves this one out.
        for (int i = 0; i < unique.Count; i++)
        {
            var e = unique[i];
            foreach (var j in deps[i])
            {
                var d = unique[j];
                if (d.Blocks == null) continue;
                bool listed = false;
                foreach (var (text, _, _) in d.Blocks) if (AchievementId.TryParse(text, out var b) && b == e.Id) { listed = true; break; }
                if (!listed)
                {
                    var at = e.Dependencies.First(x => AchievementId.TryParse(x.Text, out var xi) && xi == d.Id);
                    records.Add(new ValidationRecord(DiagnosticSeverity.Warning, ErrorCodes.BlocksMismatch,
                        $"{e.Id} depends on {d.Id}, but the blocks of {d.Id} do not list {e.Id}.", path, at.Line, at.Column, e.IdText,
                        $"Add \"{e.Id}\" to the blocks of {d.Id} (or drop its blocks list: dependencies alone define the graph).", e.JsonPath + ".dependencies"));
                }
            }
        }

        // Cycles, each as a path with an edge to remove.
        var graph = new int[unique.Count][];
        for (int i = 0; i < unique.Count; i++) { deps[i].Sort(); graph[i] = deps[i].ToArray(); }
        var result = DependencyGraph.Level(graph);
        foreach (var cycle in result.Cycles)
        {
            var ids = cycle.Select(k => unique[k].Id).ToArray();
            var pathText = string.Join(" -> ", ids.Select(x => x.ToString()));
            // Suggest the edge most likely wrong: one that points forward in plan order (an achievement
            // depending on a later one); else the edge that closes the cycle.
            int cut = ids.Length - 2;
            for (int k = 0; k < ids.Length - 1; k++) if (ids[k] < ids[k + 1]) { cut = k; break; }
            var from = unique[cycle[cut]];
            var to = ids[cut + 1];
            var at = from.Dependencies.FirstOrDefault(x => AchievementId.TryParse(x.Text, out var xi) && xi == to);
            records.Add(new ValidationRecord(DiagnosticSeverity.Error, ErrorCodes.CircularDependency,
                $"Circular dependency ({ids.Length - 1} achievement{(ids.Length == 2 ? "" : "s")}): {pathText} (each depends on the next).",
                path, at.Line > 0 ? at.Line : from.Line, at.Line > 0 ? at.Column : from.Column, from.IdText,
                $"Remove the dependency {from.Id} -> {to} (remove \"{to}\" from the dependencies of {from.Id}), or restructure so that one of them no longer needs the other.",
                from.JsonPath + ".dependencies"));
        }

        if (legacy) return;
        // Registered levels against the dependencies.
        var sameLevel = new SortedDictionary<int, List<string>>();
        for (int i = 0; i < unique.Count; i++)
        {
            var e = unique[i];
            if (e.Level == null) continue;
            foreach (var j in deps[i])
            {
                var d = unique[j];
                if (d.Level == null) continue;
                if (d.Level == e.Level)
                {
                    if (!sameLevel.TryGetValue(e.Level.Value, out var list)) sameLevel[e.Level.Value] = list = new List<string>();
                    list.Add($"{e.Id} -> {d.Id}");
                }
                else if (d.Level > e.Level)
                {
                    var at = e.Dependencies.First(x => AchievementId.TryParse(x.Text, out var xi) && xi == d.Id);
                    records.Add(new ValidationRecord(DiagnosticSeverity.Error, ErrorCodes.LevelOrder,
                        $"{e.Id} is in level {e.Level} but depends on {d.Id}, which is in the later level {d.Level}.", path, at.Line, at.Column, e.IdText,
                        $"Move {e.Id} to a level after {d.Level}, or let Export-ParallelJson recompute the levels.", e.JsonPath));
                }
            }
        }
        foreach (var kv in sameLevel)
        {
            var firstInLevel = unique.First(u => u.Level == kv.Key);
            records.Add(new ValidationRecord(DiagnosticSeverity.Error, ErrorCodes.LevelContainsDependency,
                $"Level {kv.Key} holds achievements that depend on each other ({string.Join(", ", kv.Value)}), so they cannot run at the same time.",
                path, firstInLevel.Line, firstInLevel.Column, null,
                $"Move each dependent achievement to a later level (Export-ParallelJson computes the levels from the dependencies).", $"levels[level={kv.Key}]"));
        }
    }

    private static void CheckPaths(List<Entry> entries, string path, List<ValidationRecord> records)
    {
        var root = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        foreach (var e in entries)
            foreach (var (p, field, line, column) in e.Paths)
            {
                if (p.Length == 0) continue;
                var resolved = PlanPaths.Resolve(root, p, out var problem);
                if (resolved == null)
                {
                    records.Add(new ValidationRecord(DiagnosticSeverity.Error, ErrorCodes.PathOutsidePlan,
                        $"{field} of {e.IdText} is \"{Shorten(p)}\": {problem}", path, line, column, e.IdText,
                        "Give the path relative to the plan folder (for example subplans/SUBPLAN_<NAME>_11.md).", e.JsonPath + "." + field));
                    continue;
                }
                if (!File.Exists(resolved))
                    records.Add(new ValidationRecord(DiagnosticSeverity.Warning, ErrorCodes.MissingFile,
                        $"{field} of {e.IdText} names \"{Shorten(p)}\", which does not exist.", path, line, column, e.IdText,
                        field == "subplan_path" ? "Create the SUBPLAN, or set subplan_path to null until it exists." : "Create the file, or remove it from execution_paths.",
                        e.JsonPath + "." + field));
            }
    }

    private static void CheckAgainstPlan(List<Entry> entries, int rootLine, string path, ValidationOptions options, List<ValidationRecord> records)
    {
        string? planPath = options.PlanPath;
        if (planPath == null && options.FindPlan)
        {
            var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
            var found = PlanLoader.FindPlanFiles(folder, false, new List<PlanDiagnostic>());
            if (found.Count == 1) planPath = found[0];
        }
        if (planPath == null) return;
        ParallelPlan plan;
        var diagnostics = new List<PlanDiagnostic>();
        try
        {
            plan = PlanLoader.LoadPlan(planPath, null, new PlanLoadOptions { IgnoreRegistry = true, Assumption = DependencyAssumption.Independent }, diagnostics);
        }
        catch (ParallelExecException e)
        {
            records.Add(new ValidationRecord(DiagnosticSeverity.Warning, ErrorCodes.PlanUnreadable, $"The PLAN to compare with could not be read: {e.Message}", path,
                suggestion: e.Diagnostic.Suggestion));
            return;
        }
        if (plan.Achievements.Count == 0) return;
        string planFile = System.IO.Path.GetFileName(planPath);

        var registered = new Dictionary<AchievementId, Entry>();
        foreach (var e in entries) if (e.ValidId && !registered.ContainsKey(e.Id)) registered[e.Id] = e;
        // Registry edges: dependencies, plus blocks read in reverse (both say the same thing when consistent).
        var registryDeps = new Dictionary<AchievementId, SortedSet<AchievementId>>();
        foreach (var e in registered.Values)
        {
            var set = Get(registryDeps, e.Id);
            foreach (var (t, _, _) in e.Dependencies) if (AchievementId.TryParse(t, out var d) && d != e.Id) set.Add(d);
            if (e.Blocks != null)
                foreach (var (t, _, _) in e.Blocks) if (AchievementId.TryParse(t, out var b) && b != e.Id) Get(registryDeps, b).Add(e.Id);
        }

        foreach (var a in plan.Achievements)
        {
            if (!registered.TryGetValue(a.Id, out var e))
            {
                records.Add(new ValidationRecord(DiagnosticSeverity.Warning, ErrorCodes.PlanDrift,
                    $"The PLAN ({planFile}) defines {a.Id} \"{a.Title}\", which the registry does not register.", path, rootLine, 1, a.Id.ToString(),
                    $"Register {a.Id} in a level after its dependencies, or regenerate the registry with Export-ParallelJson."));
                continue;
            }
            if (e.Title != null && a.Title.Length > 0 && Normalize(e.Title) != Normalize(a.Title))
                records.Add(new ValidationRecord(DiagnosticSeverity.Information, ErrorCodes.PlanDrift,
                    $"{a.Id} is titled \"{e.Title}\" here and \"{a.Title}\" in the PLAN.", path, e.Line, e.Column, e.IdText,
                    "Use the PLAN's title in the registry.", e.JsonPath + ".title"));
            // A single number inside the PLAN's range (often its middle: 3.5 for 3-4h) agrees with it.
            if (e.Estimate != null && a.EstimatedHours != null && !e.Estimate.Equals(a.EstimatedHours)
                && !(e.Estimate.Min == e.Estimate.Max && e.Estimate.Min >= a.EstimatedHours.Min && e.Estimate.Max <= a.EstimatedHours.Max))
                records.Add(new ValidationRecord(DiagnosticSeverity.Warning, ErrorCodes.PlanDrift,
                    $"{a.Id} is estimated {e.Estimate} here and {a.EstimatedHours} in the PLAN; the PLAN's estimate is the one measured.", path, e.Line, e.Column, e.IdText,
                    "Use the PLAN's estimate in the registry (Export-ParallelJson writes it, and recomputes parallelization_strategy from it).", e.JsonPath + ".estimated_hours"));
            // Only what the PLAN declares (Dependencies and Blocks lines) is compared: assumed edges are not claims.
            var planDeps = new SortedSet<AchievementId>(a.DependencyEdges.Where(x => (x.Provenance & (EdgeProvenance.Declared | EdgeProvenance.Blocks)) != 0).Select(x => x.To));
            bool planDeclares = planDeps.Count > 0 || a.DeclaresDependencies;
            if (!planDeclares) continue;
            var regDeps = registryDeps.TryGetValue(a.Id, out var rd) ? rd : new SortedSet<AchievementId>();
            if (!planDeps.SetEquals(regDeps))
            {
                string List(SortedSet<AchievementId> s) => s.Count == 0 ? "nothing" : string.Join(", ", s);
                records.Add(new ValidationRecord(DiagnosticSeverity.Warning, ErrorCodes.PlanDrift,
                    $"The PLAN ({planFile}) declares that {a.Id} depends on {List(planDeps)}; the registry has it depending on {List(regDeps)}.",
                    path, e.Line, e.Column, e.IdText,
                    a.DependenciesLine > 0
                        ? $"Make the two agree: edit the registry's dependencies of {a.Id}, or the PLAN's Dependencies line (line {a.DependenciesLine})."
                        : $"Make the two agree: edit the registry's dependencies of {a.Id}, or give its definition in the PLAN (line {a.Line}) a Dependencies line.",
                    e.JsonPath + ".dependencies"));
            }
        }
        // StatusDrift: a stored status is a snapshot; the files decide.
        var statusById = new Dictionary<AchievementId, AchievementStatusInfo>();
        foreach (var info in plan.Statuses) statusById[info.Id] = info;
        foreach (var e in registered.Values)
        {
            if (e.Status == null || !AchievementStatus.TryParse(e.Status, out var stored) || stored == null) continue;
            if (!statusById.TryGetValue(e.Id, out var live) || live.Status.Equals(stored)) continue;
            var evidence = live.Evidence.Length == 0 ? "no SUBPLAN, EXECUTION_TASK or feedback file"
                : string.Join(", ", live.Evidence.Select(System.IO.Path.GetFileName).Take(3)) + (live.Evidence.Length > 3 ? ", …" : "");
            records.Add(new ValidationRecord(DiagnosticSeverity.Warning, ErrorCodes.StatusDrift,
                $"The registry stores {e.Id} as {stored}; the files say {live.Status} ({evidence}).", path, e.Line, e.Column, e.IdText,
                "Status is derived from the files (Get-AchievementStatus): remove the stored status, or update it.", e.JsonPath + ".status"));
        }

        foreach (var e in registered.Values)
            if (plan.Find(e.Id) == null)
                records.Add(new ValidationRecord(DiagnosticSeverity.Warning, ErrorCodes.PlanDrift,
                    $"The registry registers {e.Id}, which the PLAN ({planFile}) does not define.", path, e.Line, e.Column, e.IdText,
                    $"Remove {e.Id} from the registry, or define it in the PLAN.", e.JsonPath));
    }

    private static SortedSet<AchievementId> Get(Dictionary<AchievementId, SortedSet<AchievementId>> map, AchievementId id)
    {
        if (!map.TryGetValue(id, out var set)) map[id] = set = new SortedSet<AchievementId>();
        return set;
    }

    /// <summary>Streams the text once more to find keys written twice in one object (JToken keeps only one).</summary>
    private static void FindDuplicateKeys(string text, string path, List<ValidationRecord> records)
    {
        using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None, MaxDepth = 64 };
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
                        var keysNew = pool.Count > 0 ? pool.Pop() : new List<string>(8);
                        keysNew.Clear();
                        stack.Add(keysNew);
                        break;
                    case JsonToken.StartArray: stack.Add(null); break;
                    case JsonToken.EndObject:
                    case JsonToken.EndArray:
                        if (stack.Count > 0)
                        {
                            var top = stack[stack.Count - 1];
                            stack.RemoveAt(stack.Count - 1);
                            if (top != null) pool.Push(top);
                        }
                        break;
                    case JsonToken.PropertyName:
                        var keys = stack.Count > 0 ? stack[stack.Count - 1] : null;
                        if (keys == null) break;
                        var name = (string)reader.Value!;
                        bool seen = false;
                        if (keys.Count < 32) { foreach (var k in keys) if (string.Equals(k, name, StringComparison.Ordinal)) { seen = true; break; } }
                        else seen = keys.Contains(name);
                        if (!seen) keys.Add(name);
                        else if (reported++ < 50)
                            records.Add(new ValidationRecord(DiagnosticSeverity.Error, ErrorCodes.DuplicateKey,
                                $"The key \"{Shorten(name)}\" appears twice in one object; JSON readers disagree on which one counts.",
                                path, reader.LineNumber, reader.LinePosition, null, "Keep one of the two.", reader.Path));
                        break;
                }
            }
        }
        catch (JsonReaderException)
        {
            // Already reported as InvalidJson by the first pass.
        }
    }

    internal static (int Line, int Column) Pos(JToken t) =>
        t is IJsonLineInfo li && li.HasLineInfo() ? (li.LineNumber, li.LinePosition) : (0, 0);

    private static int? LineOf(JToken t) { var (l, _) = Pos(t); return l > 0 ? l : (int?)null; }

    private static string Normalize(string s) => TitleCleaner.StripMarkup(s).Trim().TrimEnd('.').ToLowerInvariant();

    private static string Sample(IEnumerable<AchievementId> ids)
    {
        var list = ids.Take(11).Select(i => i.ToString()).ToList();
        return list.Count > 10 ? string.Join(", ", list.Take(10)) + ", …" : string.Join(", ", list);
    }

    internal static string Shorten(string s) => s.Length <= 120 ? s : s.Substring(0, 100) + $"… ({s.Length} characters)";

    private static string Trim(string message)
    {
        // Newtonsoft appends "Path '…', line N, position M." — the record carries those.
        int i = message.IndexOf(" Path '", StringComparison.Ordinal);
        if (i < 0) i = message.IndexOf(", line ", StringComparison.Ordinal);
        return (i > 0 ? message.Substring(0, i) : message).Trim();
    }

    private static string Printable(char c) => c < ' ' ? $"U+{(int)c:X4}" : c.ToString();
}
