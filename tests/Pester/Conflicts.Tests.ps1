BeforeAll { . $PSScriptRoot/TestHelpers.ps1 }

# Mutual exclusion (issue 14): two achievements of one level that declare the same file never overlap, in a run, in the
# measure's prediction and in an exported workflow; -IgnoreConflicts lets them overlap. Executions as units in the measure.
Describe 'Conflicting achievements' {
    BeforeAll {
        $script:Repo = Join-Path $TestDrive 'repo'
        $null = New-Item -ItemType Directory -Force (Join-Path $Repo 'plan')
        & git -C $Repo init -q 2>&1 | Out-Null
        $planText = "# PLAN: Clash`n`n**Achievement 1.1**: Parser`n`n- **Dependencies**: None`n`n**Achievement 1.2**: Printer`n`n- **Dependencies**: None`n`n**Achievement 1.3**: Docs`n`n- **Dependencies**: None`n"
        Set-Content -LiteralPath (Join-Path $Repo 'plan/PLAN_CLASH.md') -Value $planText
        $registry = @'
{ "plan": "CLASH", "version": "1.0.0", "levels": [ { "level": 1, "achievements": [
  { "id": "1.1", "title": "Parser", "dependencies": [], "estimated_hours": 1, "executions": [ { "id": "1", "estimated_hours": 1, "files": ["src/shared.cs"] } ] },
  { "id": "1.2", "title": "Printer", "dependencies": [], "estimated_hours": 1, "executions": [ { "id": "1", "estimated_hours": 1, "files": ["src/shared.cs", "src/printer.cs"] } ] },
  { "id": "1.3", "title": "Docs", "dependencies": [], "estimated_hours": 1, "executions": [ { "id": "1", "estimated_hours": 1, "files": ["docs/x.md"] } ] } ] } ] }
'@
        Set-Content -LiteralPath (Join-Path $Repo 'plan/parallel.json') -Value $registry
        & git -C $Repo add -A 2>&1 | Out-Null
        & git -C $Repo -c user.name=t -c user.email=t@t commit -qm plan 2>&1 | Out-Null
        $script:Plan = Join-Path $Repo 'plan'
    }

    It 'Invoke-ParallelPlan runs the two that declare the same file one after the other, and the third beside them' {
        $r = Invoke-ParallelPlan -LiteralPath $Plan -ThrottleLimit 3 { Start-Sleep -Milliseconds 400 }
        $by = @{}; $r | ForEach-Object { $by[$_.Id.ToString()] = $_ }
        ($r | Where-Object Result -eq Succeeded).Count | Should -Be 3
        $first, $second = @($by['1.1'], $by['1.2']) | Sort-Object StartedAt
        $second.StartedAt | Should -BeGreaterOrEqual $first.CompletedAt
        # 1.3 writes something else: it starts with the first of them, not after it.
        $by['1.3'].StartedAt | Should -BeLessThan $first.CompletedAt
    }

    It 'with -IgnoreConflicts they overlap' {
        $r = Invoke-ParallelPlan -LiteralPath $Plan -ThrottleLimit 3 -IgnoreConflicts { Start-Sleep -Milliseconds 400 }
        $by = @{}; $r | ForEach-Object { $by[$_.Id.ToString()] = $_ }
        $first, $second = @($by['1.1'], $by['1.2']) | Sort-Object StartedAt
        $second.StartedAt | Should -BeLessThan $first.CompletedAt
    }

    It 'Measure-ParallelPlan predicts the same: 1.2 starts when 1.1 finishes, 2 h in all, 1 h with -IgnoreConflicts' {
        $m = Measure-ParallelPlan -LiteralPath $Plan
        $m.Exclusions | Should -Be @('1.1~1.2')
        "$($m.ParallelHours)" | Should -Be '2h'
        $at = @{}; $m.Schedule | ForEach-Object { $at[$_.Id.ToString()] = $_ }
        $at['1.2'].Start | Should -Be $at['1.1'].Finish
        $at['1.3'].Start | Should -Be 0
        $w = Invoke-ParallelPlan -LiteralPath $Plan -WhatIf { }
        ($w | Where-Object { $_.Id.ToString() -eq '1.2' }).StartHours | Should -Be 1
        $free = Measure-ParallelPlan -LiteralPath $Plan -IgnoreConflicts
        "$($free.ParallelHours)" | Should -Be '1h'
        $free.Exclusions | Should -BeNullOrEmpty
    }

    It 'Export-ParallelWorkflow gives the later of the two a needs on the earlier; -IgnoreConflicts does not' {
        $file = Join-Path $Repo '.github/workflows/clash.yml'
        $null = Export-ParallelWorkflow -LiteralPath $Plan -Target GitHubActions -Run 'echo {Id}' -OutFile $file
        # The job block of 1.2: from its key to the next job's.
        function Get-Job([string] $Text, [string] $Key) { ($Text -split "(?m)^  (?=[a-z_0-9]+:\s*$)" | Where-Object { $_.StartsWith("$($Key):") }) }
        $job = Get-Job (Get-Content -Raw $file) 'a_1_2'
        $job | Should -Match 'needs:'
        $job | Should -Match 'a_1_1'
        Get-Job (Get-Content -Raw $file) 'a_1_1' | Should -Not -Match 'needs:'
        $null = Export-ParallelWorkflow -LiteralPath $Plan -Target GitHubActions -Run 'echo {Id}' -OutFile $file -Force -IgnoreConflicts
        Get-Job (Get-Content -Raw $file) 'a_1_2' | Should -Not -Match 'needs:'
    }

    It 'an achievement with three independent 2 h / 2 h / 3 h executions measures 7 h sequential, 3 h parallel' {
        $dir = Join-Path $TestDrive 'units'
        $null = New-Item -ItemType Directory -Force $dir
        Set-Content -LiteralPath (Join-Path $dir 'PLAN_UNITS.md') -Value "# PLAN: Units`n`n**Achievement 1.1**: Three parts`n`n- **Dependencies**: None`n"
        Set-Content -LiteralPath (Join-Path $dir 'parallel.json') -Value '{ "plan": "UNITS", "version": "1.0.0", "levels": [ { "level": 1, "achievements": [ { "id": "1.1", "title": "Three parts", "dependencies": [], "executions": [ { "id": "1", "estimated_hours": 2 }, { "id": "2", "estimated_hours": 2 }, { "id": "3", "estimated_hours": 3 } ] } ] } ] }'
        $m = Measure-ParallelPlan -LiteralPath $dir -WarningVariable warned -WarningAction SilentlyContinue
        $warned | Should -BeNullOrEmpty # the executions carry the estimates: nothing is without one
        "$($m.SequentialHours)" | Should -Be '7h'
        "$($m.ParallelHours)" | Should -Be '3h'
        "$($m.SavedWithinAchievements)" | Should -Be '4h'
        $m.ExecutionCount | Should -Be 3
        @($m.Schedule | Where-Object Start -eq 0).Count | Should -Be 3
        $m.MaxParallelism | Should -Be 3
        "$($m.Levels[0])" | Should -Be 'L1: 1.1 (7h / 3h)'
    }
}

