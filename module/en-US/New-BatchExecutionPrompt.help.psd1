@{
    Synopsis    = 'Builds one prompt that asks an LLM for the missing EXECUTION_TASKs of a whole level.'
    Description = @'
New-BatchExecutionPrompt collects achievements (from the pipeline, or from -Path with -Level and -Id) and emits one ParallelExec.BatchPrompt per plan that asks an LLM to create all their missing EXECUTION_TASKs at once.

Each achievement needs a written SUBPLAN: one without (or with an unfilled scaffold) is skipped with that reason, or with -Strict stops the command with a SubplanMissing error. An achievement whose dependencies are not complete is skipped as waiting unless -IgnoreDependencies; complete, skipped, failed and blocked achievements are skipped too, each with its reason in Skipped.

A SUBPLAN plans its executions in its Active EXECUTION_TASKs table (| 31_01 | status | file | estimate | dependencies |), or plans a single one when it has no table. The prompt asks for every planned EXECUTION_TASK still missing, at <plan root>/execution/EXECUTION_TASK_<NAME>_<NN>_<MM>.md, says which of them may run at the same time (from the table's dependencies column), and carries the SUBPLAN's text. Without a table, the one execution gets the next free number. When nothing is left, a warning says so and no prompt is emitted.

-MaxCharacters splits a large batch; -Scaffold writes skeletons and records the batch exactly as New-BatchSubplanPrompt does.
'@
    Parameters  = @{
        Path               = 'A PLAN file or a plan folder. Wildcards are expanded and every match is read.'
        LiteralPath        = 'Like -Path, but taken exactly as written. Accepts the PSPath of Get-ChildItem output from the pipeline.'
        InputObject        = 'Achievements from Get-ParallelPlan, or objects that name one (statuses of Get-AchievementStatus, results of Invoke-ParallelPlan, Test-ParallelJson -Detailed records with an Id, any object with PlanPath and Id). Everything piped in is collected; one prompt is built per plan.'
        Assume             = 'How to fill in undeclared dependencies when the plan is read from -Path: Sequential (default), PriorityTier or Independent.'
        Level              = 'Only the achievements of these levels.'
        Id                 = 'Only these achievements (such as 3.1). An id the plan does not define is an AchievementNotFound error.'
        MaxCharacters      = 'The largest prompt to emit, in characters (at least 1000). A larger batch is split into several prompts.'
        Scaffold           = 'Also write skeleton EXECUTION_TASKs for the targets and record the batch for Undo-ParallelBatch.'
        Strict             = 'Make an achievement without a SUBPLAN an error (SubplanMissing) instead of a skip.'
        IgnoreDependencies = 'Include achievements whose dependencies are not complete yet (they get a note not to start early).'
        WhatIf             = 'With -Scaffold: shows which files would be written and writes none.'
        Confirm            = 'With -Scaffold: asks before writing each file.'
    }
    Inputs      = @(
        @{ Type = 'ParallelExec.Achievement'; Description = 'Achievements from Get-ParallelPlan, or objects that name one by PlanPath and Id (ParallelExec.AchievementStatusInfo, ParallelExec.RunResult, ParallelExec.ValidationRecord).' }
        @{ Type = 'System.String'; Description = 'A path, by property name.' }
    )
    Outputs     = @(
        @{ Type = 'ParallelExec.BatchPrompt'; Description = 'One prompt per plan (more with -MaxCharacters), Kind Execution.' }
    )
    Notes       = 'ErrorIds: SubplanMissing, AchievementNotFound, LevelNotFound, InvalidAchievementId, CircularDependency, PromptTooLarge, ScaffoldTargetExists, ScaffoldWriteFailed.'
    Examples    = @(
        @{
            Title   = 'EXECUTION_TASKs for the ready achievements of level 3'
            Code    = 'Get-ParallelPlan ./PLAN_X.md | Where-Object Level -eq 3 | New-BatchExecutionPrompt | Set-Clipboard'
            Remarks = 'Achievements without a SUBPLAN, or waiting on unfinished dependencies, are left out; -Verbose shows why.'
        }
        @{
            Title   = 'Why an achievement was left out'
            Code    = 'New-BatchExecutionPrompt -Path ./PLAN_X.md -Level 3 -IgnoreDependencies | Select-Object -ExpandProperty Skipped'
            Remarks = 'Each skipped achievement with its reason.'
        }
        @{
            Title   = 'Insist on SUBPLANs'
            Code    = 'New-BatchExecutionPrompt ./PLAN_X.md -Id 3.1, 3.2 -Strict'
            Remarks = 'Stops with SubplanMissing when one of them has no SUBPLAN yet.'
        }
    )
    Links       = @('New-BatchSubplanPrompt', 'Undo-ParallelBatch', 'Get-AchievementStatus', 'about_ParallelExec')
}
