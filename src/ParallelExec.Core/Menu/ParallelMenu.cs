using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ParallelExec.Diagnostics;
using ParallelExec.Graph;
using ParallelExec.Plans;
using ParallelExec.Prompts;
using ParallelExec.Registry;
using ParallelExec.Status;

namespace ParallelExec.Menu;

/// <summary>
/// The interactive menu's state and logic, without a console: the header, the problems and failures to show, the
/// options that make sense now, and what each option does. Show-ParallelMenu renders it and reads keys.
/// </summary>
internal sealed class ParallelMenu
{
    private static readonly char[] IdSeparators = { ',', ' ', ';' };
    private readonly ParallelPlan _plan;
    private readonly Dictionary<AchievementId, AchievementStatusInfo> _status;

    /// <summary>The parallel.json beside the PLAN, used or not.</summary>
    private readonly string? _registryFile;

    /// <summary>Why a parallel.json beside the PLAN could not be used (the PLAN was read without it).</summary>
    private readonly ValidationRecord[] _registryUnusable;

    public ParallelMenu(ParallelPlan plan)
    {
        _plan = plan;
        _status = plan.Statuses.ToDictionary(s => s.Key);
        var beside = Path.Combine(Path.GetDirectoryName(plan.PlanPath) ?? ".", PlanConventions.RegistryFileName);
        _registryFile = plan.RegistryPath ?? (File.Exists(beside) ? beside : null);
        _registryUnusable = plan.RegistryPath == null && _registryFile != null
            ? RegistryValidator.Validate(_registryFile).Where(f => f.SeverityValue == DiagnosticSeverity.Error).ToArray()
            : Array.Empty<ValidationRecord>();
        Options = BuildOptions();
    }

    public ParallelPlan Plan => _plan;
    public IReadOnlyList<MenuOption> Options { get; }

    public MenuOption? Find(char key) => Options.FirstOrDefault(o => char.ToLowerInvariant(o.Key) == char.ToLowerInvariant(key));

    /// <summary>The menu's whole first screen, line by line, as Show-ParallelMenu prints it (and colours it by kind).</summary>
    public MenuLine[] Screen() => MenuScreen.Of(Header(), Problems(), Failures(), MenuScreen.Options(Options));

    /// <summary>The title, the plan and the progress per level ("Level 1 (3/3 complete)").</summary>
    public MenuLine[] Header() => MenuScreen.Header(_plan);

    /// <summary>An invalid parallel.json or a cycle: what is wrong and how to fix it (Warning lines, each with its code).</summary>
    public MenuLine[] Problems() => MenuScreen.Problems(_plan, _registryUnusable);

    /// <summary>The failed achievements (a FIX without APPROVED) with what each blocks, and the recovery options; none without failures.</summary>
    public MenuLine[] Failures() => MenuScreen.Failures(_plan);

    private AchievementStatusInfo? Failed => _plan.Statuses.FirstOrDefault(s => s.StatusValue.Equals(AchievementStatus.Failed));

    private IEnumerable<IGrouping<int, Achievement>> Levels() =>
        _plan.Achievements.Where(a => (a.Level ?? a.Wave).HasValue).GroupBy(a => (a.Level ?? a.Wave)!.Value).OrderBy(g => g.Key);

