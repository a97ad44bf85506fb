@{
    Synopsis    = 'Takes back a batch written with -Scaffold: removes only its files that are still unchanged.'
    Description = @'
Undo-ParallelBatch reads a batch record (<plan root>/.parallel/batches/<id>.json, written by New-BatchSubplanPrompt or New-BatchExecutionPrompt with -Scaffold; the latest one unless -Id names another) and removes each file of the batch whose SHA-256 still matches what the batch wrote. A file edited since is kept and reported (a warning and a Kept result); a file already gone is reported as AlreadyGone.

When every file of the batch is gone, the folders the batch created are removed if they are empty, and so are the record and the .parallel folders the batch created: the plan folder is as it was before the batch. While an edited file remains, the record stays, so the undo can be run again.

Nothing else is touched: no git command, no file the batch did not write, nothing outside the plan root. Supports -WhatIf and -Confirm (one confirmation per file).
'@
    Parameters  = @{
        Path        = 'The PLAN file or plan folder whose batch to undo. Wildcards are expanded.'
        LiteralPath = 'Like -Path, but taken exactly as written.'
        InputObject = 'Achievements from Get-ParallelPlan, or objects that name one (statuses of Get-AchievementStatus, results of Invoke-ParallelPlan, Test-ParallelJson -Detailed records with an Id, any object with PlanPath and Id): their plans are the ones whose batch is undone.'
        Assume      = 'Accepted for symmetry with the other cmdlets; it does not change what is undone.'
        Id          = 'The batch to undo (the record''s file name without .json). Default: the latest batch. Tab completes the batches recorded for the plan given by -Path, newest first.'
        WhatIf      = 'Shows which files would be removed; removes nothing.'
        Confirm     = 'Asks before removing each file.'
    }
    Inputs      = @(
        @{ Type = 'ParallelExec.Achievement'; Description = 'Achievements from Get-ParallelPlan, or objects that name one by PlanPath and Id (ParallelExec.AchievementStatusInfo, ParallelExec.RunResult, ParallelExec.ValidationRecord).' }
        @{ Type = 'System.String'; Description = 'A path, by property name.' }
    )
    Outputs     = @(
        @{ Type = 'ParallelExec.BatchUndoResult'; Description = 'One object per file of the batch: Removed, Kept (edited) or AlreadyGone, with the reason.' }
    )
    Notes       = 'ErrorIds: NoBatchRecorded, BatchNotFound, BatchRecordUnreadable.'
    Examples    = @(
        @{
            Title   = 'Undo the latest scaffold'
            Code    = 'Undo-ParallelBatch -Path ./work-space/plans/MY-PLAN'
            Remarks = 'Removes the skeletons that are still unchanged and keeps the ones someone filled in.'
        }
        @{
            Title   = 'Preview the undo of one batch'
            Code    = "Undo-ParallelBatch ./PLAN_X.md -Id 20261201T002512345Z-subplans -WhatIf"
            Remarks = 'Shows what would be removed; the batch ids are the file names in .parallel/batches.'
        }
    )
    Links       = @('New-BatchSubplanPrompt', 'New-BatchExecutionPrompt', 'about_ParallelExec')
}
