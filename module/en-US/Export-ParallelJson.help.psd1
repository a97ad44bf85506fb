@{
    Synopsis    = 'Writes a plan''s parallel.json in the schema''s form, beside its PLAN or to -OutFile.'
    Description = @'
Export-ParallelJson registers a plan's dependency tree: it takes achievements from the pipeline (Get-ParallelPlan) or plans by -Path, and writes parallel.json beside each PLAN in the form schemas/parallel.schema.json defines. The levels are the computed waves (so no level holds a dependency chain), each achievement's blocks mirror the dependencies of the others, estimates are written as "4-6 hours", and parallelization_strategy is computed from the estimates: the sequential sum, the longest estimated path (the time with unlimited executors), the time saved and the percentage.

It converts an older flat registry the same way: Export-ParallelJson -Path <old parallel.json> -Force reads it (its dependencies drive the graph) and replaces it with the schema's form.

The whole plan of each piped achievement is written, whatever subset was piped. Nothing is overwritten without -Force; the file is written to a temporary file in the same folder and renamed over the target, so a reader never sees half a file and a failure changes nothing. -WhatIf shows what would be written. A plan with a dependency cycle has no levels: it is reported (CircularDependency) and not written.

The status of an achievement is not written: it is derived from the files on disk whenever it is asked for.
'@
    Parameters  = @{
        Path        = 'Plans to export: a PLAN file, a plan folder, or a parallel.json (to convert the older flat form). Wildcards are expanded.'
        LiteralPath = 'Like -Path, without wildcard expansion. Bound from PSPath of pipeline objects.'
        InputObject = 'Achievements from Get-ParallelPlan, or objects that name one (statuses of Get-AchievementStatus, results of Invoke-ParallelPlan, Test-ParallelJson -Detailed records with an Id, any object with PlanPath and Id). The whole plan each one belongs to is exported once.'
        Assume      = 'With -Path: how to fill in dependencies the PLAN does not declare (Sequential, PriorityTier, Independent), as for Get-ParallelPlan.'
        OutFile     = 'Write to this file instead of parallel.json beside the PLAN. Only for a single plan.'
        Force       = 'Replace an existing file.'
        PassThru    = 'Emit the written file as a FileInfo.'
    }
    Inputs      = @(
        @{ Type = 'ParallelExec.Achievement'; Description = 'Achievements from Get-ParallelPlan, or objects that name one by PlanPath and Id (ParallelExec.AchievementStatusInfo, ParallelExec.RunResult, ParallelExec.ValidationRecord).' }
        @{ Type = 'System.String'; Description = 'Paths, by property name (Path, PSPath).' }
    )
    Outputs     = @(
        @{ Type = 'System.IO.FileInfo'; Description = 'With -PassThru: the file written.' }
    )
    Notes       = 'ErrorIds: RegistryExists (no -Force), CircularDependency, OutFileForManyPlans, OutputFolderNotFound, OutputIsDirectory, RegistryWriteFailed.'
    Examples    = @(
        @{
            Title   = 'Register a plan'
            Code    = 'Get-ParallelPlan ./work-space/plans/MY-PLAN | Export-ParallelJson -WhatIf'
            Remarks = 'Shows where parallel.json would be written and how many levels it holds; drop -WhatIf to write it.'
        }
        @{
            Title   = 'Convert an older flat registry'
            Code    = 'Export-ParallelJson -Path ./work-space/plans/MY-PLAN/parallel.json -Force'
            Remarks = 'Reads the flat form (plan_name, achievements[] with achievement_id) and replaces it with the schema''s form.'
        }
        @{
            Title   = 'Round trip'
            Code    = "Export-ParallelJson ./PLAN_MY-PLAN.md -OutFile ./parallel.json -Force; Test-ParallelJson ./parallel.json"
            Remarks = 'An exported registry validates clean against the schema and the PLAN.'
        }
    )
    Links       = @('ConvertTo-ParallelJson', 'Test-ParallelJson', 'Get-ParallelPlan', 'about_ParallelExec')
}
