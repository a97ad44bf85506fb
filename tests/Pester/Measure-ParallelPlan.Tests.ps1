BeforeAll {
    . $PSScriptRoot/TestHelpers.ps1
    $script:Seed = Join-Path $TestDrive 'seed'
    $script:HasSeed = New-SeedFolder $Seed
    $script:Diamond = Split-Path (New-TestFile 'diamond/PLAN_DIAMOND.md' @'
# PLAN: Diamond

**Achievement 1.1**: Base (1h)
- **Dependencies**: None

**Achievement 2.1**: Left (2h)
- **Dependencies**: 1.1

**Achievement 2.2**: Right (4h)
- **Dependencies**: 1.1

**Achievement 3.1**: Top
- **Dependencies**: 2.1, 2.2
'@)
}

Describe 'Measure-ParallelPlan' {
    It 'measures a diamond and names the achievement without an estimate' {
        $m = Measure-ParallelPlan -Path $Diamond -WarningVariable w -WarningAction SilentlyContinue
        $m.PSObject.TypeNames[0] | Should -Be 'ParallelExec.PlanMeasure'
        "$($m.SequentialHours) $($m.ParallelHours) $($m.HoursSaved) $($m.ReductionPercent)" | Should -Be '7h 5h 2h 29%'
        $m.CriticalPath -join ' ' | Should -Be '1.1 2.2 3.1'
        $m.MaxParallelism | Should -Be 2
        "$($m.WithoutEstimate)" | Should -Be '3.1'
        $w | Should -Match 'MissingEstimate.*3\.1'
    }

    It 'takes achievements from the pipeline and schedules on -Executors' {
        $m = Get-ParallelPlan -Path $Diamond | Measure-ParallelPlan -Executors 1 -WarningAction SilentlyContinue
        @($m).Count | Should -Be 1
        "$($m.ParallelHours)" | Should -Be '7h'
        $m.Executors | Should -Be 1
    }

    It 'warns that assumed edges are not measured parallelism' {
        $path = New-TestFile 'assumed/PLAN_ASSUMED.md' "# PLAN: Assumed`n`n**Achievement 1.1**: A (1h)`n`n**Achievement 1.2**: B (1h)`n"
        $m = Measure-ParallelPlan -Path $path -WarningVariable w -WarningAction SilentlyContinue
        $m.AssumedEdgeCount | Should -Be 1
        $m.IsMeasured | Should -BeFalse
        "$w" | Should -Match 'DependenciesAssumed'
    }

    It 'does not call parallelism measured when -Assume Independent supplied it' {
        $path = New-TestFile 'independent/PLAN_IND.md' "# PLAN: Ind`n`n**Achievement 1.1**: A (1h)`n`n**Achievement 1.2**: B (1h)`n`n**Achievement 1.3**: C (1h)`n"
        $m = Measure-ParallelPlan -Path $path -Assume Independent -WarningAction SilentlyContinue
        $m.AssumedEdgeCount | Should -Be 0
        $m.AssumedIndependentCount | Should -Be 2
        $m.IsMeasured | Should -BeFalse
        ($m | Out-String) | Should -Match 'Edges\s+: PLAN \(2 assumed independent\)'
    }

    It 'reports a cycle as an error and goes on' {
        $path = New-TestFile 'cycle/PLAN_CYCLE.md' "# PLAN: Cycle`n`n**Achievement 1.1**: A (1h)`n- **Dependencies**: 1.2`n`n**Achievement 1.2**: B (1h)`n- **Dependencies**: 1.1`n"
        $m = Measure-ParallelPlan -Path $path, $Diamond -ErrorVariable e -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
        @($m).Count | Should -Be 1
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CircularDependency*'
        # Once, not once from reading the plan and again from measuring it; with the edge to remove.
        @($e).Count | Should -Be 1
        $e[0].ErrorDetails.RecommendedAction | Should -BeLike 'Remove one of these dependencies, most likely 1.1 -> 1.2*'
    }

    It 'checks the seed''s own claim against its PLAN: level 3 in parallel saves, the PLAN''s 3.1 -> 3.2 -> 3.3 does not' {
        if (-not $HasSeed) { Set-ItResult -Skipped -Because 'the seed plan is absent'; return }
        $claimed = Measure-ParallelPlan -Path $Seed
        $declared = Measure-ParallelPlan -Path $Seed -IgnoreRegistry
        $claimed.Source | Should -Be 'parallel.json'
        $declared.Source | Should -Be 'PLAN'
        "$($claimed.SequentialHours) $($claimed.ParallelHours) $($claimed.HoursSaved) $($claimed.ReductionPercent)" | Should -Be '31-45h 27-39h 4-6h 13%'
        "$($declared.SequentialHours) $($declared.ParallelHours) $($declared.HoursSaved) $($declared.ReductionPercent)" | Should -Be '31-45h 31-45h 0h 0%'
        $level3 = $claimed.Levels | Where-Object { $_.Ids -contains '3.1' }
        $level3.Ids -join ' ' | Should -Be '3.1 3.2 3.3'
        "$($level3.SequentialHours) $($level3.ParallelHours)" | Should -Be '7-11h 3-5h'
        $claimed.MaxParallelism | Should -Be 3
        $declared.MaxParallelism | Should -Be 1
        $declared.CriticalPath -join ' ' | Should -Be '1.1 1.2 1.3 2.1 2.2 2.3 3.1 3.2 3.3'
    }

    It 'has a default view that shows the critical path' {
        $text = Measure-ParallelPlan -Path $Diamond -WarningAction SilentlyContinue | Out-String
        $text | Should -Match 'CriticalPath\s*:\s*1\.1 -> 2\.2 -> 3\.1'
        $text | Should -Match 'WithoutEstimate\s*:\s*1: 3\.1'
        $text | Should -Match 'Actual\s*:\s*none recorded'
    }
}
