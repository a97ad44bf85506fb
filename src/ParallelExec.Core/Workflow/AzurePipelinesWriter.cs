using System.Linq;
using YamlDotNet.RepresentationModel;
using static ParallelExec.Workflow.YamlNodes;

namespace ParallelExec.Workflow;

/// <summary>
/// A <see cref="WorkflowDefinition"/> as an Azure Pipelines pipeline: run by hand (no CI or PR trigger), one job per
/// achievement with <c>dependsOn</c> its dependencies (a failed job skips its dependents; "Rerun failed jobs" resumes),
/// and a final job that records the run. Job variables reach the scripts as environment variables.
/// </summary>
internal static class AzurePipelinesWriter
{
    public static string Write(WorkflowDefinition d, string header)
    {
        var jobs = new YamlSequenceNode(d.Jobs.Select(j => (YamlNode)Job(d, j)));
        jobs.Add(RecordJob(d));
        var root = Map()
            .With("trigger", "none")
            .With("pr", "none")
            .With("variables", Map().With("PARALLEL_PLAN", d.PlanPath))
            .With("jobs", jobs);
        return Save(root, header);
    }

    private static YamlMappingNode Job(WorkflowDefinition d, WorkflowJob job)
    {
        var node = Map().With("job", job.Key).With("displayName", job.DisplayName);
        if (job.Needs.Count > 0) node.With("dependsOn", List(job.Needs));
        var steps = new YamlSequenceNode(Map().With("checkout", "self"));
        AddInstall(d, steps);
        steps.Add(Pwsh("Write the prompt", WorkflowScripts.Prompt(d.Options)));
        steps.Add(Pwsh("Run " + job.Id, WorkflowScripts.Run(d.Options)));
        steps.Add(Pwsh("Record the result", WorkflowScripts.Result())
            .With("condition", "always()")
            .With("env", Map().With("PARALLEL_OUTCOME", "$(Agent.JobStatus)")));
        steps.Add(Map()
            .With("publish", "$(Agent.TempDirectory)/parallel")
            .With("artifact", WorkflowNames.ResultArtifact(job.Key))
            .With("displayName", "Publish the log and the result")
            .With("condition", "always()"));
        return node
            .With("pool", Map().With("vmImage", d.Options.RunsOn))
            .With("timeoutInMinutes", Number(d.Options.TimeoutMinutes))
            .With("variables", Map()
                .With("PARALLEL_ID", job.Id.ToString())
                .With("PARALLEL_TITLE", WorkflowNames.Inert(job.Title))
                .With("PARALLEL_BRANCH", job.Branch))
            .With("steps", steps);
    }

    private static YamlMappingNode RecordJob(WorkflowDefinition d)
    {
        var steps = new YamlSequenceNode(Map().With("checkout", "self"));
        AddInstall(d, steps);
        steps.Add(Map()
            .With("download", "current")
            .With("patterns", "**/" + WorkflowNames.ResultFileName)
            .With("displayName", "Download the results"));
        steps.Add(Pwsh("Record the run", WorkflowScripts.Record(d.Options, "$env:PIPELINE_WORKSPACE")));
        steps.Add(Map()
            .With("publish", d.RunsFolder)
            .With("artifact", WorkflowNames.RecordArtifact)
            .With("displayName", "Publish the run record"));
        return Map()
            .With("job", WorkflowNames.RecordJobKey)
            .With("displayName", "Record the run")
            .With("dependsOn", List(d.Jobs.Select(j => j.Key)))
            .With("condition", "always()")
            .With("pool", Map().With("vmImage", d.Options.RunsOn))
            .With("timeoutInMinutes", Number(d.Options.TimeoutMinutes))
            .With("variables", Map().With("PARALLEL_IDS", d.JobIds))
            .With("steps", steps);
    }

    private static void AddInstall(WorkflowDefinition d, YamlSequenceNode steps)
    {
        if (d.Options.ModulePath == null) steps.Add(Pwsh("Install ParallelExec", WorkflowScripts.Install));
    }

    private static YamlMappingNode Pwsh(string name, string script) => Map().With("pwsh", Script(script)).With("displayName", name);
}
