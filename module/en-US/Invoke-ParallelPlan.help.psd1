@{
    Synopsis    = 'Runs a plan''s achievements in dependency order, several at once, and records how long each took.'
    Description = @'
Invoke-ParallelPlan takes achievements (from the pipeline, or from -Path with -Level / -Id) and runs an action for each: a script block in a runspace pool (-ScriptBlock), or an external program as a process (-Command).

Scheduling is by dependency, not by level: an achievement starts as soon as every dependency is done, up to -ThrottleLimit at once, the one with the longest remaining estimated path first (ties: the lower id). Within a run, done means its action succeeded, or it was already complete on disk (APPROVED_<NN>.md …). Achievements complete on disk are not run again, so after an interruption the same command resumes. An achievement skipped on disk (Skip-Achievement) is not run and counts as done: its dependents start. A dependency outside the selection that is neither complete nor skipped on disk blocks the achievement.

Failures are visible: each failed achievement writes one non-terminating error (AchievementFailed or MergeConflict), so $? is false; the run record keeps every attempt's error (attempt_errors); a script block's log holds its output and its warning, verbose, information and host streams (WARNING:, VERBOSE:, INFO:, HOST: lines), each retry after a ===== attempt N ===== line; Ctrl+C leaves a one-line summary.

Success is the action finishing without error: a script block that throws, writes an error record, or ends with a non-zero exit code (exit 3, $host.SetShouldExit(1): the exit is the action's, it never closes your session) fails; a program fails with a non-zero exit code. -MaxAttempts retries a failed achievement. A failure does not stop the others; its dependents (all of them, transitively) are reported Blocked and not started.

-ScriptBlock: the block receives the achievement as $_ and as its first argument, and its generated execution prompt (what New-BatchExecutionPrompt would write for it alone) as the second, or $null when the achievement has no SUBPLAN yet. $using:name copies a variable of the caller's scope into the block (by value, when the run starts). Each runspace imports this module and starts in the caller's current folder.

-Command (an array: program, then arguments): the first element is the program (a path, or a name found on PATH; a missing program is an error before anything runs), the rest its arguments, each passed as one argument after replacing the placeholders {Id}, {Title}, {PlanName}, {PlanRoot} (with -Worktree: the plan root's copy inside the achievement's worktree), {PromptFile} (the prompt written to a file; an achievement without SUBPLAN gets an empty string and a NoPromptForPromptFile warning), {WorkingDirectory}, {LogFile}, {Attempt}, {ExecutionId} and {ExecutionFile} (see below; empty for a whole achievement). Standard output and error go to the log file. The process starts in the caller's current folder.

Executions as units: an achievement that plans two or more EXECUTION_TASKs (its SUBPLAN's Active EXECUTION_TASKs table, a flat registry's sub_executions, parallel.json's executions) runs each as an action of its own, as soon as the executions it depends on succeeded; the achievement succeeds when all have, and fails when one fails (no new execution starts then). Each gets {ExecutionId} (its label, 01_02), {ExecutionFile} (its EXECUTION_TASK file under the plan root's execution folder, when the table names one), its own prompt (a header naming the execution, then the achievement's prompt) and its own log <id>_<execution>.log; a script block gets the execution (ParallelExec.PlannedExecution) as a third argument. The executions of one achievement share its executor: -ThrottleLimit counts achievements.

Mutual exclusion: two achievements that write the same files (the files their executions declare) never run at the same time; the one ready first runs and the other starts when it has finished. This is a scheduling constraint, not a dependency: -IgnoreConflicts lets them overlap. -WhatIf predicts with it. See docs/reference/scheduling.md.

-Worktree gives each achievement its own git worktree (see the parameter); the action runs there. These worktrees are the only thing written outside the plan root.

Every run writes <plan root>/.parallel/runs/<timestamp>.json (each achievement's result, attempts, started_at, completed_at, duration and log path) and keeps one log per achievement in <plan root>/.parallel/runs/<timestamp>/<id>.log. Nothing else is written. Each achievement yields one ParallelExec.RunResult: succeeded and failed ones as they finish, the rest at the end.

Progress: one Write-Progress bar for the plan and one per running achievement. Ctrl+C stops scheduling, stops the running actions (they are recorded as Cancelled) and still writes the run record; an action that does not stop within 2 seconds (a .NET call such as [Threading.Thread]::Sleep cannot be interrupted) is abandoned to its runspace, so that Ctrl+C returns at once.

-WhatIf runs nothing: it shows the schedule the run would follow if every action took its estimate (the middle of its range; 0 without one), as ParallelExec.ScheduledAchievement rows with start and end in hours and the executor slot; -Verbose adds the predicted makespan and the sequential sum.

Several plans are run one after the other, each with its own record.
'@
    Parameters  = @{
        Path          = 'The PLAN file or plan folder to run. Wildcards are expanded.'
        LiteralPath   = 'Like -Path, but taken exactly as written.'
        InputObject   = 'Achievements from Get-ParallelPlan, or objects that name one (statuses of Get-AchievementStatus, results of Invoke-ParallelPlan, Test-ParallelJson -Detailed records with an Id, any object with PlanPath and Id): only these are run (their dependencies outside the selection must be complete on disk).'
        Assume        = 'How to fill in dependencies the PLAN does not declare (Sequential, PriorityTier, Independent), as for Get-ParallelPlan.'
        ScriptBlock   = 'The action, run once per achievement in a runspace pool: $_ and $args[0] are the achievement, $args[1] its execution prompt or $null. $using: works. Positional after -Path; name it (-ScriptBlock) when achievements come from the pipeline.'
        Command       = 'The action as an external program and its arguments, with placeholders such as {Id}, {PromptFile} and {WorkingDirectory}. Output is captured to a log file per achievement.'
        Level         = 'Runs only the achievements of these levels.'
        Id            = 'Runs only these achievements (MAJOR.MINOR).'
        ThrottleLimit = 'How many achievements run at once (1 to 63). Default: 4.'
        MaxAttempts   = 'How many times a failing achievement is tried (1 to 100). Default: 1 (no retry).'
        Worktree      = 'Runs each achievement in its own git worktree, on branch parallel/<plan>/<id>, created when the achievement starts from its dependencies'' results: the current HEAD when it has none (or with -Merge, where they are merged already), its dependency''s branch when it has one, and a merge of their branches (git merge-tree, no working tree touched) when it has several, so a dependent sees the work it depends on. The worktrees live beside the repository, in <repo>/../<repo name>.parallel/<plan>/<id>; an existing one is reused (a retry or a resumed run keeps its work).'
        IgnoreConflicts = 'Let achievements that write the same files run at the same time. By default two such achievements (a mutual exclusion: neither waits for the other''s result) never overlap: the one ready first runs, the other starts when it has finished. See docs/reference/scheduling.md.'
        Cleanup       = 'With -Worktree: removes, after the run, the worktrees that have no uncommitted or untracked change (their branches stay). A worktree with changes is never removed; a warning names it.'
        Merge         = 'With -Worktree: integrates each successful branch into the current branch as soon as it is done, in dependency order: a dry run (git merge-tree --write-tree), then git merge --no-ff. A textual conflict stops that branch only: the current branch is left clean (never mid-merge), the branch and its worktree are kept, the result is MergeConflict with ConflictFiles, a MergeConflict error is written and its dependents are Blocked. Branches are never deleted. After each merge, files changed outside the declared write-set are a ScopeDrift warning. Refuses a working tree with uncommitted changes to tracked files (WorkingTreeDirty). A merge is a write: -WhatIf merges nothing.'
        Resume        = 'Continues the latest run of the plan from its run records: an achievement whose last recorded outcome is succeeded counts as done (AlreadyComplete), merged or not; failed, cancelled, conflicting and never-started ones run. Without -Resume, an achievement blocked by a dependency that succeeded in an earlier run says so and how to count it.'
        WhatIf        = 'Shows the schedule by estimate; runs nothing and writes nothing.'
        Confirm       = 'Asks before running each plan.'
    }
    Inputs      = @(
        @{ Type = 'ParallelExec.Achievement'; Description = 'Achievements from Get-ParallelPlan, or objects that name one by PlanPath and Id (ParallelExec.AchievementStatusInfo, ParallelExec.RunResult, ParallelExec.ValidationRecord).' }
        @{ Type = 'System.String'; Description = 'A path, by property name.' }
    )
    Outputs     = @(
        @{ Type = 'ParallelExec.RunResult'; Description = 'One per achievement: PlanName, Id, Result (Succeeded, Failed, MergeConflict, Blocked, AlreadyComplete, Skipped, Cancelled), Attempts, StartedAt, CompletedAt, Duration (hh:mm:ss.fff; [timespan] reads it back), DurationSeconds, LogPath, Error, AttemptErrors; with -Worktree Branch; with -Merge MergeCommit, ConflictFiles, ScopeDrift.' }
        @{ Type = 'ParallelExec.ScheduledAchievement'; Description = 'With -WhatIf: when each achievement would start and end, in estimated hours, and on which executor.' }
    )
    Notes       = 'ErrorIds: ActionRequired, CommandProgramNotFound, CleanupNeedsWorktree, MergeNeedsWorktree, WorkingTreeDirty, MergeConflict, MergeFailed, AchievementFailed, GitNotFound, NotAGitRepository, InvalidAchievementId, AchievementNotFound, RunFolderNotWritable (a file named .parallel, a read-only plan folder), PathOutsidePlan (.parallel links out of the plan). A worktree that cannot be created fails that achievement (WorktreeNotCreated in its Error). Warnings: ScopeDrift, NoPromptForPromptFile, WorktreeKept.'
    Examples    = @(
        @{
            Title   = 'Run a level with a script block, three at once'
            Code    = 'Get-ParallelPlan ./PLAN_X.md | Where-Object Level -eq 2 | Invoke-ParallelPlan -ThrottleLimit 3 -ScriptBlock { param($a, $prompt) Start-Sleep -Milliseconds 100; "done $($a.Id)" }'
            Remarks = 'Each achievement of level 2 starts as soon as its dependencies are done; the output of the block goes to its log file.'
        }
        @{
            Title   = 'Run an external agent per achievement, with retries'
            Code    = "Invoke-ParallelPlan -Path ./PLAN_X.md -Command my-agent, '--prompt', '{PromptFile}', '--id', '{Id}' -MaxAttempts 2"
            Remarks = 'A non-zero exit code is a failure; it is retried once, then its dependents are reported Blocked.'
        }
        @{
            Title   = 'One git worktree per achievement, cleaned when clean'
            Code    = "Invoke-ParallelPlan ./PLAN_X.md -Worktree -Cleanup -Command claude, '-p', '{PromptFile}'"
            Remarks = 'Each agent works on branch parallel/X/<id> in ../<repo>.parallel/X/<id>; worktrees left with uncommitted changes are kept.'
        }
        @{
            Title   = 'Merge each branch back as soon as it is done'
            Code    = "Invoke-ParallelPlan ./PLAN_X.md -Worktree -Merge -Command claude, '-p', '{PromptFile}' | Where-Object Result -eq MergeConflict | Select-Object Id, Branch, ConflictFiles"
            Remarks = 'Every successful branch is merged into the current branch in dependency order (dry run first); a conflicting one is left unmerged with its files listed, and its dependents are blocked.'
        }
        @{
            Title   = 'Continue after a failure'
            Code    = "Invoke-ParallelPlan ./PLAN_X.md -Worktree -Merge -Resume -Command claude, '-p', '{PromptFile}'"
            Remarks = 'What succeeded in the latest run counts as done; only the failed, cancelled or conflicting achievements and their dependents run.'
        }
        @{
            Title   = 'See the schedule without running anything'
            Code    = 'Invoke-ParallelPlan -Path ./PLAN_X.md -ThrottleLimit 2 -ScriptBlock { } -WhatIf -Verbose'
            Remarks = 'Prints when each achievement would start and end by estimate, and the predicted makespan against the sequential sum.'
        }
    )
    Links       = @('Get-ParallelPlan', 'New-BatchExecutionPrompt', 'Get-ParallelProgress', 'about_ParallelExec')
}
