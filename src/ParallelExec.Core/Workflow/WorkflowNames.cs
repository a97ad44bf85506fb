using System.Text;
using ParallelExec.Run;

namespace ParallelExec.Workflow;

/// <summary>The names an exported workflow uses: job keys, display names, file names, artifacts, environment variables.</summary>
internal static class WorkflowNames
{
    public const string DefaultRunsOn = "ubuntu-latest";
    public const int DefaultTimeoutMinutes = 60;

    /// <summary>The final job, which records the run: no achievement's key can be it (those start with <c>a_</c>).</summary>
    public const string RecordJobKey = "record_run";

    /// <summary>The artifact the final job uploads: the run record, for <c>.parallel/runs</c>.</summary>
    public const string RecordArtifact = "parallel-run-record";

    /// <summary>Each job's result file (inside its artifact), read by Save-ParallelRunRecord.</summary>
    public const string ResultFileName = "result.json";

    /// <summary>Each job's log (inside its artifact).</summary>
    public const string LogFileName = "log.txt";

    /// <summary>The prefix of every job's artifact, <c>parallel-result-a_2_1</c>.</summary>
    public const string ResultArtifactPrefix = "parallel-result-";

    /// <summary>A job key both engines accept (letters, digits, underscores): 2.1 → <c>a_2_1</c>, 1.1.1 → <c>a_1_1_1</c>.</summary>
    public static string JobKey(AchievementId id) => "a_" + id.ToString().Replace('.', '_');

    /// <summary>What a person reads: <c>2.1 Parser Speed</c>.</summary>
    public static string DisplayName(AchievementId id, string title) =>
        Inert(string.IsNullOrWhiteSpace(title) ? id.ToString() : id + " " + title.Trim());

    public static string ResultArtifact(string jobKey) => ResultArtifactPrefix + jobKey;

    /// <summary>The branch an achievement works on, as Invoke-ParallelPlan -Worktree names it.</summary>
    public static string Branch(string planName, AchievementId id) => GitWorktrees.BranchName(planName, id);

    /// <summary>The default file, relative to the repository root.</summary>
    public static string DefaultFile(WorkflowTarget target, string planName) => target == WorkflowTarget.GitHubActions
        ? ".github/workflows/parallel-" + FileStem(planName) + ".yml"
        : "azure-pipelines.parallel-" + FileStem(planName) + ".yml";

    /// <summary>The workflow's name: <c>parallel PLAN-NAME</c>.</summary>
    public static string WorkflowName(string planName) => Inert("parallel " + planName);

    /// <summary>
    /// Text from a PLAN made inert for both engines: GitHub evaluates <c>${{ }}</c> and Azure <c>$( )</c>, <c>$[ ]</c> in
    /// every string of a workflow, so a title holding them would run as an expression. A space after the <c>$</c> keeps
    /// the words and drops the meaning; line breaks become spaces.
    /// </summary>
    public static string Inert(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r' || c == '\n') { sb.Append(' '); continue; }
            sb.Append(c);
            if (c == '$' && i + 1 < text.Length && (text[i + 1] == '{' || text[i + 1] == '(' || text[i + 1] == '[')) sb.Append(' ');
        }
        return sb.ToString();
    }

    /// <summary>A plan name as a file name part: lower case, letters, digits and dashes.</summary>
    private static string FileStem(string planName)
    {
        var sb = new StringBuilder(planName.Length);
        foreach (char c in planName.ToLowerInvariant()) sb.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        var s = sb.ToString().Trim('-');
        return s.Length == 0 ? "plan" : s;
    }
}
