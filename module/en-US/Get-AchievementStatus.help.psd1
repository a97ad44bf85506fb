@{
    Synopsis    = 'Derives each achievement''s status from its SUBPLAN, EXECUTION_TASK and feedback files.'
    Description = @'
Get-AchievementStatus reads a plan (a PLAN file, a plan folder, or with -Recurse every plan of a workspace) and emits one ParallelExec.AchievementStatusInfo per achievement, in id order. The status is what the files below the plan root say, derived when asked and never written back; nothing is written at all.

Files are found below the plan root (the folder of PLAN_<NAME>.md, or the folder above planning/), at most four folders deep, case-insensitively, without following symbolic links to folders: SUBPLAN_<NAME>_<NN>.md, EXECUTION_TASK_<NAME>_<NN>_<MM>[_V2|_RECOVERY...].md, APPROVED_<NN>.md, FIX_<NN>.md, FIX_<NN>_RESOLUTION.md and SKIPPED_<NN>.md. Only the first 16 KB of a SUBPLAN or EXECUTION_TASK are read (and the last 4 KB of a longer EXECUTION_TASK), so a huge file costs what a small one does.

A file belongs to the achievement its header names (**Achievement**: 2.1, or # SUBPLAN: Achievement 2.1 ...): the header wins over the file name, so sequentially numbered files are read right. Without a header, an EXECUTION_TASK or feedback file follows the SUBPLAN of the same number, and otherwise the <NN> suffix is used only when exactly one achievement of the plan has it (1.1 -> 11; 111 could be 1.11 or 11.1). A file that maps to no achievement, or to two, is reported once as an OrphanFile or AmbiguousFile warning naming the file, and is not counted.

The status is the first row of this table that matches:
  skipped            SKIPPED_<NN>.md
  complete           APPROVED_<NN>.md; or, in a plan with no APPROVED or FIX file at all, every EXECUTION_TASK says **Status**: ... Complete
  failed             FIX_<NN>.md without APPROVED (a FIX_<NN>_RESOLUTION.md means the fix was resolved: in_progress, awaiting review)
  in_progress        an EXECUTION_TASK that says in progress / executing / starting, or complete but not yet approved
  execution_created  an EXECUTION_TASK exists (a skeleton whose **Status** still says [TO BE FILLED] does not count)
  subplan_created    a SUBPLAN exists and is not an unfilled scaffold ([TO BE FILLED markers)
  not_started        nothing

An EXECUTION_TASK often keeps its first **Status**: line and appends a completion section; the furthest state any of its status lines reaches counts (complete, then in progress, then not started).

Readiness comes from the dependency graph: Done (complete or skipped), Blocked (a dependency failed; BlockedBy names them), Ready (every dependency is complete or skipped: a skip counts as done for scheduling) or Waiting. The graph is the one Get-ParallelPlan builds; pipe Get-ParallelPlan -Assume ... into this cmdlet to choose how undeclared dependencies are assumed.

Drift says where the PLAN's own mark (a definition line with a checkmark or COMPLETE) or a status stored in parallel.json disagrees with the files; the default view marks such a status with "!". Evidence lists the files that decided the status; SubplanPath, ExecutionPaths and FeedbackPaths list every file found for the achievement.

Works from any current directory, on both workspace layouts (work-space/plans/<NAME>/ and documentation/archive/<slug>/planning/).
'@
    Parameters  = @{
        Path        = 'A PLAN file, a plan folder, a parallel.json, or (with -Recurse) a workspace root. Wildcards are expanded and every match is read. Without a path, the current folder is read.'
        LiteralPath = 'Like -Path, but taken exactly as written: no wildcard characters are interpreted. Accepts the PSPath of Get-ChildItem output from the pipeline.'
        InputObject = 'Achievements from Get-ParallelPlan, or objects that name one (statuses of Get-AchievementStatus, results of Invoke-ParallelPlan, Test-ParallelJson -Detailed records with an Id, any object with PlanPath and Id). The status of each is derived afresh from the files, once per plan, using the graph of the piped plan.'
        Id          = 'Only these achievements (1.1, 2.*). Wildcards are allowed; an id without wildcards that no plan has is reported as an AchievementNotFound error. Press Tab to complete the ids of the plan given by -Path.'
        Recurse     = 'Reads every PLAN_*.md below the folder (a whole workspace), each with the files below its own plan root.'
        Level       = 'Only the achievements of these levels. Tab completes the levels of the plan given by -Path, with their ids.'
        Status      = 'Only the achievements with one of these statuses: not_started, subplan_created, execution_created, in_progress, complete, failed, skipped (Tab completes them).'
        Readiness   = 'Only the achievements with one of these readiness values: Done, Running, Ready, Waiting, Blocked.'
    }
    Inputs      = @(
        @{ Type = 'ParallelExec.Achievement'; Description = 'Achievements from Get-ParallelPlan, or objects that name one by PlanPath and Id (ParallelExec.AchievementStatusInfo, ParallelExec.RunResult, ParallelExec.ValidationRecord).' }
        @{ Type = 'System.String'; Description = 'A path, or an object with a Path or PSPath property (such as Get-ChildItem output).' }
    )
    Outputs     = @(
        @{ Type = 'ParallelExec.AchievementStatusInfo'; Description = 'One object per achievement: PlanName, Id, Title, Level, Status, Readiness, BlockedBy, Detail, Evidence, SubplanPath, ExecutionPaths, FeedbackPaths, Drift and the Achievement itself.' }
    )
    Notes       = 'ErrorIds: PlanPathNotFound, PlanNotFoundInFolder, PlanFileTooLarge, PlanFileBinary, PlanFileUnreadable, AchievementNotFound. Warnings carry their code in brackets: OrphanFile, AmbiguousFile, StatusFileUnreadable, FolderUnreadable, StatusScanTruncated, and those of Get-ParallelPlan. Get-ParallelPlan fills each achievement''s Status from the same rules.'
    Examples    = @(
        @{
            Title   = 'The status of every achievement of a plan'
            Code    = 'Get-AchievementStatus ./work-space/plans/MY-PLAN'
            Remarks = 'Shows each achievement with its status, its readiness and the reason in a few words, grouped by plan.'
        }
        @{
            Title   = 'What can start now'
            Code    = 'Get-AchievementStatus -Path ./work-space -Recurse | Where-Object { $_.Readiness -eq ''Ready'' -and $_.Status -eq ''not_started'' }'
            Remarks = 'Every achievement of the workspace whose dependencies are complete and on which no work has begun.'
        }
        @{
            Title   = 'From Get-ParallelPlan, with another dependency assumption'
            Code    = 'Get-ParallelPlan ./PLAN_MY-PLAN.md -Assume PriorityTier | Get-AchievementStatus -Id 2.*'
            Remarks = 'Derives the status of the achievements of priority 2, judging readiness on the graph that -Assume PriorityTier built.'
        }
        @{
            Title   = 'Where the PLAN or parallel.json disagrees with the files'
            Code    = 'Get-AchievementStatus ./work-space/plans/MY-PLAN | Where-Object Drift | Select-Object Id, Status, Drift'
            Remarks = 'Lists the achievements whose checkmark in the PLAN, or whose status stored in parallel.json, says something the files do not.'
        }
    )
    Links       = @('Get-ParallelProgress', 'Get-ParallelPlan', 'about_ParallelExec')
}
