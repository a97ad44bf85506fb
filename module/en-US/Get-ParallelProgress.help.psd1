@{
    Synopsis    = 'Summarises achievement statuses per plan and level: done, in progress, failed, blocked and ready.'
    Description = @'
Get-ParallelProgress derives the status of every achievement the way Get-AchievementStatus does and emits one ParallelExec.LevelProgress per plan and level (or, with -ByPlan, one per plan), levels in ascending order and achievements inside a dependency cycle in a last row without a level.

Each achievement counts in exactly one of Complete, Skipped, Failed, InProgress, Blocked, Ready and Waiting; the last three hold only achievements not yet under way (not_started, subplan_created, execution_created): Blocked when a dependency failed, Ready when every dependency is complete or skipped, else Waiting. Done is Complete plus Skipped, Percent is Done as a percentage of Total, ReadyIds lists the achievements that can start now, and Achievements holds the status objects of the row.

The default view is compact: level, done/total with the percentage, in progress, failed, blocked, and the ready count with the ids.
'@
    Parameters  = @{
        Path        = 'A PLAN file, a plan folder, a parallel.json, or (with -Recurse) a workspace root. Wildcards are expanded and every match is read. Without a path, the current folder is read.'
        LiteralPath = 'Like -Path, but taken exactly as written: no wildcard characters are interpreted. Accepts the PSPath of Get-ChildItem output from the pipeline.'
        InputObject = 'Achievements from Get-ParallelPlan, or objects that name one (statuses of Get-AchievementStatus, results of Invoke-ParallelPlan, Test-ParallelJson -Detailed records with an Id, any object with PlanPath and Id); their statuses are derived afresh from the files and summarised when the input ends.'
        Id          = 'Only these achievements (1.1, 2.*) count. Wildcards are allowed; an id without wildcards that no plan has is reported as an AchievementNotFound error.'
        Recurse     = 'Reads every PLAN_*.md below the folder (a whole workspace).'
        Level       = 'Only the achievements of these levels count.'
        Status      = 'Only the achievements with one of these statuses count (not_started … skipped; Tab completes them).'
        Readiness   = 'Only the achievements with one of these readiness values count (Done, Running, Ready, Waiting, Blocked).'
        ByPlan      = 'One row per plan (Level is null, WholePlan is true) instead of one per level.'
        StepSummary = 'Also write the rows as markdown tables to the CI run''s summary: appended to $env:GITHUB_STEP_SUMMARY under GitHub Actions, attached with ##vso[task.uploadsummary] under Azure Pipelines; a StepSummaryUnavailable warning elsewhere. The rows are written to the pipeline all the same.'
    }
    Inputs      = @(
        @{ Type = 'ParallelExec.Achievement'; Description = 'Achievements from Get-ParallelPlan, or objects that name one by PlanPath and Id (ParallelExec.AchievementStatusInfo, ParallelExec.RunResult, ParallelExec.ValidationRecord).' }
        @{ Type = 'System.String'; Description = 'A path, or an object with a Path or PSPath property.' }
    )
    Outputs     = @(
        @{ Type = 'ParallelExec.LevelProgress'; Description = 'PlanName, Level, WholePlan, Total, Complete, Skipped, Failed, InProgress, Blocked, Ready, Waiting, Done, Percent, ReadyIds and Achievements.' }
    )
    Notes       = 'The rows are written when the input ends, because a plan''s achievements may arrive one by one from the pipeline. Errors and warnings are those of Get-AchievementStatus.'
    Examples    = @(
        @{
            Title   = 'Progress of a plan, level by level'
            Code    = 'Get-ParallelProgress ./work-space/plans/MY-PLAN'
            Remarks = 'One row per level: how many achievements are done, in progress, failed and blocked, and which can start now.'
        }
        @{
            Title   = 'One line per plan of a workspace'
            Code    = 'Get-ParallelProgress ./work-space -Recurse -ByPlan | Sort-Object Percent | Format-Table PlanName, Done, Total, Percent'
            Remarks = 'The least advanced plans first.'
        }
        @{
            Title   = 'The next level to work on'
            Code    = 'Get-ParallelPlan ./PLAN_MY-PLAN.md | Get-ParallelProgress | Where-Object Ready | Select-Object -First 1 -ExpandProperty ReadyIds'
            Remarks = 'The ids of the lowest level that has achievements ready to start, for example to generate their SUBPLAN prompts together.'
        }
    )
    Links       = @('Get-AchievementStatus', 'Get-ParallelPlan', 'about_ParallelExec')
}
