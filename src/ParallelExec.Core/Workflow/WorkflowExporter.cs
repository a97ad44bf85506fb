namespace ParallelExec.Workflow;

/// <summary>
/// The front Export-ParallelWorkflow calls: a definition to YAML text for its target. Its signatures hold only the
/// module's types, so YamlDotNet is loaded when a workflow is first written, not when the module is imported.
/// </summary>
internal static class WorkflowExporter
{
    public static string ToYaml(WorkflowDefinition definition)
    {
        var header = "# Written by Export-ParallelWorkflow from " + WorkflowNames.Inert(definition.PlanPath) + " (" + definition.Jobs.Count +
            " jobs). Export again after the plan changes; edits here are lost.\n";
        return definition.Options.Target == WorkflowTarget.GitHubActions
            ? GitHubWorkflowWriter.Write(definition, header)
            : AzurePipelinesWriter.Write(definition, header);
    }
}
