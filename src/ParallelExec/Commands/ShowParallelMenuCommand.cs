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
        while (true)
        {
            var menu = new ParallelMenu(plan);
            Render(menu, color);
            var option = ReadOption(menu);
            if (option == null) continue;
            var result = Act(menu, option);
            if (result.Exit) { Say(result.Message); return; }
            Say("");
            Say(result.Message);
            if (result.PromptText != null) Deliver(plan, result);
            Say("");
            Say("Press any key to return to the menu.");
            Host.UI.RawUI.ReadKey(ReadKeyOptions.NoEcho | ReadKeyOptions.IncludeKeyDown);
            plan = Reload(plan);
        }
    }

    /// <summary>The plan read again after an action; one that can no longer be read ends the menu with its error.</summary>
    private ParallelPlan Reload(ParallelPlan plan)
    {
        try
        {
            var result = PlanLoader.Load(plan.PlanPath, new PlanLoadOptions { Assumption = plan.Assumption });
            return result.Plans.FirstOrDefault(p => p.PlanPath == plan.PlanPath) ?? plan;
        }
        catch (ParallelExecException e)
        {
            ThrowTerminatingError(ErrorMapping.ToErrorRecord(e));
            throw; // not reached: ThrowTerminatingError throws
        }
    }

    private void Say(string text) => Host.UI.WriteLine(text);

    private void Render(ParallelMenu menu, bool color)
    {
        foreach (var line in menu.Screen())
        {
            if (line.Kind == MenuLineKind.Prompt) Host.UI.Write(line.Text);
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

    private MenuOption? ReadOption(ParallelMenu menu)
    {
        var key = Host.UI.RawUI.ReadKey(ReadKeyOptions.NoEcho | ReadKeyOptions.IncludeKeyDown);
        Say(key.Character.ToString());
        var option = menu.Find(key.Character);
        if (option == null)
        {
            Say($"'{key.Character}' is not an option.");
            return null;
        }
        return option;
    }

    private MenuResult Act(ParallelMenu menu, MenuOption option)
    {
        try
        {
            if (!option.Enabled) return menu.Run(option);
            switch (option.Action)
            {
                case MenuAction.ReadyExecution:
                {
                    var ready = menu.ReadyForExecution();
                    Say("Ready: " + string.Join(", ", ready.Select(a => $"{a.Id} {a.Title}")));
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