    private MenuOption[] BuildOptions()
    {
        var options = new List<MenuOption>();
        string? cycle = _plan.CycleKeys.Count > 0 ? $"the plan has a circular dependency ({string.Join(" -> ", _plan.CycleKeys[0].Select(i => i.ToString()))})" : null;

        // 1: SUBPLANs for the first level that still needs some.
        int? subLevel = null;
        foreach (var g in Levels())
            if (PromptBuilder.Subplans(_plan, g.ToArray(), new PromptOptions()).Prompts.Length > 0) { subLevel = g.Key; break; }
        options.Add(cycle != null
            ? new MenuOption('1', MenuAction.CreateSubplans, "Create SUBPLANs for the next level", cycle)
            : subLevel.HasValue
                ? new MenuOption('1', MenuAction.CreateSubplans, $"Create SUBPLANs for level {subLevel}", level: subLevel)
                : new MenuOption('1', MenuAction.CreateSubplans, "Create SUBPLANs for the next level", "every achievement that can have one has a SUBPLAN"));

        // 2: EXECUTIONs for the first level whose SUBPLANs exist and that still needs some.
        int? execLevel = null;
        foreach (var g in Levels())
            if (PromptBuilder.Executions(_plan, g.ToArray(), new PromptOptions()).Prompts.Length > 0) { execLevel = g.Key; break; }
        options.Add(cycle != null
            ? new MenuOption('2', MenuAction.CreateExecutions, "Create EXECUTIONs for the next level", cycle)
            : execLevel.HasValue
                ? new MenuOption('2', MenuAction.CreateExecutions, $"Create EXECUTIONs for level {execLevel}", level: execLevel)
                : new MenuOption('2', MenuAction.CreateExecutions, "Create EXECUTIONs for the next level", "no level has its SUBPLANs written and EXECUTIONs missing"));

        // 3: the execution prompt of one ready achievement.
        var ready = ReadyForExecution();
        options.Add(ready.Length > 0
            ? new MenuOption('3', MenuAction.ReadyExecution, $"Execution prompt for a ready achievement ({string.Join(", ", ready.Select(a => a.Key.ToString()))})")
            : new MenuOption('3', MenuAction.ReadyExecution, "Execution prompt for a ready achievement", cycle ?? "no achievement is ready with a SUBPLAN and without its EXECUTION"));

        options.Add(new MenuOption('4', MenuAction.ViewGraph, "View the dependency graph"));
        options.Add(_registryFile != null
            ? new MenuOption('5', MenuAction.Validate, "Validate parallel.json")
            : new MenuOption('5', MenuAction.Validate, "Validate parallel.json", "the plan has no parallel.json (option 6 or 7 creates one)"));
        options.Add(new MenuOption('6', MenuAction.DiscoveryPrompt, "Discovery prompt to (re)generate parallel.json"));
        options.Add(_registryFile == null && cycle == null
            ? new MenuOption('7', MenuAction.ExportRegistry, "Export parallel.json from the PLAN")
            : new MenuOption('7', MenuAction.ExportRegistry, "Export parallel.json from the PLAN",
                cycle ?? "parallel.json exists; Export-ParallelJson -Force replaces it"));

        var failed = Failed;
        if (failed != null)
        {
            options.Add(new MenuOption('f', MenuAction.RetryFailed, $"Retry {failed.Key}: its fix prompt", target: failed.Key));
            options.Add(new MenuOption('s', MenuAction.SkipFailed, $"Skip {failed.Key} (Skip-Achievement)", target: failed.Key));
            options.Add(new MenuOption('c', MenuAction.ContinueWithRest, $"Continue with the rest (leave {failed.Key} failed)", target: failed.Key));
        }
        options.Add(new MenuOption('r', MenuAction.Refresh, "Refresh: read the plan's files again"));
        options.Add(new MenuOption('h', MenuAction.Help, "Help"));
        options.Add(new MenuOption('q', MenuAction.Exit, "Exit"));
        return options.ToArray();
    }

    /// <summary>Achievements an execution prompt can be made for now: ready, with a written SUBPLAN, without their EXECUTION yet.</summary>
    public Achievement[] ReadyForExecution()
    {
        if (_plan.CycleKeys.Count > 0) return Array.Empty<Achievement>();
        var candidates = _plan.Statuses.Where(s => s.ReadinessValue == Readiness.Ready || s.ReadinessValue == Readiness.Running).Select(s => s.Achievement).ToArray();
        if (candidates.Length == 0) return candidates;
        var result = PromptBuilder.Executions(_plan, candidates, new PromptOptions());
        return result.Prompts.SelectMany(p => p.Achievements).Distinct().OrderBy(a => a.Key).ToArray();
    }

