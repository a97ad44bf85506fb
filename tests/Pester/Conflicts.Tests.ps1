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
