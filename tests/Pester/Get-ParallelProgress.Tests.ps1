BeforeAll {
    . $PSScriptRoot/TestHelpers.ps1

    # Level 1: 1.1 approved, 1.2 failed, 1.3 running. Level 2: 2.1 ready (after 1.1), 2.2 blocked (after 1.2),
    # 2.3 waiting (after 1.3), 2.4 skipped. Level 3: 3.1 waiting.
    $planText = @'
# PLAN: Progress

**Achievement 1.1**: A
- **Dependencies**: None

**Achievement 1.2**: B
- **Dependencies**: None

**Achievement 1.3**: C
- **Dependencies**: None

**Achievement 2.1**: D
- **Dependencies**: 1.1

**Achievement 2.2**: E
- **Dependencies**: 1.2

**Achievement 2.3**: F
- **Dependencies**: 1.3

**Achievement 2.4**: G
- **Dependencies**: 1.1

**Achievement 3.1**: H
- **Dependencies**: 2.1
'@
    $script:Plan = Split-Path (New-TestFile 'progress/PLAN_PROGRESS.md' $planText)
    New-TestFile 'progress/execution/feedbacks/APPROVED_11.md' 'ok' | Out-Null
    New-TestFile 'progress/execution/feedbacks/FIX_12.md' 'fix' | Out-Null
    New-TestFile 'progress/execution/EXECUTION_TASK_PROGRESS_13_01.md' "**Achievement**: 1.3`n**Status**: In Progress`n" | Out-Null
    New-TestFile 'progress/execution/feedbacks/SKIPPED_24.md' 'skip' | Out-Null
    function Format-Row($r) { '{0}:{1}/{2} c{3} s{4} f{5} i{6} b{7} r{8} w{9} {10}%' -f $r.Level, $r.Done, $r.Total, $r.Complete, $r.Skipped, $r.Failed, $r.InProgress, $r.Blocked, $r.Ready, $r.Waiting, $r.Percent }
}

