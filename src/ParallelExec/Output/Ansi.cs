using System;
using System.Management.Automation;
using ParallelExec;

namespace ParallelExec.Output;

/// <summary>ANSI colour for terminal output: off under NO_COLOR, for redirected output, plain-text rendering or a downstream command.</summary>
internal static class Ansi
{
    public static bool Enabled(PSCmdlet cmdlet, bool noColor)
    {
        if (noColor) return false;
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))) return false;
        if (Console.IsOutputRedirected) return false;
        var inv = cmdlet.MyInvocation;
        if (inv.PipelinePosition < inv.PipelineLength) return false;
        try
        {
            var style = cmdlet.SessionState.PSVariable.GetValue("PSStyle");
            var rendering = style?.GetType().GetProperty("OutputRendering")?.GetValue(style)?.ToString();
            if (string.Equals(rendering, "PlainText", StringComparison.OrdinalIgnoreCase)) return false;
        }
        catch (Exception e) when (e is System.Reflection.TargetInvocationException || e is InvalidOperationException)
        {
            return false;
        }
        return cmdlet.Host?.UI?.SupportsVirtualTerminal == true;
    }

    public static string Paint(string text, AchievementStatus? status, bool dim)
    {
        string code;
        if (status == null) code = "1";
        else if (dim) code = "2";
        else if (status == AchievementStatus.Complete) code = "32";
        else if (status == AchievementStatus.Failed) code = "31";
        else if (status == AchievementStatus.Skipped) code = "90";
        else if (status == AchievementStatus.InProgress) code = "33";
        else if (status == AchievementStatus.SubplanCreated || status == AchievementStatus.ExecutionCreated) code = "36";
        else code = "0";
        return code == "0" ? text : Sgr(text, code);
    }

    /// <summary>The text in one SGR style ("1" bold, "31" red …), reset after it.</summary>
    public static string Sgr(string text, string code) => "\u001b[" + code + "m" + text + "\u001b[0m";
}
