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

    Context 'LastRun: what the newest recorded run really saved' {
        It 'measures the newest readable run record: work added up against first start to last completion' {
            $plan = New-TestFile 'runs/PLAN_RUNS.md' "# PLAN: Runs`n`n**Achievement 1.1**: A (1h)`n`n**Achievement 1.2**: B (1h)`n- **Dependencies**: None`n`n**Achievement 1.3**: C (1h)`n- **Dependencies**: 1.1, 1.2`n"
            $folder = Split-Path $plan
            (Measure-ParallelPlan $folder -WarningAction SilentlyContinue).LastRun | Should -BeNullOrEmpty
            $runs = Join-Path $folder '.parallel/runs'
            $null = New-Item -ItemType Directory -Force $runs
            # 1.1 and 1.2 side by side for 10 s each, then 1.3 for 5 s: 25 s of work in 15 s.
            Set-Content (Join-Path $runs '20261201T100000000Z.json') @"
{ "plan": "RUNS", "run": "20261201T100000000Z", "throttle_limit": 2, "achievements": [
  { "achievement": "1.1", "result": "succeeded", "started_at": "2026-12-01T10:00:00.000Z", "completed_at": "2026-12-01T10:00:10.000Z" },
  { "achievement": "1.2", "result": "succeeded", "started_at": "2026-12-01T10:00:00.000Z", "completed_at": "2026-12-01T10:00:10.000Z" },
  { "achievement": "1.3", "result": "failed", "started_at": "2026-12-01T10:00:10.000Z", "completed_at": "2026-12-01T10:00:15.000Z" },
  { "achievement": "9.9", "result": "blocked", "started_at": null, "completed_at": null } ] }
"@
            # A newer record that cannot be read is passed over.
            Set-Content (Join-Path $runs '20261201T110000000Z.json') '{ not json'
            $run = (Measure-ParallelPlan $folder -WarningAction SilentlyContinue).LastRun
            $run.RunId | Should -Be '20261201T100000000Z'
            $run.Ran | Should -Be 3
            $run.Succeeded | Should -Be 2
            $run.Failed | Should -Be 1
            $run.ThrottleLimit | Should -Be 2
            $run.WorkTime | Should -Be '00:00:25.000'
            $run.WallTime | Should -Be '00:00:15.000'
            $run.WorkSeconds | Should -Be 25
            $run.WallSeconds | Should -Be 15
            $run.SavedPercent | Should -Be 40
            # In JSON the durations are plain seconds, at any depth, and the TimeSpans are left out.
            $json = Measure-ParallelPlan $folder -WarningAction SilentlyContinue | ConvertTo-Json -Depth 4
            $json | Should -Not -Match '"Ticks"\s*:'
            $last = ($json | ConvertFrom-Json).LastRun
            $last.WorkSeconds | Should -Be 25
            $last.WallSeconds | Should -Be 15
            $last.SavedSeconds | Should -Be 10
            $last.WorkTime | Should -Be '00:00:25.000'
            $last.TimeSaved | Should -Be '00:00:10.000'
            "$run" | Should -Be '20261201T100000000Z: 3 ran (2 succeeded, 1 failed) at -ThrottleLimit 2; 25 s of work in 15 s (40% saved)'
            (Measure-ParallelPlan $folder -WarningAction SilentlyContinue | Out-String -Width 200) | Should -Match 'LastRun\s+: 20261201T100000000Z: 3 ran'
        }

        It 'measures a real run of Invoke-ParallelPlan: every achievement that ran, and less wall-clock time than work' {
            $plan = New-TestFile 'realrun/PLAN_REAL.md' "# PLAN: Real`n`n**Achievement 1.1**: A (1h)`n- **Dependencies**: None`n`n**Achievement 1.2**: B (1h)`n- **Dependencies**: None`n`n**Achievement 1.3**: C (1h)`n- **Dependencies**: None`n"
            $folder = Split-Path $plan
            $null = Invoke-ParallelPlan $folder -ThrottleLimit 3 -ScriptBlock { Start-Sleep -Milliseconds 300 }
            $run = (Measure-ParallelPlan $folder).LastRun
            $run.Ran | Should -Be 3
            $run.Succeeded | Should -Be 3
            $run.WorkSeconds | Should -BeGreaterOrEqual 0.9
            $run.WallSeconds | Should -BeLessThan $run.WorkSeconds
        }
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

    It 'has properties named as the default view labels them (Edges), so Select-Object finds them' {
        $m = Measure-ParallelPlan -Path $Diamond -WarningAction SilentlyContinue
        $m.Edges | Should -Be $m.Source
        (Measure-ParallelPlan (Join-Path $RepoRoot 'examples/seed') -Assume Independent -WarningAction SilentlyContinue).Edges | Should -Be 'PLAN'
        ($m | Select-Object Edges).Edges | Should -Not -BeNullOrEmpty
    }

    It 'has a default view that shows the critical path' {
        $text = Measure-ParallelPlan -Path $Diamond -WarningAction SilentlyContinue | Out-String
        $text | Should -Match 'CriticalPath\s*:\s*1\.1, 2\.2, 3\.1'
        $text | Should -Match 'WithoutEstimate\s*:\s*3\.1'
        $text | Should -Match 'Actual\s*:\s*none recorded'
    }
}