Describe 'Invoke-ParallelPlan with planned executions' {
    BeforeAll {
        $script:Dir = Join-Path $TestDrive 'exec'
        $null = New-Item -ItemType Directory -Force $Dir
        Set-Content -LiteralPath (Join-Path $Dir 'PLAN_EXEC.md') -Value "# PLAN: Exec`n`n**Achievement 1.1**: Parts`n`n- **Dependencies**: None`n`n**Achievement 2.1**: After`n`n- **Dependencies**: 1.1`n"
        Set-Content -LiteralPath (Join-Path $Dir 'parallel.json') -Value @'
{ "plan": "EXEC", "version": "1.0.0", "levels": [
  { "level": 1, "achievements": [ { "id": "1.1", "title": "Parts", "dependencies": [], "executions": [
      { "id": "1", "title": "First", "estimated_hours": 1 }, { "id": "2", "title": "Second", "dependencies": ["1"], "estimated_hours": 1 }, { "id": "3", "title": "Beside", "estimated_hours": 1 } ] } ] },
  { "level": 2, "achievements": [ { "id": "2.1", "title": "After", "dependencies": ["1.1"], "estimated_hours": 1 } ] } ] }
'@
        $script:Marks = Join-Path $TestDrive 'exec-marks'
        $null = New-Item -ItemType Directory -Force $Marks
    }

    It 'runs each execution as its own action, after its own dependencies; the achievement is done when all are' {
        $r = Invoke-ParallelPlan -LiteralPath $Dir -ThrottleLimit 2 {
            param($a, $prompt, $execution)
            $name = if ($execution) { "$($a.Id)_$($execution.Label)" } else { "$($a.Id)" }
            [IO.File]::WriteAllText((Join-Path $using:Marks "$name.start"), [DateTime]::UtcNow.ToString('o'))
            Start-Sleep -Milliseconds 300
            [IO.File]::WriteAllText((Join-Path $using:Marks "$name.end"), [DateTime]::UtcNow.ToString('o'))
            if ($execution) { "prompt names $($execution.Label): $($prompt -match "EXECUTION_TASK $($execution.Label)")" }
        }
        ($r | Where-Object Result -eq Succeeded).Count | Should -Be 2
        function T([string] $n) { [DateTime]::Parse((Get-Content -Raw (Join-Path $Marks $n)), $null, 'RoundtripKind') }
        (Get-ChildItem $Marks -Filter *.start).Name | Sort-Object | Should -Be @('1.1_1.start', '1.1_2.start', '1.1_3.start', '2.1.start')
        (T '1.1_2.start') | Should -BeGreaterOrEqual (T '1.1_1.end')   # 2 waits for 1
        (T '1.1_3.start') | Should -BeLessThan (T '1.1_1.end')         # 3 runs beside 1
        $last = @((T '1.1_1.end'), (T '1.1_2.end'), (T '1.1_3.end')) | Sort-Object | Select-Object -Last 1
        (T '2.1.start') | Should -BeGreaterOrEqual $last                # 2.1 waits for all of 1.1
        $one = $r | Where-Object { "$($_.Id)" -eq '1.1' }
        Get-Content (Join-Path (Split-Path $one.LogPath) '1.1_2.log') | Should -Be 'prompt names 2: True'
        Get-Content $one.LogPath | Should -Contain 'execution 3: succeeded'
    }

    It 'a failing execution fails its achievement and blocks its dependents' {
        $r = Invoke-ParallelPlan -LiteralPath $Dir -ErrorAction SilentlyContinue -WarningAction SilentlyContinue { param($a, $p, $e) if ($e -and $e.Label -eq '1') { throw 'broken part' } }
        $by = @{}; $r | ForEach-Object { $by["$($_.Id)"] = $_ }
        $by['1.1'].Result | Should -Be 'Failed'
        $by['1.1'].Error | Should -Match 'execution 1 failed: .*broken part'
        $by['2.1'].Result | Should -Be 'Blocked'
    }

    It '-Command gets {ExecutionId} for each execution' -Skip:(-not (Get-Command sh -CommandType Application -ErrorAction Ignore)) {
        $file = Join-Path $TestDrive 'ids.txt'
        $null = Invoke-ParallelPlan -LiteralPath $Dir -Id 1.1 -Command sh, '-c', "echo '{Id}/{ExecutionId}' >> '$file'"
        (Get-Content $file | Sort-Object) | Should -Be @('1.1/1', '1.1/2', '1.1/3')
    }
}

