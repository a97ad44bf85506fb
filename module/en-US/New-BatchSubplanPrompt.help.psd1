@{
    Synopsis    = 'Builds one prompt that asks an LLM for the missing SUBPLANs of a whole level.'
    Description = @'
New-BatchSubplanPrompt collects achievements (from the pipeline, or from -Path with -Level and -Id) and, in one step at the end, emits one ParallelExec.BatchPrompt per plan that asks an LLM to create all their missing SUBPLANs at once.

Only what is missing is asked for: an achievement that already has a written SUBPLAN, is complete or skipped, or is blocked by a failed dependency is left out and listed in Skipped with its reason. An achievement whose dependencies are unfinished is included with a note (a SUBPLAN may be designed before its dependencies are done). So after a partly successful batch, the same command asks only for the files still missing. When nothing is left, a warning says so and no prompt is emitted.

For each achievement the prompt carries its goal, deliverables, success criteria, estimate and dependencies from the PLAN, and the SUBPLAN structure to follow (front matter, sections incl. Conflict Analysis with Other Subplans and the Active EXECUTION_TASKs table). TargetPaths holds the exact files to create: <plan root>/subplans/SUBPLAN_<NAME>_<NN>.md. CharacterCount gives its size; -MaxCharacters splits a large batch into several prompts (Part, PartCount).

-Scaffold also writes skeleton files ([TO BE FILLED] markers, which the status rules count as not created) for every target that does not exist, one ShouldProcess per file, never overwriting, all or nothing, and records the batch in <plan root>/.parallel/batches/<id>.json for Undo-ParallelBatch.
'@
    Parameters  = @{
        Path          = 'A PLAN file or a plan folder. Wildcards are expanded and every match is read.'
        LiteralPath   = 'Like -Path, but taken exactly as written. Accepts the PSPath of Get-ChildItem output from the pipeline.'
        InputObject   = 'Achievements from Get-ParallelPlan, or objects that name one (statuses of Get-AchievementStatus, results of Invoke-ParallelPlan, Test-ParallelJson -Detailed records with an Id, any object with PlanPath and Id). Everything piped in is collected; one prompt is built per plan.'
        Assume        = 'How to fill in undeclared dependencies when the plan is read from -Path: Sequential (default), PriorityTier or Independent.'
        Level         = 'Only the achievements of these levels (the registered level, else the computed one).'
        Id            = 'Only these achievements (such as 3.1). An id the plan does not define is an AchievementNotFound error.'
        MaxCharacters = 'The largest prompt to emit, in characters (at least 1000). A larger batch is split into several prompts, each whole achievements.'
        Scaffold      = 'Also write skeleton files for the targets and record the batch so that Undo-ParallelBatch can take it back.'
        WhatIf        = 'With -Scaffold: shows which files would be written and writes none. The prompt is still emitted.'
        Confirm       = 'With -Scaffold: asks before writing each file.'
    }
    Inputs      = @(
        @{ Type = 'ParallelExec.Achievement'; Description = 'Achievements from Get-ParallelPlan, or objects that name one by PlanPath and Id (ParallelExec.AchievementStatusInfo, ParallelExec.RunResult, ParallelExec.ValidationRecord).' }
        @{ Type = 'System.String'; Description = 'A path, by property name.' }
    )
    Outputs     = @(
        @{ Type = 'ParallelExec.BatchPrompt'; Description = 'One prompt per plan (more with -MaxCharacters), Kind Subplan. ToString() is the text.' }
    )
    Notes       = 'ErrorIds: AchievementNotFound, LevelNotFound, InvalidAchievementId, CircularDependency, PromptTooLarge, ScaffoldTargetExists, ScaffoldOutsidePlan, ScaffoldWriteFailed.'
    Examples    = @(
        @{
            Title   = 'SUBPLANs for level 3, from the pipeline'
            Code    = 'Get-ParallelPlan ./PLAN_X.md | Where-Object Level -eq 3 | New-BatchSubplanPrompt | Set-Clipboard'
            Remarks = 'One prompt for the missing SUBPLANs of level 3. Run it again after the LLM answered: it asks only for what is still missing.'
        }
        @{
            Title   = 'SUBPLANs for what is ready now, from the statuses'
            Code    = 'Get-AchievementStatus ./PLAN_X.md | Where-Object Readiness -eq Ready | New-BatchSubplanPrompt'
            Remarks = 'Each status names its achievement (plan path and id), so only the ready ones are in the prompt.'
        }
        @{
            Title   = 'The same with -Path, split for a small context'
            Code    = 'New-BatchSubplanPrompt -Path ./PLAN_X.md -Level 3 -MaxCharacters 20000 | Select-Object Part, PartCount, CharacterCount, TargetPaths'
            Remarks = 'A batch over 20,000 characters becomes several prompts.'
        }
        @{
            Title   = 'Preview, then write skeletons'
            Code    = "New-BatchSubplanPrompt ./PLAN_X.md -Id 3.1, 3.2 -Scaffold -WhatIf"
            Remarks = 'Shows the skeleton files that -Scaffold would write; without -WhatIf they are written and recorded, and Undo-ParallelBatch removes them again.'
        }
    )
    Links       = @('New-BatchExecutionPrompt', 'Undo-ParallelBatch', 'Get-ParallelPlan', 'about_ParallelExec')
}
