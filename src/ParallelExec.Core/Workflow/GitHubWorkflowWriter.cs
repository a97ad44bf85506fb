using System.Linq;
using YamlDotNet.RepresentationModel;
using static ParallelExec.Workflow.YamlNodes;

namespace ParallelExec.Workflow;

/// <summary>
/// A <see cref="WorkflowDefinition"/> as a GitHub Actions workflow: started by hand (workflow_dispatch), one job per
/// achievement with <c>needs:</c> its dependencies (a failed job skips its dependents; "Re-run failed jobs" resumes), and
/// a final job that records the run.
/// </summary>
internal static class GitHubWorkflowWriter
{
    private const string Checkout = "actions/checkout@v4";
    private const string Upload = "actions/upload-artifact@v4";
    private const string Download = "actions/download-artifact@v4";

    public static string Write(WorkflowDefinition d, string header)
    {
        var jobs = Map();
        foreach (var job in d.Jobs) jobs.With(job.Key, Job(d, job));
        jobs.With(WorkflowNames.RecordJobKey, RecordJob(d));
        var root = Map()
            .With("name", WorkflowNames.WorkflowName(d.PlanName))
            .With("on", Map().With("workflow_dispatch", Map()))
            // {Branch} in -Run means the step pushes the achievement's branch: it needs to write the repository's contents.
            .With("permissions", Map().With("contents", d.Options.Run.Contains("{Branch}", System.StringComparison.Ordinal) ? "write" : "read"))
            .With("env", Map().With("PARALLEL_PLAN", d.PlanPath))
            .With("jobs", jobs);
        return Save(root, header);
    }

    private static YamlMappingNode Job(WorkflowDefinition d, WorkflowJob job)
    {
        var node = Map().With("name", job.DisplayName);
        if (job.Needs.Count > 0) node.With("needs", List(job.Needs));
        var steps = new YamlSequenceNode(Map().With("uses", Checkout));
        AddInstall(d, steps);
        steps.Add(Pwsh("Write the prompt", WorkflowScripts.Prompt(d.Options)));
        steps.Add(Pwsh("Run " + job.Id, WorkflowScripts.Run(d.Options), id: "run"));
        steps.Add(Pwsh("Record the result", WorkflowScripts.Result(), condition: "always()",
            env: Map().With("PARALLEL_OUTCOME", "${{ steps.run.outcome }}")));
        steps.Add(Map()
            .With("name", "Upload the log and the result")
            .With("if", "always()")
            .With("uses", Upload)
            .With("with", Map()
                .With("name", WorkflowNames.ResultArtifact(job.Key))
                .With("path", "${{ runner.temp }}/parallel")
                .With("if-no-files-found", "warn")));
        return node
            .With("runs-on", d.Options.RunsOn)
            .With("timeout-minutes", Number(d.Options.TimeoutMinutes))
            .With("env", Map()
                .With("PARALLEL_ID", job.Id.ToString())
                .With("PARALLEL_TITLE", WorkflowNames.Inert(job.Title))
                .With("PARALLEL_BRANCH", job.Branch))
            .With("steps", steps);
    }

    private static YamlMappingNode RecordJob(WorkflowDefinition d)
    {
        var steps = new YamlSequenceNode(Map().With("uses", Checkout));
        AddInstall(d, steps);
        steps.Add(Map()
            .With("name", "Download the results")
            .With("uses", Download)
            .With("with", Map()
                .With("pattern", WorkflowNames.ResultArtifactPrefix + "*")
                .With("path", "${{ runner.temp }}/parallel-results")));
        steps.Add(Pwsh("Record the run", WorkflowScripts.Record(d.Options, "Join-Path $env:RUNNER_TEMP 'parallel-results'")));
        steps.Add(Map()
            .With("name", "Upload the run record")
            .With("uses", Upload)
            .With("with", Map()
                .With("name", WorkflowNames.RecordArtifact)
                .With("path", d.RunsFolder)
                .With("if-no-files-found", "warn")));
        return Map()
            .With("name", "Record the run")
            .With("needs", List(d.Jobs.Select(j => j.Key)))
            .With("if", "always()")
            .With("runs-on", d.Options.RunsOn)
            .With("timeout-minutes", Number(d.Options.TimeoutMinutes))
            .With("env", Map().With("PARALLEL_IDS", d.JobIds))
            .With("steps", steps);
    }

    private static void AddInstall(WorkflowDefinition d, YamlSequenceNode steps)
    {
        if (d.Options.ModulePath == null) steps.Add(Pwsh("Install ParallelExec", WorkflowScripts.Install));
    }

    private static YamlMappingNode Pwsh(string name, string script, string? id = null, string? condition = null, YamlMappingNode? env = null)
    {
        var step = Map().With("name", name);
        if (id != null) step.With("id", id);
        if (condition != null) step.With("if", condition);
        step.With("shell", "pwsh");
        if (env != null) step.With("env", env);
        return step.With("run", Script(script));
    }
}
