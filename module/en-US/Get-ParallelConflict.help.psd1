@{
    Synopsis    = 'Finds achievements that may run at the same time and write the same file (predicted merge conflicts).'
    Description = @'
Get-ParallelConflict reads each achievement's write-set — what it declares it writes — and emits one ParallelExec.ConflictInfo per pair of achievements of one plan that may run at the same time (neither depends on the other, directly or through others) and share a path.

The write-set is the "files" array of the achievement's parallel.json entry when it has one (authoritative); otherwise the backticked paths and globs of its PLAN entry's Deliverables and of its SUBPLAN's parts that say what the work writes (Deliverables, What Needs to Be Created, Files to Create / Modify, Conflict Analysis with Other Subplans). Parts that say what is read (Files to Read / Audit, References, Current …) and fenced code blocks are left out; backticked text that is not a path (true, a command, a URL, a number) is ignored. Paths are relative to the root of the git repository holding the plan (or the plan root when none does); a folder (docs/) overlaps everything under it, and a glob overlaps the paths it matches and the globs whose folders nest.

An achievement that declares nothing while others may run with it is reported once, as Kind Unknown (OtherId empty, the others in ConcurrentIds): its overlap is unknown, not disjoint. -ConflictOnly leaves those out.

Each Conflict names the shared paths (SharedPaths; "a ~ b" when a glob or folder overlaps a path), where each side declared them (DeclaredAt, OtherDeclaredAt: path (file:line)) and a Suggestion: the dependency to add, or leaving the pair to the scheduler, which runs it one after the other.

The default view groups by plan: Id, OtherId, Kind and the shared paths.
'@
    Parameters  = @{
        Path         = 'A PLAN file, a plan folder, a parallel.json, or (with -Recurse) a workspace root. Wildcards are expanded and every match is read.'
        LiteralPath  = 'Like -Path, but taken exactly as written: no wildcard characters are interpreted. Accepts the PSPath of Get-ChildItem output from the pipeline.'
        InputObject  = 'Achievements from Get-ParallelPlan, or objects that name one by PlanPath and Id; the records that involve them are written.'
        Recurse      = 'Reads every PLAN_*.md below the folder (a whole workspace).'
        Assume       = 'How achievements whose PLAN states no dependencies are read: Sequential (each after the one before, the default) or Independent (free to run at once, so more pairs may conflict).'
        Level        = 'Only pairs whose two achievements are both in these levels (Tab completes them).'
        Id           = 'Only records that involve one of these achievements (Tab completes them). An id the plan does not have is an AchievementNotFound error.'
        ConflictOnly = 'Leave out the Unknown records (achievements that declare no write-set).'
    }
    Inputs      = @(
        @{ Type = 'ParallelExec.Achievement'; Description = 'Achievements from Get-ParallelPlan, or objects that name one by PlanPath and Id.' }
        @{ Type = 'System.String'; Description = 'A path, or an object with a Path or PSPath property.' }
    )
    Outputs     = @(
        @{ Type = 'ParallelExec.ConflictInfo'; Description = 'PlanName, PlanLabel, PlanPath, Kind (Conflict or Unknown), Id, OtherId, SharedPaths, DeclaredAt, OtherDeclaredAt, ConcurrentIds and Suggestion.' }
    )
    Notes       = 'Reading only: nothing is written. The same pairs are what the schedulers keep apart (ConflictFinder.ExclusionPairs in the Core).'
    Examples    = @(
        @{
            Title   = 'Predicted conflicts of a plan'
            Code    = 'Get-ParallelConflict ./work-space/plans/MY-PLAN'
            Remarks = 'One row per pair that may run at once and writes a shared path, and one per achievement that declares nothing it writes.'
        }
        @{
            Title   = 'Conflicts across a workspace, with where they were declared'
            Code    = 'Get-ParallelConflict ./work-space -Recurse -ConflictOnly | Format-List PlanName, Id, OtherId, SharedPaths, DeclaredAt, OtherDeclaredAt'
            Remarks = 'Each shared path with the file and line of each side''s declaration.'
        }
        @{
            Title   = 'The conflicts of one level before starting it'
            Code    = 'Get-ParallelConflict ./PLAN_MY-PLAN.md -Level 2 | Select-Object Id, OtherId, Suggestion'
            Remarks = 'What to serialise (or which dependency to add) before running level 2 in parallel.'
        }
    )
    Links       = @('Get-ParallelPlan', 'Measure-ParallelPlan', 'Invoke-ParallelPlan', 'about_ParallelExec')
}
