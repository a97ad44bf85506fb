@{
    Synopsis    = 'Builds the prompt that asks an LLM to analyse a plan and return its parallel.json.'
    Description = @'
New-ParallelDiscoveryPrompt is the seed's --parallel-upgrade. For each plan it reads (from -Path, or from achievements on the pipeline) it emits one ParallelExec.BatchPrompt of Kind Discovery whose Text asks an LLM to return a parallel.json that validates against schemas/parallel.schema.json.

The prompt holds the plan name, every achievement with its goal, estimate, declared dependencies and deliverables, the three kinds of parallelism (several EXECUTIONs of one achievement, achievements of one priority, across priorities), the independence checklist (technical, testing, mergeability), what the tool already derived (stated edges with their provenance, the edges that are only assumed, the levels they give) and the exact output format.

The text is deterministic (no clock, paths relative to the plan root), so the same plan always gives the same prompt. ToString() is the text: pipe the prompt to Set-Clipboard or Out-File. TargetPaths holds the parallel.json to write. A plan with a dependency cycle gets a CircularDependency error naming the cycle, and no prompt. Nothing is written.
'@
    Parameters  = @{
        Path        = 'A PLAN file or a plan folder. Wildcards are expanded and every match is read.'
        LiteralPath = 'Like -Path, but taken exactly as written. Accepts the PSPath of Get-ChildItem output from the pipeline.'
        InputObject = 'Achievements from Get-ParallelPlan, or objects that name one (statuses of Get-AchievementStatus, results of Invoke-ParallelPlan, Test-ParallelJson -Detailed records with an Id, any object with PlanPath and Id); one prompt is built per plan they belong to.'
        Assume      = 'How to fill in undeclared dependencies when the plan is read from -Path: Sequential (default), PriorityTier or Independent. The prompt lists these edges as assumed.'
    }
    Inputs      = @(
        @{ Type = 'ParallelExec.Achievement'; Description = 'Achievements from Get-ParallelPlan, or objects that name one by PlanPath and Id (ParallelExec.AchievementStatusInfo, ParallelExec.RunResult, ParallelExec.ValidationRecord).' }
        @{ Type = 'System.String'; Description = 'A path, by property name.' }
    )
    Outputs     = @(
        @{ Type = 'ParallelExec.BatchPrompt'; Description = 'One prompt per plan, Kind Discovery.' }
    )
    Notes       = 'ErrorIds: CircularDependency, plus those of Get-ParallelPlan for unreadable plans.'
    Examples    = @(
        @{
            Title   = 'Copy the discovery prompt of a plan'
            Code    = 'New-ParallelDiscoveryPrompt ./work-space/plans/MY-PLAN | Set-Clipboard'
            Remarks = 'Paste it into an LLM; save its answer as parallel.json beside the PLAN, then check it with Test-ParallelJson.'
        }
        @{
            Title   = 'From the pipeline, assuming priority tiers'
            Code    = 'Get-ParallelPlan ./PLAN_X.md -Assume PriorityTier | New-ParallelDiscoveryPrompt | Out-File discovery.md'
            Remarks = 'The prompt tells the LLM which edges were only assumed, so that it can confirm or drop them.'
        }
    )
    Links       = @('New-BatchSubplanPrompt', 'Test-ParallelJson', 'about_ParallelExec')
}
