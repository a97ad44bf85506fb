@{
    Synopsis    = 'Returns a plan''s parallel.json (the schema''s form) as text, without writing anything.'
    Description = @'
ConvertTo-ParallelJson builds the same registry as Export-ParallelJson — levels from the computed waves, blocks mirroring dependencies, estimates, and a parallelization_strategy computed from the estimates — and returns it as a string, one per plan. Use it to look at a registry before writing it, to diff it against the one on disk, or to send it elsewhere.

Achievements come from the pipeline (the whole plan of each is converted once) or plans from -Path. A plan with a dependency cycle has no levels: it is reported as a CircularDependency error and yields nothing.
'@
    Parameters  = @{
        Path        = 'Plans to convert: a PLAN file, a plan folder, or a parallel.json. Wildcards are expanded.'
        LiteralPath = 'Like -Path, without wildcard expansion. Bound from PSPath of pipeline objects.'
        InputObject = 'Achievements from Get-ParallelPlan, or objects that name one (statuses of Get-AchievementStatus, results of Invoke-ParallelPlan, Test-ParallelJson -Detailed records with an Id, any object with PlanPath and Id). The whole plan each one belongs to is converted once.'
        Assume      = 'With -Path: how to fill in dependencies the PLAN does not declare (Sequential, PriorityTier, Independent).'
    }
    Inputs      = @(
        @{ Type = 'ParallelExec.Achievement'; Description = 'Achievements from Get-ParallelPlan, or objects that name one by PlanPath and Id (ParallelExec.AchievementStatusInfo, ParallelExec.RunResult, ParallelExec.ValidationRecord).' }
    )
    Outputs     = @(
        @{ Type = 'System.String'; Description = 'The registry as indented JSON.' }
    )
    Examples    = @(
        @{
            Title   = 'Look before writing'
            Code    = 'Get-ParallelPlan ./PLAN_MY-PLAN.md | ConvertTo-ParallelJson'
            Remarks = 'Prints the registry that Export-ParallelJson would write.'
        }
        @{
            Title   = 'Compare with the registry on disk'
            Code    = 'Compare-Object (Get-Content ./parallel.json) ((ConvertTo-ParallelJson -Path ./PLAN_MY-PLAN.md) -split "`n")'
            Remarks = 'Shows the lines that differ (the created timestamp always does).'
        }
    )
    Links       = @('Export-ParallelJson', 'Test-ParallelJson', 'about_ParallelExec')
}
