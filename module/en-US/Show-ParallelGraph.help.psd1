@{
    Synopsis    = 'Draws a plan''s dependency graph as a terminal tree, Mermaid flowchart or Graphviz dot text.'
    Description = @'
Show-ParallelGraph emits one string per plan.

-Format Tree (the default) prints the achievements without dependencies at the top, each followed by the achievements that depend on it. Each achievement is printed in full once; a later mention shows its id and title with "(see above)". The symbol before the id is the status derived from the files (✔ complete, ◐ SUBPLAN or EXECUTION created, ▶ in progress, ✘ failed, ↷ skipped, ○ not started) and "*" marks the critical path (the longest chain by estimate, as Measure-ParallelPlan computes it). On a terminal the lines are coloured by status with ANSI; there is no colour under NO_COLOR, with -NoColor, with $PSStyle.OutputRendering PlainText, when output is redirected, or when the output is piped to another command.

-Format Mermaid emits a "flowchart TD" for a markdown file: one subgraph per level, an edge from each dependency to its dependent, a class per status, and the critical path drawn red (classDef critical and linkStyle). -Format Dot emits a Graphviz digraph with one rank=same subgraph per level and the critical path bold and red. Both are plain text without colour, so "> graph.mmd" or "> graph.dot" writes a usable file.

Levels are the waves computed from the edges. Achievements in or behind a dependency cycle are drawn in a last group ("In a cycle") and the plan then has no critical path.
'@
    Parameters  = @{
        Path           = 'A PLAN file, a plan folder or a parallel.json. Wildcards are expanded and every match is drawn. Without a path, the current folder is read.'
        LiteralPath    = 'Like -Path, but taken exactly as written: no wildcard characters are interpreted. Accepts the PSPath of Get-ChildItem output from the pipeline.'
        InputObject    = 'Achievements from Get-ParallelPlan, or objects that name one (statuses of Get-AchievementStatus, results of Invoke-ParallelPlan, Test-ParallelJson -Detailed records with an Id, any object with PlanPath and Id); each distinct plan among them is drawn once, when the input ends.'
        Assume         = 'How to fill in dependencies a PLAN does not declare (Sequential, PriorityTier or Independent), as for Get-ParallelPlan.'
        Format         = 'Tree (default), Mermaid or Dot.'
        NoColor        = 'No ANSI colour in the tree, even on a terminal.'
        IgnoreRegistry = 'Draw the PLAN''s declared edges alone, ignoring a parallel.json beside it.'
    }
    Inputs      = @(
        @{ Type = 'ParallelExec.Achievement'; Description = 'Achievements from Get-ParallelPlan, or objects that name one by PlanPath and Id (ParallelExec.AchievementStatusInfo, ParallelExec.RunResult, ParallelExec.ValidationRecord).' }
        @{ Type = 'System.String'; Description = 'A path, by property name (Path or PSPath).' }
    )
    Outputs     = @(
        @{ Type = 'System.String'; Description = 'One multi-line string per plan, ending with a newline.' }
    )
    Notes       = 'The text is deterministic (levels ascending, achievements and edges by id), so that it can be compared with a saved copy.'
    Examples    = @(
        @{
            Title   = 'The dependency tree on the terminal'
            Code    = 'Show-ParallelGraph ./work-space/plans/MY-PLAN'
            Remarks = 'Status symbols and colours show what is done, failed and waiting; * marks the critical path.'
        }
        @{
            Title   = 'A Mermaid diagram for a markdown file'
            Code    = 'Show-ParallelGraph ./MY-PLAN -Format Mermaid > graph.mmd'
            Remarks = 'Paste it inside a ```mermaid block, or render it with the Mermaid CLI.'
        }
        @{
            Title   = 'A Graphviz picture'
            Code    = 'Show-ParallelGraph ./MY-PLAN -Format Dot | dot -Tsvg -o graph.svg'
            Remarks = 'Levels are ranks; the critical path is bold and red.'
        }
    )
    Links       = @('Measure-ParallelPlan', 'Get-ParallelPlan', 'about_ParallelExec')
}
