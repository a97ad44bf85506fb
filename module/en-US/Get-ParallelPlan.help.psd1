@{
    Synopsis    = 'Reads PLANs into achievements with a levelled dependency graph.'
    Description = @'
Get-ParallelPlan reads a methodology PLAN (PLAN_<NAME>.md) and, when one sits beside it, its parallel.json, and emits one ParallelExec.Achievement per achievement, in id order (1.2 before 1.10 before 10.1).

Each achievement carries its Title (clean of status marks and effort decorations), Priority, EstimatedHours (a Min/Max range, or null when the plan gives none), Goal, Deliverables, SuccessCriteria, the markdown Section it was defined in, and its place in the graph: Dependencies, Blocks, Dependents and DependencyEdges, each edge with its provenance (Declared, Blocks, Registry or Inferred).

Status is derived from the SUBPLAN, EXECUTION_TASK and feedback files below the plan root, by the rules Get-AchievementStatus describes (which also gives the evidence, readiness and drift). For a PLAN file not named PLAN_*.md, only the files beside it and in its subplans/, execution/ and feedbacks/ folders are looked at.

PlannedExecutions lists the EXECUTION_TASKs the achievement's SUBPLAN plans in its Active EXECUTION_TASKs table (number, file, estimate, and the executions each waits for); Get-ParallelPlan reads it from each written SUBPLAN as it reads the plan, and it is empty when there is no written SUBPLAN or its table lists none (a single execution). The achievements other cmdlets carry (such as the Achievement of Get-AchievementStatus) leave it empty: they do not open SUBPLANs beyond their status lines.

Wave is the computed level: 1 plus the longest chain of dependencies below the achievement, so achievements of one wave can run at the same time. Level is the level registered in parallel.json when there is one, else the Wave. With a registry, its dependencies drive the graph and the PLAN supplies the text.

Most real plans declare few dependencies. Achievements that declare none follow -Assume: Sequential (the default: each depends on the one before it in the document), PriorityTier (each depends on every achievement of the previous priority) or Independent. The cmdlet says once per plan, as a warning, how many edges it assumed; the default view marks an assumed dependency with ~.

A dependency cycle does not stop the output: the achievements in it (and behind it) get a null Wave, and a non-terminating CircularDependency error names the cycle as a path (2.1 -> 2.2 -> 2.3 -> 2.1).

Files are read as UTF-8 (with or without BOM, LF or CRLF), and text that was double-encoded (UTF-8 read as Mac Roman or Windows-1252 and saved again) is repaired. Nothing is written.
'@
    Parameters  = @{
        Path        = 'A PLAN file, a plan folder, a parallel.json, or (with -Recurse) a workspace root holding many plans. Wildcards are expanded and every match is read. Without a path, the current folder is read.'
        LiteralPath = 'Like -Path, but taken exactly as written: no wildcard characters are interpreted. Accepts the PSPath of Get-ChildItem output from the pipeline.'
        Recurse     = 'Searches the folder and every folder below it for PLAN_*.md files (both workspace layouts: work-space/plans/<NAME>/ and documentation/archive/<slug>/planning/). Symbolic links to folders are not followed.'
        Id          = 'Only these achievements (1.1, 2.*). Wildcards are allowed; an id without wildcards that no plan has is reported as an AchievementNotFound error. Tab completes the ids of the plan given by -Path.'
        Level       = 'Only the achievements of these levels (the registered level, else the computed one). Tab completes the levels of the plan given by -Path, with their ids.'
        Status      = 'Only the achievements with one of these statuses: not_started, subplan_created, execution_created, in_progress, complete, failed, skipped (Tab completes them); the status is derived from the files when the plan is read.'
        Assume      = 'How to fill in dependencies that an achievement does not declare when there is no parallel.json: Sequential (default), PriorityTier or Independent. Assumed edges have the provenance Inferred.'
    }
    Inputs      = @(
        @{ Type = 'System.String'; Description = 'A path, or an object with a Path or PSPath property (such as Get-ChildItem output).' }
    )
    Outputs     = @(
        @{ Type = 'ParallelExec.Achievement'; Description = 'One object per achievement, in id order. Its Plan property leads back to the whole plan (edges, cycles, assumed edge count).' }
    )
    Notes       = 'Every ErrorId and warning code of the module, with what it means and what to do: docs/reference/errors.md. Get-ParallelPlan''s ErrorIds (the part of $Error[0].FullyQualifiedErrorId before the comma): PathEmpty, PlanPathNotFound, PlanPathInvalid, PlanPathNotFileSystem, PlanNotFoundInFolder, PlanFileNotFound, PlanFileTooLarge, PlanFileUnreadable, PlanFileBinary, CircularDependency; and for a parallel.json read alone (no PLAN beside it): RegistryFileTooLarge, RegistryFileUnreadable, RegistryFileBinary, RegistryInvalidJson. Its warnings start with their code in brackets: PlanFileEmpty, PlanHasNoAchievements, PlanInvalidUtf8, PlanFileMissing, FolderUnreadable, DependenciesAssumed, UnknownDependency, UnknownBlock, SelfDependency; about the parallel.json: RegistryEntryIgnored, RegistryDuplicateId, RegistryLevelConflict, RegistryInvalidUtf8, and RegistryInvalidJson, RegistryFileBinary, RegistryFileUnreadable or RegistryFileTooLarge when the one beside the PLAN cannot be read (the PLAN is then read without it); about the status files: OrphanFile, AmbiguousFile, StatusFileUnreadable, StatusScanTruncated.'
    Examples    = @(
        @{
            Title   = 'Read the plan in the current folder'
            Code    = 'Get-ParallelPlan'
            Remarks = 'Reads PLAN_<NAME>.md (and parallel.json) in the current folder and shows the achievements grouped by plan and level.'
        }
        @{
            Title   = 'Achievements that can start together'
            Code    = "Get-ParallelPlan ./work-space/plans/MY-PLAN | Where-Object Level -eq 3 | Select-Object Id, Title, EstimatedHours"
            Remarks = 'Level 3 holds the achievements that may run at the same time once levels 1 and 2 are done.'
        }
        @{
            Title   = 'Every plan of a workspace, without assuming a sequence'
            Code    = 'Get-ParallelPlan -Path ./work-space -Recurse -Assume PriorityTier | Group-Object PlanName | Select-Object Name, Count'
            Remarks = 'Reads every PLAN below the folder. Where a plan declares no dependencies, each achievement is taken to depend on the previous priority instead of on the achievement before it.'
        }
        @{
            Title   = 'Where an edge comes from'
            Code    = "(Get-ParallelPlan ./PLAN_PARALLEL-EXECUTION-AUTOMATION.md | Where-Object Id -eq '1.3').DependencyEdges"
            Remarks = 'Shows each dependency of 1.3 with its provenance: Declared (a Dependencies line), Blocks (another achievement''s Blocks line), Registry or Inferred.'
        }
    )
    Links       = @('Get-AchievementStatus', 'about_ParallelExec')
}
