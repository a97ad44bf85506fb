using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Host;
using ParallelExec;
using ParallelExec.Diagnostics;
using ParallelExec.Input;
using ParallelExec.Menu;
using ParallelExec.Output;
using ParallelExec.Plans;
using ParallelExec.Registry;

namespace ParallelExec.Commands;

/// <summary>The seed's interactive PARALLEL EXECUTION MENU for one plan: progress per level and the options that make sense now.</summary>
[Cmdlet(VerbsCommon.Show, "ParallelMenu", DefaultParameterSetName = PathSet)]
[OutputType(typeof(void))]
public sealed class ShowParallelMenuCommand : PlanInputCommand
{
    /// <summary>No ANSI colour, even on a terminal.</summary>
    [Parameter]
    public SwitchParameter NoColor { get; set; }

    protected override void BeginProcessing()
    {
        if (Console.IsInputRedirected || Host?.UI?.RawUI == null || !Environment.UserInteractive || IsNonInteractiveHost())
        {
            ThrowTerminatingError(ErrorMapping.Error(ErrorCodes.MenuRequiresInteractiveHost,
                "Show-ParallelMenu needs an interactive terminal: input is redirected or the host is not interactive.",
                "Run it in an interactive pwsh, or use the batch cmdlets directly: Get-ParallelProgress, New-BatchSubplanPrompt, New-BatchExecutionPrompt, Show-ParallelGraph, Test-ParallelJson.",
                null));
        }
    }