Describe 'Conflicts declared in the PLAN itself (the write-set reader)' {
    It 'two achievements of one level whose Deliverables name the same file run one after the other, and Measure predicts it' {
        $repo = Join-Path $TestDrive 'deliverables'
        $null = New-Item -ItemType Directory -Force $repo
        & git -C $repo init -q 2>&1 | Out-Null
        $text = "# PLAN: Decl`n`n**Achievement 1.1**: Parser (1h)`n- **Dependencies**: None`n- **Deliverables**: ``src/shared.cs```n`n" +
            "**Achievement 1.2**: Printer (1h)`n- **Dependencies**: None`n- **Deliverables**: ``src/shared.cs``, ``src/printer.cs```n`n" +
            "**Achievement 1.3**: Docs (1h)`n- **Dependencies**: None`n- **Deliverables**: ``docs/x.md```n"
        Set-Content -LiteralPath (Join-Path $repo 'PLAN_DECL.md') -Value $text
        $plan = Join-Path $repo 'PLAN_DECL.md'
        (Get-ParallelConflict -LiteralPath $plan -ConflictOnly | ForEach-Object { "$($_.Id)~$($_.OtherId) $($_.SharedPaths -join ',')" }) | Should -Be '1.1~1.2 src/shared.cs'
        $m = Measure-ParallelPlan -LiteralPath $plan
        $m.Exclusions | Should -Be @('1.1~1.2')
        "$($m.ParallelHours)" | Should -Be '2h'
        $r = Invoke-ParallelPlan -LiteralPath $plan -ThrottleLimit 3 { Start-Sleep -Milliseconds 400 }
        $by = @{}; $r | ForEach-Object { $by[$_.Id] = $_ }
        $first, $second = @($by['1.1'], $by['1.2']) | Sort-Object StartedAt
        $second.StartedAt | Should -BeGreaterOrEqual $first.CompletedAt
        $by['1.3'].StartedAt | Should -BeLessThan $first.CompletedAt
        "$((Measure-ParallelPlan -LiteralPath $plan -IgnoreConflicts).ParallelHours)" | Should -Be '1h'
    }
}
