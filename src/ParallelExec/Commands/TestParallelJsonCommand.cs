using System;
using System.Management.Automation;
using ParallelExec;
using ParallelExec.Diagnostics;
using ParallelExec.Input;
using ParallelExec.Output;
using ParallelExec.Plans;
using ParallelExec.Registry;

namespace ParallelExec.Commands;

/// <summary>
/// Checks parallel.json files: syntax, schema, graph, levels, paths and drift against the PLAN. Writes one Boolean per
/// file (with a Path note property saying which file, as Get-Content's lines carry PSPath), or with -Detailed the
/// findings, each with its Path. A path that names no file is an ErrorRecord.
/// </summary>
[Cmdlet(VerbsDiagnostic.Test, "ParallelJson", DefaultParameterSetName = PathSet)]
[OutputType(typeof(bool))]
[OutputType(typeof(ValidationRecord))]
public sealed class TestParallelJsonCommand : PSCmdlet
{
    private const string PathSet = "Path";
    private const string LiteralSet = "LiteralPath";

    [Parameter(Position = 0, ParameterSetName = PathSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Path { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = LiteralSet, ValueFromPipelineByPropertyName = true)]
    [Alias("PSPath", "LP")]
    [ValidateNotNullOrEmpty]
    public string[]? LiteralPath { get; set; }

    /// <summary>The PLAN to compare with (PlanDrift); by default a PLAN_*.md beside the registry.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Plan { get; set; }

    [Parameter]
    public SwitchParameter Detailed { get; set; }

    private string? _planPath;

    protected override void BeginProcessing()
    {
        if (Plan == null) return;
        try
        {
            _planPath = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Plan);
        }
        catch (Exception e) when (e is ItemNotFoundException || e is ProviderNotFoundException || e is DriveNotFoundException || e is PSArgumentException || e is NotSupportedException)
        {
            ThrowPlanNotFound(e);
        }
        if (System.IO.Directory.Exists(_planPath))
        {
            var plans = PlanLoader.FindPlanFiles(_planPath!, false, new System.Collections.Generic.List<PlanDiagnostic>());
            if (plans.Count != 1) ThrowPlanNotFound(null);
            _planPath = plans[0];
        }
        if (!System.IO.File.Exists(_planPath)) ThrowPlanNotFound(null);
    }

    private void ThrowPlanNotFound(Exception? inner)
    {
        ThrowTerminatingError(ErrorMapping.Error(ErrorCodes.ComparePlanNotFound,
            $"Cannot find the PLAN '{Plan}' (a PLAN_<NAME>.md file, or a folder holding exactly one).",
            "Give -Plan the PLAN file the registry belongs to.", Plan, inner));
    }

    protected override void ProcessRecord()
    {
        bool literal = ParameterSetName == LiteralSet;
        var paths = literal ? LiteralPath : Path;
        if (paths == null || paths.Length == 0) paths = new[] { PlanConventions.RegistryFileName };
        foreach (var path in PathResolver.Resolve(this, paths, literal || Path == null))
        {
            var target = System.IO.Directory.Exists(path) && System.IO.File.Exists(System.IO.Path.Combine(path, PlanConventions.RegistryFileName))
                ? System.IO.Path.Combine(path, PlanConventions.RegistryFileName) : path;
            System.Collections.Generic.List<ValidationRecord> records;
            try
            {
                records = RegistryValidator.Validate(target, new ValidationOptions { PlanPath = _planPath });
            }
            catch (ParallelExecException e)
            {
                WriteError(ErrorMapping.ToErrorRecord(e));
                continue;
            }
            GitHubAnnotations.WriteIfEnabled(this, records);
            bool valid = true;
            foreach (var r in records) if (r.SeverityValue == DiagnosticSeverity.Error) { valid = false; break; }
            if (!Detailed)
            {
                WriteObject(Verdict(valid, target));
                continue;
            }
            foreach (var r in records) WriteObject(r);
            if (records.Count == 0)
                WriteObject(new ValidationRecord(DiagnosticSeverity.Information, ErrorCodes.Valid,
                    "The registry is valid: schema, graph, levels, paths" + (_planPath != null || HasPlanBeside(target) ? " and PLAN agree." : " agree (no PLAN to compare with)."),
                    target));
        }
    }

    /// <summary>The Boolean of a file, with the file's path as a note property: a [bool] still (-is [bool], if, -not, -eq).</summary>
    private static PSObject Verdict(bool valid, string path)
    {
        var verdict = new PSObject(valid);
        verdict.Properties.Add(new PSNoteProperty("Path", path));
        return verdict;
    }

    private static bool HasPlanBeside(string registry)
    {
        var folder = System.IO.Path.GetDirectoryName(registry);
        return folder != null && PlanLoader.FindPlanFiles(folder, false, new System.Collections.Generic.List<PlanDiagnostic>()).Count == 1;
    }
}