    /// <summary>Runs an option that needs no further input.</summary>
    public MenuResult Run(MenuOption option)
    {
        if (!option.Enabled) return new MenuResult($"{option.Label} is disabled: {option.DisabledReason}.");
        switch (option.Action)
        {
            case MenuAction.CreateSubplans:
            {
                var level = Levels().First(g => g.Key == option.Level).ToArray();
                var r = PromptBuilder.Subplans(_plan, level, new PromptOptions());
                return Prompt(r, $"SUBPLAN prompt for level {option.Level}", $"subplans-level-{option.Level}");
            }
            case MenuAction.CreateExecutions:
            {
                var level = Levels().First(g => g.Key == option.Level).ToArray();
                var r = PromptBuilder.Executions(_plan, level, new PromptOptions());
                return Prompt(r, $"EXECUTION prompt for level {option.Level}", $"executions-level-{option.Level}");
            }
            case MenuAction.ViewGraph:
                return new MenuResult(GraphRenderer.TreeText(_plan));
            case MenuAction.Validate:
            {
                var findings = RegistryValidator.Validate(_registryFile!);
                if (findings.Count == 0) return new MenuResult($"{_registryFile} is valid: no findings.");
                return new MenuResult(string.Join("\n", findings.Select(f => $"{f.SeverityValue} [{f.Code}] {f.Message}" + (f.Line.HasValue ? $" (line {f.Line})" : "") + (string.IsNullOrEmpty(f.Suggestion) ? "" : " Fix: " + f.Suggestion))));
            }
            case MenuAction.DiscoveryPrompt:
            {
                var p = PromptBuilder.Discovery(_plan);
                return new MenuResult("Discovery prompt for parallel.json", p.Text, "discovery");
            }
            case MenuAction.ExportRegistry:
            {
                var path = Path.Combine(Path.GetDirectoryName(_plan.PlanPath)!, PlanConventions.RegistryFileName);
                PlanPaths.RequireInside(_plan.PlanRoot, path, "written"); // a parallel.json that links out of the plan is refused
                RegistryWriter.WriteAtomically(path, RegistryWriter.ToJson(_plan), overwrite: false);
                return new MenuResult($"Wrote {path}.");
            }
            case MenuAction.RetryFailed:
                return new MenuResult($"Fix prompt for {option.Target}", FixPrompt(option.Target!.Value), $"fix-{option.Target}");
            case MenuAction.ContinueWithRest:
                return new MenuResult($"{option.Target} stays failed; achievements that do not depend on it go on (options 1-3).");
            case MenuAction.Refresh:
                return new MenuResult("Read the plan's files again.");
            case MenuAction.Help:
                return new MenuResult(HelpText);
            case MenuAction.Exit:
                return new MenuResult("Bye.", exit: true);
            default:
                return new MenuResult($"{option.Label} needs more input.");
        }
    }

    /// <summary>
    /// Option 1 or 2 for a chosen level, or for chosen ids: <paramref name="answer"/> is empty (the option's level), a
    /// level number, or ids separated by commas or spaces.
    /// </summary>
    public MenuResult Batch(MenuOption option, string? answer)
    {
        var text = (answer ?? "").Trim();
        bool subplans = option.Action == MenuAction.CreateSubplans;
        var kind = subplans ? "SUBPLAN" : "EXECUTION";
        Achievement[] chosen;
        string what, name;
        if (text.Length == 0 || (!text.Contains('.') && int.TryParse(text, out _)))
        {
            int level = text.Length == 0 ? option.Level ?? 0 : int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
            chosen = Levels().Where(g => g.Key == level).SelectMany(g => g).ToArray();
            if (chosen.Length == 0) return new MenuResult($"The plan has no level {text}; levels: {string.Join(", ", Levels().Select(g => g.Key))}.");
            (what, name) = ($"{kind} prompt for level {level}", $"{kind.ToLowerInvariant()}s-level-{level}");
        }
        else
        {
            var ids = new List<Achievement>();
            foreach (var part in text.Split(IdSeparators, StringSplitOptions.RemoveEmptyEntries))
            {
                if (!AchievementId.TryParse(part, out var id)) return new MenuResult($"'{part}' is neither a level nor an achievement id.");
                var a = _plan.Find(id);
                if (a == null) return new MenuResult($"The plan has no achievement {id}.");
                ids.Add(a);
            }
            chosen = ids.ToArray();
            var list = string.Join(", ", chosen.Select(a => a.Key.ToString()));
            (what, name) = ($"{kind} prompt for {list}", $"{kind.ToLowerInvariant()}s-{string.Join("-", chosen.Select(a => a.Key.ToString()))}");
        }
        var r = subplans ? PromptBuilder.Subplans(_plan, chosen, new PromptOptions()) : PromptBuilder.Executions(_plan, chosen, new PromptOptions());
        return Prompt(r, what, name);
    }

    /// <summary>The execution prompt of one ready achievement.</summary>
    public MenuResult ExecutionFor(AchievementId id)
    {
        var a = ReadyForExecution().FirstOrDefault(x => x.Key.Equals(id));
        if (a == null) return new MenuResult($"{id} is not ready for an execution prompt (ready: {string.Join(", ", ReadyForExecution().Select(x => x.Key.ToString()))}).");
        var r = PromptBuilder.Executions(_plan, new[] { a }, new PromptOptions());
        return Prompt(r, $"EXECUTION prompt for {id}", $"execution-{id}");
    }

