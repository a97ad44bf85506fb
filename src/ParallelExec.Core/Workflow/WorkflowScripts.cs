using System.Text;

namespace ParallelExec.Workflow;

/// <summary>
/// The PowerShell of each step of an exported workflow (the same for both engines). Values from the PLAN reach the
/// scripts only through environment variables (PARALLEL_ID, PARALLEL_TITLE …), so a title is never code; the
/// placeholders of -Run become references to them.
/// </summary>
internal static class WorkflowScripts
{
    /// <summary>Every step's first lines: the job's folder (in the runner's temporary folder) and its prompt file.</summary>
    private const string Prelude =
        "$env:PARALLEL_OUT = Join-Path ($env:RUNNER_TEMP ?? $env:AGENT_TEMPDIRECTORY ?? [IO.Path]::GetTempPath()) 'parallel'\n" +
        "$env:PARALLEL_PROMPT_FILE = Join-Path $env:PARALLEL_OUT 'prompt.md'\n" +
        "$null = New-Item -ItemType Directory -Force -Path $env:PARALLEL_OUT\n";

    /// <summary>The placeholders of -Run and what each becomes.</summary>
    public static readonly (string Placeholder, string Value)[] Placeholders =
    {
        ("{Id}", "$env:PARALLEL_ID"),
        ("{Title}", "$env:PARALLEL_TITLE"),
        ("{PlanPath}", "$env:PARALLEL_PLAN"),
        ("{PromptFile}", "$env:PARALLEL_PROMPT_FILE"),
        ("{Branch}", "$env:PARALLEL_BRANCH"),
    };

    /// <summary>-Run with its placeholders replaced (anything else in braces is left as it is: a script block, say).</summary>
    public static string Expand(string run)
    {
        var sb = new StringBuilder(run);
        foreach (var (placeholder, value) in Placeholders) sb.Replace(placeholder, value);
        return sb.ToString();
    }

    /// <summary>Installs the module from the PowerShell Gallery unless the runner has it already.</summary>
    public const string Install =
        "if (-not (Get-Module -ListAvailable -Name ParallelExec)) {\n" +
        "    Install-PSResource -Name ParallelExec -Scope CurrentUser -TrustRepository -Quiet\n" +
        "}\n";

    /// <summary>Writes the achievement's prompt: its SUBPLAN prompt, or its EXECUTION_TASK prompt once a SUBPLAN exists.</summary>
    public static string Prompt(WorkflowOptions options) => Prelude + Import(options) +
        "$status = Get-AchievementStatus -LiteralPath $env:PARALLEL_PLAN -Id $env:PARALLEL_ID\n" +
        "$prompt = if ($status.SubplanPath) {\n" +
        "    New-BatchExecutionPrompt -LiteralPath $env:PARALLEL_PLAN -Id $env:PARALLEL_ID -ErrorAction SilentlyContinue\n" +
        "} else {\n" +
        "    New-BatchSubplanPrompt -LiteralPath $env:PARALLEL_PLAN -Id $env:PARALLEL_ID -ErrorAction SilentlyContinue\n" +
        "}\n" +
        "$text = if ($prompt) { $prompt -join \"`n`n\" } else { \"Continue Achievement $env:PARALLEL_ID of $env:PARALLEL_PLAN ($($status.Detail)).\" }\n" +
        "Set-Content -LiteralPath $env:PARALLEL_PROMPT_FILE -Value $text -Encoding utf8\n" +
        "Write-Host \"Prompt for $env:PARALLEL_ID written to $env:PARALLEL_PROMPT_FILE ($($text.Length) characters).\"\n";

    /// <summary>Runs -Run in pwsh, its output also in the job's log; the step fails when it throws or exits non-zero.</summary>
    public static string Run(WorkflowOptions options) => Prelude +
        "[DateTime]::UtcNow.ToString('o') | Set-Content -LiteralPath (Join-Path $env:PARALLEL_OUT 'started.txt')\n" +
        "$global:LASTEXITCODE = 0\n" +
        "& {\n" + Expand(options.Run).Replace("\r\n", "\n").TrimEnd('\n') + "\n} *>&1 | Tee-Object -LiteralPath (Join-Path $env:PARALLEL_OUT '" + WorkflowNames.LogFileName + "')\n" +
        "if ($LASTEXITCODE) { exit $LASTEXITCODE }\n";

    /// <summary>
    /// Writes the job's result file (the run record's entry for one achievement: docs/ci.md) from the run step's outcome,
    /// PARALLEL_OUTCOME (GitHub: success, failure, cancelled, skipped; Azure: Succeeded, SucceededWithIssues, Failed, Canceled).
    /// </summary>
    public static string Result() => Prelude +
        "$started = Get-Content -LiteralPath (Join-Path $env:PARALLEL_OUT 'started.txt') -ErrorAction Ignore\n" +
        "$result = switch -Regex ($env:PARALLEL_OUTCOME) {\n" +
        "    '^(success|Succeeded|SucceededWithIssues)$' { 'succeeded'; break }\n" +
        "    '^(cancelled|Canceled)$' { 'cancelled'; break }\n" +
        "    default { 'failed' }\n" +
        "}\n" +
        "[ordered]@{\n" +
        "    achievement  = $env:PARALLEL_ID\n" +
        "    title        = $env:PARALLEL_TITLE\n" +
        "    result       = $result\n" +
        "    attempts     = [int]($env:GITHUB_RUN_ATTEMPT ?? $env:SYSTEM_JOBATTEMPT ?? 1)\n" +
        "    started_at   = $started\n" +
        "    completed_at = [DateTime]::UtcNow.ToString('o')\n" +
        "    log_path     = '" + WorkflowNames.LogFileName + "'\n" +
        "    branch       = $env:PARALLEL_BRANCH\n" +
        "    error        = if ($result -ne 'succeeded') { \"The run step ended: $env:PARALLEL_OUTCOME.\" } else { $null }\n" +
        "} | ConvertTo-Json | Set-Content -LiteralPath (Join-Path $env:PARALLEL_OUT '" + WorkflowNames.ResultFileName + "') -Encoding utf8\n";

    /// <summary>The final job: the results of every job into a run record under the plan's .parallel/runs, and a step summary.</summary>
    public static string Record(WorkflowOptions options, string resultsFolder) => Import(options) +
        "$results = " + resultsFolder + "\n" +
        "$record = Save-ParallelRunRecord -LiteralPath $env:PARALLEL_PLAN -ResultPath $results -Id ($env:PARALLEL_IDS -split ' ') -StepSummary\n" +
        "$record | Format-List | Out-Host\n" +
        "$null = Measure-ParallelPlan -LiteralPath $env:PARALLEL_PLAN -StepSummary\n";

    /// <summary>The line that imports the module: by name (installed) or from its manifest in the repository.</summary>
    public static string Import(WorkflowOptions options) => options.ModulePath == null
        ? "Import-Module ParallelExec\n"
        : "Import-Module -Name (Join-Path $PWD " + Quote(options.ModulePath) + ")\n";

    /// <summary>A PowerShell single-quoted string.</summary>
    public static string Quote(string text) => "'" + text.Replace("'", "''") + "'";
}