Describe 'Get-ParallelProgress' {
    It 'emits one ParallelExec.LevelProgress per level with disjoint counts' {
        $rows = Get-ParallelProgress -Path $Plan
        $rows[0].PSObject.TypeNames[0] | Should -Be 'ParallelExec.LevelProgress'
        ($rows | ForEach-Object { Format-Row $_ }) | Should -Be @(
            '1:1/3 c1 s0 f1 i1 b0 r0 w0 33%'
            '2:1/4 c0 s1 f0 i0 b1 r1 w1 25%'
            '3:0/1 c0 s0 f0 i0 b0 r0 w1 0%'
        )
        "$($rows[1].ReadyIds)" | Should -Be '2.1'
        $rows[1].Achievements.Count | Should -Be 4
        $rows | ForEach-Object { $_.PlanName | Should -Be 'PROGRESS' }
    }

    It '-ByPlan sums the whole plan in one row' {
        $row = Get-ParallelProgress -Path $Plan -ByPlan
        @($row).Count | Should -Be 1
        $row.WholePlan | Should -BeTrue
        $row.Level | Should -BeNullOrEmpty
        Format-Row $row | Should -Be ':2/8 c1 s1 f1 i1 b1 r1 w2 25%'
    }

    It 'takes achievements from the pipeline, and -Id' {
        $rows = Get-ParallelPlan $Plan | Get-ParallelProgress
        ($rows | ForEach-Object { Format-Row $_ }) -join ';' | Should -Be (((Get-ParallelProgress $Plan) | ForEach-Object { Format-Row $_ }) -join ';')
        $only = Get-ParallelProgress $Plan -Id '2.*'
        @($only).Count | Should -Be 1
        $only.Total | Should -Be 4
        (Get-ParallelPlan $Plan | Where-Object Level -eq 1 | Get-ParallelProgress).Total | Should -Be 3
        # Status objects carry their achievement: they bind by property name.
        (Get-AchievementStatus $Plan | Where-Object Status -eq 'failed' | Get-ParallelProgress).Failed | Should -Be 1
    }

    It 'has a compact default view grouped by plan' {
        $text = Get-ParallelProgress $Plan | Out-String -Width 120
        $text | Should -Match 'Plan: PROGRESS'
        $text | Should -Match 'Level\s+Progress\s+InProgress\s+Failed\s+Blocked\s+Drift\s+ReadyIds'
        $text | Should -Match '(?m)1/4 25%\s.*\s2\.1\s*$'
        (Get-ParallelProgress $Plan -ByPlan | Out-String) | Should -Match 'all\s+2/8'
    }

    It 'a workspace with -Recurse: one group of rows per plan, both layouts' {
        New-TestFile 'progress-ws/work-space/plans/A/PLAN_A.md' "**Achievement 1.1**: A`n- Dependencies: None`n" | Out-Null
        New-TestFile 'progress-ws/work-space/plans/A/execution/feedbacks/APPROVED_11.md' 'ok' | Out-Null
        New-TestFile 'progress-ws/documentation/archive/b/planning/PLAN_B.md' "**Achievement 1.1**: B`n- Dependencies: None`n`n**Achievement 1.2**: C`n- Dependencies: 1.1`n" | Out-Null
        $rows = Get-ParallelProgress (Join-Path $TestDrive 'progress-ws') -Recurse -ByPlan
        ($rows | Sort-Object PlanName | ForEach-Object { '{0}={1}%' -f $_.PlanName, $_.Percent }) -join ' ' | Should -Be 'A=100% B=0%'
    }

    It 'bad input: an error for the bad path, rows for the good one' {
        $rows = Get-ParallelProgress (Join-Path $TestDrive 'missing'), $Plan -ErrorVariable e -ErrorAction SilentlyContinue
        @($rows).Count | Should -Be 3
        $e[0].FullyQualifiedErrorId | Should -BeLike 'PlanPathNotFound*'
    }

    It 'on the corpus: GRAPHRAG-OBSERVABILITY-VALIDATION is 100% in each of its 7 registered levels' {
        $path = Join-Path $CorpusPath 'workspace/work-space/plans/GRAPHRAG-OBSERVABILITY-VALIDATION'
        if (-not (Test-Path $path)) { Set-ItResult -Skipped -Because "the corpus is not at $CorpusPath"; return }
        $rows = Get-ParallelProgress $path
        ($rows.Level | ForEach-Object { "$_" }) -join ' ' | Should -Be '1 2 3 4 5 6 7'
        $rows | ForEach-Object { $_.Percent | Should -Be 100 }
        ($rows | Measure-Object -Sum Total).Sum | Should -Be 24
    }
}

Describe 'Get-ParallelProgress drift and readiness' {
    It 'counts per row the achievements whose PLAN mark the files contradict, and shows running ones as in progress' {
        $text = "# PLAN: Drifting`n`n**Achievement 1.1**: A ✅`n- **Dependencies**: None`n`n**Achievement 1.2**: B`n- **Dependencies**: None`n`n**Achievement 2.1**: C`n- **Dependencies**: 1.1`n`n## Tracking`n`n- [x] 1.2: B`n"
        $root = Split-Path (New-TestFile 'drifting/PLAN_DRIFTING.md' $text)
        New-TestFile 'drifting/execution/EXECUTION_TASK_DRIFTING_11_01.md' "**Achievement**: 1.1`n**Status**: In Progress`n" | Out-Null
        New-TestFile 'drifting/execution/EXECUTION_TASK_DRIFTING_12_01.md' "**Achievement**: 1.2`n**Status**: Pending`n" | Out-Null
        $rows = Get-ParallelProgress $root
        ($rows | Where-Object Level -eq 1).Drift | Should -Be 2 # 1.1's definition line and 1.2's checklist item say done; their files do not
        ($rows | Where-Object Level -eq 1).InProgress | Should -Be 2 # in progress, and execution created: both running
        ($rows | Where-Object Level -eq 2).Drift | Should -Be 0
        (Get-ParallelProgress $root -ByPlan).Drift | Should -Be 2
        (Get-AchievementStatus $root | Where-Object Id -eq '1.2').Readiness | Should -Be 'Running'
    }
}