    /// <summary>Skips the failed achievement (Skip-Achievement's file).</summary>
    public MenuResult Skip(AchievementId id, string reason, DateTime now)
    {
        var a = _plan.Find(id);
        if (a == null) return new MenuResult($"The plan has no achievement {id}.");
        var path = AchievementSkipper.Write(a, reason, force: false, now);
        return new MenuResult($"Skipped {id}: wrote {path}. To undo the skip, delete that file (Remove-Item '{path}').");
    }

    /// <summary>The fix prompt: the FIX file's findings and the EXECUTION it refers to.</summary>
    public string FixPrompt(AchievementId id)
    {
        var info = _status[id];
        var sb = new StringBuilder();
        sb.Append("# Fix achievement ").Append(id).Append(": ").Append(info.Title).Append("\n\n");
        sb.Append("The review of achievement ").Append(id).Append(" of plan ").Append(_plan.Name).Append(" asked for fixes. Address every finding below in the work of its EXECUTION_TASK, update the EXECUTION_TASK, then ask for the review again (APPROVED_")
          .Append(id.FileSuffix).Append(".md when it passes).\n\n");
        foreach (var fix in info.FeedbackPaths.Where(p => PlanConventions.IsUnresolvedFixName(Path.GetFileName(p))))
        {
            sb.Append("## Findings (").Append(PromptBuilder.Relative(_plan, fix)).Append(")\n\n");
            sb.Append(ReadText(fix).TrimEnd()).Append("\n\n");
        }
        var executions = info.ExecutionPaths.OrderBy(p => p, StringComparer.Ordinal).ToArray();
        foreach (var exec in executions)
        {
            sb.Append("## EXECUTION_TASK (").Append(PromptBuilder.Relative(_plan, exec)).Append(")\n\n");
            sb.Append(ReadText(exec).TrimEnd()).Append("\n\n");
        }
        if (executions.Length == 0)
            sb.Append("## EXECUTION_TASK\n\nNo EXECUTION_TASK file was found for ").Append(id).Append("; start from its SUBPLAN.\n\n");
        var resolution = PromptBuilder.Relative(_plan, PlanConventions.ResolutionPath(info.Achievement));
        sb.Append("## When the fixes are done\n\nWrite ").Append(resolution)
          .Append(": for each finding, what was changed and where. That file tells the status rules that the fix was resolved (")
          .Append(id).Append(" is then in progress again, no longer failed, until the review writes APPROVED_").Append(id.FileSuffix).Append(".md).\n");
        return sb.ToString();
    }

    private static string ReadText(string path)
    {
        try
        {
            // A regular file only, capped while read: a FIFO or a device named like a task must not block the menu.
            var text = SafeFileReader.TryReadText(path, 256 * 1024, out var problem);
            return text ?? $"({path} cannot be shown: {problem}; open it directly.)";
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            return $"({path} cannot be read: {e.Message})";
        }
    }

    private static MenuResult Prompt(BatchResult r, string what, string name)
    {
        if (r.Prompts.Length == 0)
            return new MenuResult($"Nothing to ask for: {string.Join("; ", r.Skipped.Select(s => s.ToString()))}.");
        var text = string.Join("\n\n", r.Prompts.Select(p => p.Text));
        var skipped = r.Skipped.Length == 0 ? "" : $" Left out: {string.Join("; ", r.Skipped.Select(s => s.ToString()))}.";
        var ids = string.Join(", ", r.Prompts.SelectMany(p => p.Achievements).Select(a => a.Key.ToString()));
        // "EXECUTION prompt for 1.2", not "... for 1.2 (1.2)": the ids are listed only when the title does not end with them.
        var title = what.EndsWith(" " + ids, StringComparison.Ordinal) ? what : $"{what} ({ids})";
        return new MenuResult($"{title}.{skipped}", text, name);
    }

    public const string HelpText =
        "1 and 2 make one prompt for a whole level: the SUBPLANs of the next level that needs them, or the EXECUTION_TASKs of a level whose SUBPLANs exist.\n" +
        "3 makes the execution prompt of one ready achievement. 4 shows the dependency graph. 5 validates parallel.json (Test-ParallelJson's findings).\n" +
        "6 makes the discovery prompt that (re)generates parallel.json; 7 writes parallel.json from the PLAN when there is none.\n" +
        "1 and 2 ask for a level (Enter: the one shown) or achievement ids (1.2, 1.3). r (or Enter) reads the files again by hand; the menu also follows them by itself.\n" +
        "When an achievement failed (a FIX without APPROVED): f gives its fix prompt, s skips it after asking (SKIPPED file), c goes on with the rest.\n" +
        "Prompts go to the clipboard when there is one, else to <plan root>/.parallel/prompts/<name>.md; the menu says which. q exits.";
}
