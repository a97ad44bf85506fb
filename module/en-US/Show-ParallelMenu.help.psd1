@{
    Synopsis    = 'Opens the interactive PARALLEL EXECUTION MENU for one plan: progress per level and the options that make sense now.'
    Description = @'
Show-ParallelMenu shows the plan, its progress per level ("Level 1 (3/3 complete)"; a skipped achievement is counted as skipped, not complete) and the options that make sense now; a single key chooses one. On a terminal the menu is one screen: it uses the alternate screen buffer, redraws in place after every key (a mistyped one too), follows the plan's files by itself (a new SUBPLAN, EXECUTION_TASK, APPROVED or FIX file updates the progress without a key press; r or Enter reads them again by hand), and restores the screen when it ends, with q or Ctrl+C. Options 1 and 2 ask for a level (Enter: the one shown) or achievement ids; s asks for confirmation and says how to undo the skip; f's fix prompt holds every EXECUTION_TASK of the achievement and asks for its FIX_<NN>_RESOLUTION.md. Colours follow $PSStyle.OutputRendering and NO_COLOR (or -NoColor).

1  Create SUBPLANs for the next level that needs them (the New-BatchSubplanPrompt prompt).
2  Create EXECUTIONs for the first level whose SUBPLANs exist (the New-BatchExecutionPrompt prompt).
3  The execution prompt of one ready achievement (asks for its id).
4  The dependency graph (Show-ParallelGraph's tree).
5  Validate parallel.json (Test-ParallelJson's findings).
6  The discovery prompt that (re)generates parallel.json (New-ParallelDiscoveryPrompt).
7  Export parallel.json from the PLAN, when there is none (Export-ParallelJson).
r  Refresh: read the plan's files again.  h  Help.  q  Exit.

An option that cannot act now is shown disabled with the reason and does nothing but say so. When an achievement has failed (a FIX file without APPROVED), the menu shows what failed and which achievements it blocks (or that it blocks none), with the recovery options: f (its fix prompt: the FIX file's findings and the EXECUTION_TASK it refers to), s (skip it, asking for the reason: Skip-Achievement's SKIPPED file) and c (continue with the rest).

A prompt goes to the clipboard when Set-Clipboard reaches one (Windows, macOS, Linux with xclip, xsel or wl-copy); otherwise it is written to <plan root>/.parallel/prompts/<name>.md and the menu shows the path. After each option the plan is read again, so files written meanwhile count.

An invalid parallel.json or a dependency cycle does not stop the menu: it shows the error with its fix, and the batch options that would act on the cycle are disabled with the reason.

The menu needs an interactive terminal. With redirected input or a non-interactive host (CI, pwsh -NonInteractive) it stops with a MenuRequiresInteractiveHost error instead of waiting for keys; use the batch cmdlets there.
'@
    Parameters  = @{
        Path        = 'A PLAN file or plan folder (one plan). Wildcards are expanded. Without a path, the current folder is read.'
        LiteralPath = 'Like -Path, but taken exactly as written: no wildcard characters are interpreted. Accepts the PSPath of Get-ChildItem output from the pipeline.'
        InputObject = 'Achievements of one plan from Get-ParallelPlan, or objects that name one by PlanPath and Id (statuses of Get-AchievementStatus).'
        Assume      = 'How to fill in dependencies a PLAN does not declare (Sequential, PriorityTier or Independent), as for Get-ParallelPlan.'
        NoColor     = 'No ANSI colour, even on a terminal (NO_COLOR and redirected output also turn it off).'
    }
    Inputs      = @(
        @{ Type = 'ParallelExec.Achievement'; Description = 'Achievements of one plan from Get-ParallelPlan, or objects that name one by PlanPath and Id.' }
        @{ Type = 'System.String'; Description = 'A path, by property name (Path or PSPath).' }
    )
    Outputs     = @(
        @{ Type = 'None'; Description = 'The menu writes to the host only.' }
    )
    Notes       = 'The menu''s logic is the ParallelExec.Menu.ParallelMenu class (Header, Problems, Failures, Options, Run), usable without a terminal.'
    Examples    = @(
        @{
            Title   = 'Open the menu on a plan'
            Code    = 'Show-ParallelMenu ./work-space/plans/MY-PLAN'
            Remarks = 'Press 1 for the SUBPLAN prompt of the next level, 4 for the graph, q to leave.'
        }
        @{
            Title   = 'The same logic without a terminal'
            Code    = '$m = [ParallelExec.Menu.ParallelMenu]::new((Get-ParallelPlan ./MY-PLAN)[0].Plan); $m.Options; $m.Run($m.Find(''1'')).PromptText'
            Remarks = 'What the menu would offer, and the prompt option 1 would hand over.'
        }
    )
    Links       = @('Get-ParallelProgress', 'New-BatchSubplanPrompt', 'New-BatchExecutionPrompt', 'Skip-Achievement', 'about_ParallelExec')
}
