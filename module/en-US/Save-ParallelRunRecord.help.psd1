@{
    Synopsis    = 'Records a CI run of an exported workflow as a run record, so Measure-ParallelPlan reads its real times.'
    Description = @'
Save-ParallelRunRecord is what the final job of an Export-ParallelWorkflow workflow runs. Each job of that workflow uploads a small result file (result.json: the achievement, its result, its start and end, its log; docs/ci.md shows the format); downloaded into one folder, they become a run record in the plan's .parallel/runs, written by the same writer and in the same format as Invoke-ParallelPlan's. Measure-ParallelPlan then shows what the CI run really took (LastRun: work time against wall-clock time).

The result files are read from -ResultPath itself and from its parallel-result-* folders (one per job artifact). Every achievement named by -Id without a result is recorded as blocked: its job never ran, because a dependency failed or the run was cancelled. A result file that cannot be read, or names no achievement of the plan, is reported (RunResultUnreadable) and left out.

-StepSummary also writes the run as a markdown table to the CI run's summary ($env:GITHUB_STEP_SUMMARY, or an Azure Pipelines summary). -WhatIf writes nothing.
'@
    Parameters  = @{
        Path        = 'The plan the run belongs to: a PLAN file, a plan folder or a parallel.json. Wildcards are expanded.'
        LiteralPath = 'Like -Path, without wildcard expansion. Bound from PSPath of pipeline objects.'
        InputObject = 'Achievements from Get-ParallelPlan, or objects that name one (statuses of Get-AchievementStatus, results of Invoke-ParallelPlan, Test-ParallelJson -Detailed records with an Id, any object with PlanPath and Id): the run is recorded for the plan they belong to.'
        Assume      = 'With -Path: how to fill in dependencies the PLAN does not declare (Sequential, PriorityTier, Independent), as for Get-ParallelPlan.'
        ResultPath  = 'The folder the jobs'' artifacts were downloaded to (result.json, or parallel-result-<job>/result.json).'
        Id          = 'The achievements the run had jobs for (ids, or one string of ids separated by spaces); those without a result are recorded as blocked.'
        StepSummary = 'Also write the run as markdown to the CI run''s summary (GitHub Actions or Azure Pipelines); a warning elsewhere.'
    }
    Inputs      = @(
        @{ Type = 'ParallelExec.Achievement'; Description = 'Achievements from Get-ParallelPlan, or objects that name one by PlanPath and Id (ParallelExec.AchievementStatusInfo, ParallelExec.RunResult, ParallelExec.ValidationRecord).' }
        @{ Type = 'System.String'; Description = 'Paths, by property name (Path, PSPath).' }
    )
    Outputs     = @(
        @{ Type = 'ParallelExec.RunResult'; Description = 'Each achievement as recorded, in id order.' }
    )
    Notes       = 'ErrorIds: RunResultsNotFound; warnings: RunResultUnreadable, StepSummaryUnavailable. The record is <plan root>/.parallel/runs/<timestamp>.json.'
    Examples    = @(
        @{
            Title   = 'Record a run from its downloaded artifacts'
            Code    = 'Save-ParallelRunRecord -Path ./work-space/plans/MY-PLAN -ResultPath ./results -Id 1.1, 1.2, 2.1'
            Remarks = 'Writes .parallel/runs/<timestamp>.json under the plan root from ./results/parallel-result-*/result.json; 2.1 without a result is recorded as blocked.'
        }
        @{
            Title   = 'Then measure what the run really took'
            Code    = 'Save-ParallelRunRecord -Path ./PLAN_MY-PLAN.md -ResultPath ./results -StepSummary; (Measure-ParallelPlan -Path ./PLAN_MY-PLAN.md).LastRun'
            Remarks = 'The newest run record is the one Measure-ParallelPlan reads: the work time of the achievements against the wall-clock time of the run.'
        }
    )
    Links       = @('Export-ParallelWorkflow', 'Measure-ParallelPlan', 'Invoke-ParallelPlan', 'about_ParallelExec')
}
