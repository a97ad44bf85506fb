@{
    Synopsis    = 'Writes a plan as a GitHub Actions workflow or an Azure Pipelines pipeline: one job per achievement still to do.'
    Description = @'
Export-ParallelWorkflow hands a plan to a CI engine that already schedules jobs across machines. Each achievement still to do becomes one job, named so a person can read it (a_2_1, display name "2.1 Parser Speed"), whose needs: (GitHub Actions) or dependsOn (Azure Pipelines) are its dependencies among the jobs, from the plan's graph. Jobs without a dependency start at once; a failed job skips its dependents, and the engine's "re-run failed jobs" is a resume.

Complete and skipped achievements (their status derived from the files, as Get-AchievementStatus derives it) are left out and the edges to them dropped; -IncludeComplete keeps them. -Level and -Id (or piped achievements) export part of a plan: edges to achievements outside the export are dropped too. Write-set conflicts (two achievements that may run at once and whose declared files overlap, as Get-ParallelConflict reports them) give the later job a serialising needs on the earlier one; -IgnoreConflicts leaves them out.

Each job checks out the repository, installs the module from the PowerShell Gallery (or imports it from -ModulePath in the repository), writes the achievement's prompt with the module (its SUBPLAN prompt, or its EXECUTION_TASK prompt once a SUBPLAN exists), runs -Run in pwsh and uploads its log and a small result file as the artifact parallel-result-<job>. A final job, record_run, downloads the results, writes a run record in Invoke-ParallelPlan's format with Save-ParallelRunRecord (so Measure-ParallelPlan reads what the CI run really took), writes a step summary and uploads the record as the artifact parallel-run-record.

-Run is PowerShell. Its placeholders {Id}, {Title}, {PlanPath}, {PromptFile} and {Branch} become references to environment variables ($env:PARALLEL_ID …), so that text from the PLAN never becomes code; a title holding ${{ }} or $( ) is made inert. Other braces (script blocks) are left alone.

The YAML is written with YamlDotNet. The file goes to .github/workflows/parallel-<plan>.yml or azure-pipelines.parallel-<plan>.yml at the root of the git repository holding the plan, or to -OutFile, which must be a file-system path inside that repository. It is written atomically (a temporary file renamed over the target), never over an existing file without -Force; -WhatIf shows what would be written. A plan with a dependency cycle is refused with the cycle (CircularDependency).
'@
    Parameters  = @{
        Path            = 'Plans to export: a PLAN file, a plan folder or a parallel.json. Wildcards are expanded.'
        LiteralPath     = 'Like -Path, without wildcard expansion. Bound from PSPath of pipeline objects.'
        InputObject     = 'Achievements from Get-ParallelPlan, or objects that name one (statuses of Get-AchievementStatus, results of Invoke-ParallelPlan, Test-ParallelJson -Detailed records with an Id, any object with PlanPath and Id): only those become jobs (status derived afresh from the files).'
        Assume          = 'With -Path: how to fill in dependencies the PLAN does not declare (Sequential, PriorityTier, Independent), as for Get-ParallelPlan.'
        Level           = 'Export only the achievements of these levels; edges to the others are dropped.'
        Id              = 'Export only these achievements (MAJOR.MINOR); edges to the others are dropped.'
        Target          = 'The CI engine: GitHubActions (a workflow started by hand, workflow_dispatch) or AzurePipelines (a pipeline with no CI or PR trigger).'
        Run             = 'The PowerShell step that does an achievement''s work (an agent CLI, a script), with the placeholders {Id}, {Title}, {PlanPath}, {PromptFile} and {Branch}. It fails the job when it throws or exits non-zero. With {Branch}, the GitHub workflow asks for contents: write so that the step can push the achievement''s branch.'
        OutFile         = 'Where to write instead of the default path; a file-system path inside the plan''s repository. Only for a single plan.'
        RunsOn          = 'The runner label (GitHub runs-on) or hosted image (Azure pool.vmImage) of every job. Default: ubuntu-latest.'
        TimeoutMinutes  = 'The time limit of each job, in minutes (GitHub timeout-minutes, Azure timeoutInMinutes). Default: 60.'
        ModulePath      = 'Import the module from this manifest in the repository (relative to the current folder, as the path to a built module committed there) instead of installing ParallelExec from the PowerShell Gallery.'
        IncludeComplete = 'Keep complete and skipped achievements as jobs (their -Run runs again).'
        Force           = 'Replace an existing workflow file.'
        IgnoreConflicts = 'Give jobs that write the same files no serialising needs. By default the later of two such jobs by (level, id) gets an extra needs on the earlier one: an order, not a dependency on its result (when the earlier fails, the later is skipped as a dependent would be). See docs/reference/scheduling.md.'
    }
    Inputs      = @(
        @{ Type = 'ParallelExec.Achievement'; Description = 'Achievements from Get-ParallelPlan, or objects that name one by PlanPath and Id (ParallelExec.AchievementStatusInfo, ParallelExec.RunResult, ParallelExec.ValidationRecord).' }
        @{ Type = 'System.String'; Description = 'Paths, by property name (Path, PSPath).' }
    )
    Outputs     = @(
        @{ Type = 'ParallelExec.WorkflowExport'; Description = 'The file written, with its jobs, their dependencies and the achievements left out.' }
    )
    Notes       = 'ErrorIds: CircularDependency, WorkflowNotInRepository, WorkflowOutsideRepository, WorkflowPathNotFileSystem, WorkflowExists (no -Force), WorkflowNothingToRun, OutFileForManyPlans, RegistryWriteFailed. docs/ci.md shows the workflow and the jobs that validate a registry on each pull request.'
    Examples    = @(
        @{
            Title   = 'A GitHub Actions workflow that gives each achievement to an agent'
            Code    = 'Export-ParallelWorkflow -Path ./work-space/plans/MY-PLAN -Target GitHubActions -Run ''my-agent --prompt-file "{PromptFile}" --branch "{Branch}"'''
            Remarks = 'Writes .github/workflows/parallel-my-plan.yml: one job per achievement still to do, needs: from the dependencies, and a final job that records the run. Start it from the Actions tab (workflow_dispatch).'
        }
        @{
            Title   = 'An Azure pipeline of one level, shown first'
            Code    = 'Get-ParallelPlan ./PLAN_MY-PLAN.md | Where-Object Level -eq 2 | Export-ParallelWorkflow -Target AzurePipelines -Run ''./tools/work.ps1 -Id {Id}'' -WhatIf'
            Remarks = 'Shows where azure-pipelines.parallel-my-plan.yml would be written and how many jobs it holds; drop -WhatIf to write it.'
        }
    )
    Links       = @('Save-ParallelRunRecord', 'Invoke-ParallelPlan', 'Measure-ParallelPlan', 'Test-ParallelJson', 'about_ParallelExec')
}