    private static bool IsNonInteractiveHost()
    {
        foreach (var arg in Environment.GetCommandLineArgs())
            if (arg.Equals("-NonInteractive", StringComparison.OrdinalIgnoreCase) || arg.Equals("-noni", StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    protected override void EndProcessing()
    {
        if (Plans.Count != 1)
        {
            ThrowTerminatingError(ErrorMapping.Error(Plans.Count == 0 ? ErrorCodes.NoPlan : ErrorCodes.MenuNeedsOnePlan,
                Plans.Count == 0 ? "No plan was read." : $"The menu shows one plan; the input holds {Plans.Count}.",
                "Give one PLAN file or plan folder with -Path.", null));
        }
        bool color = Ansi.Enabled(this, NoColor.IsPresent);
        var plan = Plans[0];
        using var terminal = new MenuTerminal(Host.UI, plan.PlanRoot);
        terminal.Enter();
        string? note = null;
        while (true)
        {
            var menu = new ParallelMenu(plan);
            terminal.Clear();
            Render(menu, color, note);
            note = null;
            var key = terminal.ReadKey(() => Stopping);
            if (Stopping) return; // Ctrl+C: the terminal is restored by Dispose
            if (key == null || key.Value.Key == ConsoleKey.Enter)
            {
                plan = Reload(plan);
                note = key == null ? "The plan's files changed: progress read again." : "Read the plan's files again.";
                continue;
            }
            if (IsCtrlC(key.Value)) return; // read as a key where the terminal passes it on: leave as q does, restored
            var option = menu.Find(key.Value.KeyChar);
            if (option == null)
            {
                note = $"'{Printable(key.Value)}' is not an option.";
                continue;
            }
            if (option.Action == MenuAction.Refresh)
            {
                plan = Reload(plan);
                note = "Read the plan's files again.";
                continue;
            }
            Say(option.Key.ToString());
            var result = Act(menu, option, color);
            if (result.Exit)
            {
                terminal.Dispose();
                Say(result.Message);
                return;
            }
            terminal.Clear(); // the result is a screen of its own
            Say(result.Message);
            if (result.PromptText != null) Deliver(plan, result);
            Say("");
            Say("Press any key to return to the menu.");
            var any = terminal.ReadKey(() => Stopping);
            if (Stopping || (any is ConsoleKeyInfo k && IsCtrlC(k))) return;
            plan = Reload(plan);
        }
    }

    private static bool IsCtrlC(ConsoleKeyInfo key) =>
        key.KeyChar == '\u0003' || (key.Key == ConsoleKey.C && (key.Modifiers & ConsoleModifiers.Control) != 0);

    private static string Printable(ConsoleKeyInfo key) => char.IsControl(key.KeyChar) || key.KeyChar == '\0' ? key.Key.ToString() : key.KeyChar.ToString();

    /// <summary>The plan read again after an action; one that can no longer be read ends the menu with its error.</summary>
    private ParallelPlan Reload(ParallelPlan plan)
    {
        try
        {
            var result = PlanLoader.Load(plan.PlanPath, new PlanLoadOptions { Assumption = plan.AssumptionValue });
            return result.Plans.FirstOrDefault(p => p.PlanPath == plan.PlanPath) ?? plan;
        }
        catch (ParallelExecException e)
        {
            ThrowTerminatingError(ErrorMapping.ToErrorRecord(e));
            throw; // not reached: ThrowTerminatingError throws
        }
    }

    private void Say(string text) => Host.UI.WriteLine(text);

    /// <summary>The screen; <paramref name="note"/> (what the last key did) just above the prompt.</summary>
    private void Render(ParallelMenu menu, bool color, string? note)
    {
        foreach (var line in menu.Screen())
        {
            if (line.Kind == MenuLineKind.Prompt)
            {
                if (note != null) Say(color ? Ansi.Sgr(note, "33") : note);
                Host.UI.Write(line.Text);
            }
            else Say(Draw(line, color));
        }
    }

    /// <summary>A line with its kind's colour: a level's leaves its indentation plain, the others colour the whole line.</summary>
    private static string Draw(MenuLine line, bool color)
    {
        var code = color ? Colour(line.Kind) : null;
        if (code == null) return line.ToString();
        return line.Kind == MenuLineKind.LevelDone || line.Kind == MenuLineKind.LevelFailed
            ? new string(' ', line.Indent) + Ansi.Sgr(line.Text, code)
            : Ansi.Sgr(line.ToString(), code);
    }

    /// <summary>The SGR code of a kind: bold title, green done levels, red failures and problems, grey disabled options.</summary>
    private static string? Colour(MenuLineKind kind) => kind switch
    {
        MenuLineKind.Title => "1",
        MenuLineKind.LevelDone => "32",
        MenuLineKind.LevelFailed or MenuLineKind.Warning or MenuLineKind.Error => "31",
        MenuLineKind.DisabledOption => "90",
        _ => null,
    };

    private MenuResult Act(ParallelMenu menu, MenuOption option, bool color)
    {
        try
        {
            if (!option.Enabled) return menu.Run(option);
            switch (option.Action)
            {
                case MenuAction.CreateSubplans:
                case MenuAction.CreateExecutions:
                    Host.UI.Write($"Level (Enter for level {option.Level}), or achievement ids (1.2, 1.3): ");
                    return menu.Batch(option, Host.UI.ReadLine());
                case MenuAction.ViewGraph:
                    return new MenuResult(ColouredTree.Of(menu.Plan, color).TrimEnd('\n'));
                case MenuAction.ReadyExecution:
                {
                    var ready = menu.ReadyForExecution();
                    Say("Ready: " + string.Join(", ", ready.Select(a => $"{a.Key} {a.Title}")));
                    Host.UI.Write("Achievement id (Enter to go back): ");
                    var text = Host.UI.ReadLine();
                    if (string.IsNullOrWhiteSpace(text)) return new MenuResult("No achievement chosen.");
                    if (!AchievementId.TryParse(text?.Trim(), out var id)) return new MenuResult($"'{text}' is not an achievement id.");
                    return menu.ExecutionFor(id);
                }
                case MenuAction.SkipFailed:
                {
                    Host.UI.Write($"Why is {option.Target} skipped? ");
                    var reason = Host.UI.ReadLine();
                    if (string.IsNullOrWhiteSpace(reason)) return new MenuResult("Not skipped: a reason is needed.");
                    Host.UI.Write($"Skip {option.Target}? It writes its SKIPPED file, and its dependents may start; deleting that file undoes it. [y/N] ");
                    var sure = Host.UI.ReadLine();
                    if (!string.Equals(sure?.Trim(), "y", StringComparison.OrdinalIgnoreCase) && !string.Equals(sure?.Trim(), "yes", StringComparison.OrdinalIgnoreCase))
                        return new MenuResult($"Not skipped: {option.Target} stays failed.");
                    return menu.Skip(option.Target!.Value, reason, DateTime.UtcNow);
                }
                default:
                    return menu.Run(option);
            }
        }
        catch (ParallelExecException e)
        {
            return new MenuResult(e.Diagnostic.ErrorCode.Tag($"{e.Message} {e.Diagnostic.Suggestion}"));
        }
    }

    /// <summary>
    /// True where Set-Clipboard reaches a real clipboard: Windows and macOS, and Linux with xclip, xsel or wl-copy.
    /// (Elsewhere pwsh may only emit an OSC 52 sequence that no terminal is bound to honour, and the prompt would be lost.)
    /// </summary>
    private static bool HasClipboard()
    {
        if (!System.Runtime.InteropServices.RuntimeInformation.IsOSPlatform(System.Runtime.InteropServices.OSPlatform.Linux)) return true;
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(System.IO.Path.PathSeparator))
            foreach (var tool in new[] { "xclip", "xsel", "wl-copy" })
                if (dir.Length > 0 && File.Exists(System.IO.Path.Combine(dir, tool))) return true;
        return false;
    }

    /// <summary>To the clipboard when Set-Clipboard works here, else to &lt;plan root&gt;/.parallel/prompts/&lt;name&gt;.md.</summary>
    private void Deliver(ParallelPlan plan, MenuResult result)
    {
        if (HasClipboard())
        try
        {
            InvokeCommand.InvokeScript("param($t) Set-Clipboard -Value $t -ErrorAction Stop", true, System.Management.Automation.Runspaces.PipelineResultTypes.None, null, result.PromptText);
            Say($"The prompt ({result.PromptText!.Length} characters) is on the clipboard.");
            return;
        }
        catch (Exception e) when (e is RuntimeException || e is InvalidOperationException || e is System.ComponentModel.Win32Exception || e is PlatformNotSupportedException)
        {
            WriteVerbose($"Set-Clipboard failed: {e.Message}");
        }
        var folder = PlanConventions.PromptsFolder(plan.PlanRoot);
        var path = System.IO.Path.Combine(folder, result.PromptName + ".md");
        try
        {
            PlanPaths.RequireInside(plan.PlanRoot, path, "written"); // .parallel/ or prompts/ as a link elsewhere is refused
            Directory.CreateDirectory(folder);
            RegistryWriter.WriteAtomically(path, result.PromptText!, overwrite: true);
            Say($"No system clipboard here (xclip, xsel or wl-copy on Linux): the prompt was written to {path}");
        }
        catch (Exception e) when (e is ParallelExecException || e is IOException || e is UnauthorizedAccessException)
        {
            Say($"No system clipboard here (xclip, xsel or wl-copy on Linux), and the prompt could not be written to {path}: {e.Message}");
        }
    }
}
