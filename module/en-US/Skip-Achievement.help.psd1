@{
    Synopsis    = 'Marks achievements as skipped: writes SKIPPED_<NN>.md with the reason, the date and what the skip unblocks.'
    Description = @'
Skip-Achievement writes <plan root>/execution/feedbacks/SKIPPED_<NN>.md for each -Id, or each piped achievement (1.1 -> SKIPPED_11.md), creating the folder when needed. The file holds the achievement and plan, the date (UTC), the -Reason, and what the skip unblocks: the dependents whose other dependencies are all complete or skipped, which become ready; dependents that still wait on other dependencies are named too.

A skipped achievement counts as done for scheduling: its dependents are Ready once their other dependencies are complete or skipped (a failed dependency still blocks). It is reported as skipped everywhere (Get-AchievementStatus, Get-ParallelProgress, Show-ParallelGraph), never as complete. Delete the file to take the skip back.

The file is written in one step (a temporary file, then a rename). An existing SKIPPED file is not replaced without -Force. -WhatIf shows what would be written; -Confirm asks per file. An id that no plan of the input has is an AchievementNotFound error; an id found in several plans is an AmbiguousAchievement error (give one plan with -Path).
'@
    Parameters  = @{
        Path        = 'A PLAN file, a plan folder or a parallel.json. Wildcards are expanded. Without a path, the current folder is read.'
        LiteralPath = 'Like -Path, but taken exactly as written: no wildcard characters are interpreted. Accepts the PSPath of Get-ChildItem output from the pipeline.'
        InputObject = 'Achievements from Get-ParallelPlan, or any object that names one: statuses of Get-AchievementStatus, results of Invoke-ParallelPlan, records of Test-ParallelJson -Detailed with an Id, or objects with PlanPath and Id properties (bound by property name). Without -Id every piped achievement is skipped; with -Id, the ids are looked up in their plans.'
        Assume      = 'How to fill in dependencies a PLAN does not declare (Sequential, PriorityTier or Independent), as for Get-ParallelPlan; it decides what the skip unblocks.'
        Id          = 'The achievements to skip (1.2). Tab completion offers the ids of the plan.'
        Reason      = 'Why the achievement is skipped; written into the file.'
        Force       = 'Replace an existing SKIPPED file (with the new reason and date).'
        WhatIf      = 'Shows the files that would be written, and writes none.'
        Confirm     = 'Asks before writing each file.'
    }
    Inputs      = @(
        @{ Type = 'ParallelExec.Achievement'; Description = 'Achievements from Get-ParallelPlan, or objects that name one by PlanPath and Id (ParallelExec.AchievementStatusInfo, ParallelExec.RunResult, ParallelExec.ValidationRecord).' }
        @{ Type = 'System.String'; Description = 'A path, by property name (Path or PSPath).' }
    )
    Outputs     = @(
        @{ Type = 'System.IO.FileInfo'; Description = 'Each SKIPPED file written.' }
    )
    Notes       = 'Skipping a complete achievement is allowed with a warning: a SKIPPED file wins over APPROVED in the status derivation.'
    Examples    = @(
        @{
            Title   = 'Skip a failed achievement and go on with the rest'
            Code    = 'Skip-Achievement -Path ./work-space/plans/MY-PLAN -Id 3.1 -Reason ''The menu is optional for the first release.'''
            Remarks = 'Writes execution/feedbacks/SKIPPED_31.md; achievements that waited only on 3.1 become ready.'
        }
        @{
            Title   = 'See what would be written'
            Code    = 'Get-ParallelPlan ./MY-PLAN | Skip-Achievement -Id 2.2, 2.3 -Reason ''Covered by 2.1.'' -WhatIf'
            Remarks = 'Nothing is written.'
        }
        @{
            Title   = 'Skip what failed, from the statuses'
            Code    = 'Get-AchievementStatus ./MY-PLAN | Where-Object Readiness -eq Blocked | Skip-Achievement -Reason ''Out of scope.'' -WhatIf'
            Remarks = 'Each piped status names its achievement (plan path and id); without -Id each one is skipped.'
        }
    )
    Links       = @('Get-AchievementStatus', 'Get-ParallelProgress', 'about_ParallelExec')
}
