BeforeAll {
    . $PSScriptRoot/TestHelpers.ps1
    $script:PlanText = @'
# PLAN: Skip

**Achievement 1.1**: Base (1h)
- **Dependencies**: None

**Achievement 2.1**: Optional (2h)
- **Dependencies**: 1.1

**Achievement 3.1**: After The Optional One
- **Dependencies**: 2.1

**Achievement 3.2**: After Both
- **Dependencies**: 2.1, 2.2

**Achievement 2.2**: Other (1h)
- **Dependencies**: None
'@
    function New-SkipPlan([string] $Name) {
        $plan = Split-Path (New-TestFile "$Name/PLAN_SKIP.md" $PlanText)
        New-TestFile "$Name/execution/feedbacks/APPROVED_11.md" 'ok' | Out-Null
        New-TestFile "$Name/execution/feedbacks/FIX_21.md" 'fix the thing' | Out-Null
        $plan
    }
}

Describe 'Skip-Achievement' {
    It 'writes SKIPPED_<NN>.md with the reason, the date and what it unblocks, and the dependents become ready' {
        $plan = New-SkipPlan 'one'
        (Get-AchievementStatus -Path $plan | Where-Object Id -eq '3.1').Readiness | Should -Be 'Blocked'
        $file = Skip-Achievement -Path $plan -Id 2.1 -Reason 'Not needed for the release.'
        $file | Should -BeOfType [IO.FileInfo]
        $file.FullName | Should -Be (Join-Path $plan 'execution/feedbacks/SKIPPED_21.md')
        $text = Get-Content -Raw $file.FullName
        $text | Should -Match '(?m)^\*\*Achievement\*\*: 2\.1$'
        $text | Should -Match '(?m)^\*\*Date\*\*: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$'
        $text | Should -Match '(?m)^Not needed for the release\.$'
        $text | Should -Match '(?m)^- 3\.1 After The Optional One$'
        $text | Should -Match 'Still waiting on other dependencies: 3\.2'
        $s = Get-AchievementStatus -Path $plan
        ($s | Where-Object Id -eq '2.1').Status | Should -Be 'skipped'
        ($s | Where-Object Id -eq '3.1').Readiness | Should -Be 'Ready'
        ($s | Where-Object Id -eq '3.2').Readiness | Should -Be 'Waiting'
        (Get-ParallelProgress -Path $plan -ByPlan).Skipped | Should -Be 1
    }

    It 'changes nothing with -WhatIf' {
        $plan = New-SkipPlan 'whatif'
        $before = Get-TreeSnapshot $plan
        Skip-Achievement -Path $plan -Id 2.1 -Reason 'x' -WhatIf | Should -BeNullOrEmpty
        Get-TreeSnapshot $plan | Should -Be $before
    }

    It 'refuses to replace a SKIPPED file without -Force' {
        $plan = New-SkipPlan 'force'
        Skip-Achievement -Path $plan -Id 2.2 -Reason 'first' | Out-Null
        Skip-Achievement -Path $plan -Id 2.2 -Reason 'second' -ErrorVariable e -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $e[0].FullyQualifiedErrorId | Should -BeLike 'SkipFileExists*'
        Get-Content -Raw (Join-Path $plan 'execution/feedbacks/SKIPPED_22.md') | Should -Match 'first'
        Skip-Achievement -Path $plan -Id 2.2 -Reason 'second' -Force | Out-Null
        Get-Content -Raw (Join-Path $plan 'execution/feedbacks/SKIPPED_22.md') | Should -Match 'second'
    }

    It 'reports an unknown id and goes on with the others, from the pipeline too' {
        $plan = New-SkipPlan 'unknown'
        $files = Get-ParallelPlan -Path $plan | Skip-Achievement -Id 9.9, 2.2 -Reason 'x' -ErrorVariable e -ErrorAction SilentlyContinue
        @($files).Count | Should -Be 1
        $e[0].FullyQualifiedErrorId | Should -BeLike 'AchievementNotFound*'
        $e[0].TargetObject | Should -Be '9.9'
    }

    It 'creates the feedbacks folder of a plan that has none' {
        $plan = Split-Path (New-TestFile 'bare/PLAN_SKIP.md' $PlanText)
        Skip-Achievement -Path $plan -Id 1.1 -Reason 'Done elsewhere.' | Out-Null
        Test-Path (Join-Path $plan 'execution/feedbacks/SKIPPED_11.md') | Should -BeTrue
        Get-Content -Raw (Join-Path $plan 'execution/feedbacks/SKIPPED_11.md') | Should -Match '(?m)^- 2\.1 Optional$'
    }
}
