using System;
using System.IO;
using System.Management.Automation;
using System.Text;
using ParallelExec.Diagnostics;

namespace ParallelExec.Output;

/// <summary>
/// -StepSummary: markdown for the CI run's page. Under GitHub Actions it is appended to $env:GITHUB_STEP_SUMMARY; under
/// Azure Pipelines ($env:TF_BUILD) it is written to a file that <c>##vso[task.uploadsummary]</c> attaches to the run;
/// elsewhere a StepSummaryUnavailable warning says so (the command's objects are written all the same).
/// </summary>
internal static class CiStepSummary
{
    private static readonly UTF8Encoding Utf8 = new UTF8Encoding(false);
    private static readonly string[] HostTags = { "PSHOST" };

    public static void Write(Cmdlet cmdlet, string markdown)
    {
        var summary = Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY");
        try
        {
            if (!string.IsNullOrEmpty(summary))
            {
                File.AppendAllText(summary, markdown.TrimEnd('\n') + "\n\n", Utf8);
                return;
            }
            if (string.Equals(Environment.GetEnvironmentVariable("TF_BUILD"), "True", StringComparison.OrdinalIgnoreCase))
            {
                var folder = Environment.GetEnvironmentVariable("AGENT_TEMPDIRECTORY") ?? Path.GetTempPath();
                var file = Path.Combine(folder, "parallel-summary-" + Guid.NewGuid().ToString("N") + ".md");
                File.WriteAllText(file, markdown, Utf8);
                HostLine(cmdlet, "##vso[task.uploadsummary]" + file);
                return;
            }
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            ErrorMapping.WriteWarning(cmdlet, ErrorCodes.StepSummaryUnavailable, $"The step summary could not be written ({e.Message}).");
            return;
        }
        ErrorMapping.WriteWarning(cmdlet, ErrorCodes.StepSummaryUnavailable,
            "-StepSummary writes to the CI run's page, and this is not a CI run ($env:GITHUB_STEP_SUMMARY and $env:TF_BUILD are not set).");
    }

    /// <summary>A line for the CI runner's log, as Write-Host writes it (the information stream, shown by the host).</summary>
    public static void HostLine(Cmdlet cmdlet, string line) =>
        cmdlet.WriteInformation(new HostInformationMessage { Message = line }, HostTags);
}
