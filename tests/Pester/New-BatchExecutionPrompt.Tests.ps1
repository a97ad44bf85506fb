BeforeAll { . $PSScriptRoot/TestHelpers.ps1 }

Describe 'New-BatchExecutionPrompt' {
    BeforeEach {
        $script:Seed = Join-Path $TestDrive ('seed-' + [guid]::NewGuid().ToString('N').Substring(0, 6))
        $script:HasSeed = New-SeedFolder $Seed
    }

    It 'skips achievements without a SUBPLAN with that reason' {
        if (-not $HasSeed) { Set-ItResult -Skipped -Because "the seed is not at $SeedPath"; return }
        $null = New-SeedSubplan $Seed '3.1'
        $p = New-BatchExecutionPrompt -Path $Seed -Level 3 -IgnoreDependencies
        ($p.TargetPaths | Split-Path -Leaf) | Should -Be 'EXECUTION_TASK_PARALLEL-EXECUTION-AUTOMATION_31_01.md'
        $p.Skipped.Id | Should -Be @('3.2', '3.3')
        $p.Skipped.Reason | ForEach-Object { $_ | Should -Match 'SUBPLAN missing' }
    }

    It 'skips achievements waiting on unfinished dependencies unless -IgnoreDependencies' {
        if (-not $HasSeed) { Set-ItResult -Skipped -Because "the seed is not at $SeedPath"; return }
        $null = New-SeedSubplan $Seed '3.1'
        $r = New-BatchExecutionPrompt -Path $Seed -Id 3.1 -Verbose -WarningVariable w -WarningAction SilentlyContinue 4>&1
        ($r | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }) -join "`n" | Should -Match '3\.1: waiting on unfinished dependencies \(2\.3 \(not_started\)\)'
        "$w" | Should -Match 'Nothing left to create'
    }

    It '-Strict makes a missing SUBPLAN an error' {
        if (-not $HasSeed) { Set-ItResult -Skipped -Because "the seed is not at $SeedPath"; return }
        $null = New-BatchExecutionPrompt -Path $Seed -Level 3 -Strict -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].FullyQualifiedErrorId | Should -Match '^SubplanMissing'
        $e[0].TargetObject | Should -Be '3.1'
        $e[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'asks for every planned EXECUTION_TASK still missing and matches its golden file' {
        if (-not $HasSeed) { Set-ItResult -Skipped -Because "the seed is not at $SeedPath"; return }
        $null = New-SeedSubplan $Seed '3.1' @(
            '| 31_01 | Pending | EXECUTION_TASK_PARALLEL-EXECUTION-AUTOMATION_31_01.md | 1h | None |'
            '| 31_02 | Pending | EXECUTION_TASK_PARALLEL-EXECUTION-AUTOMATION_31_02.md | 1h | None |'
            '| 31_03 | Pending | EXECUTION_TASK_PARALLEL-EXECUTION-AUTOMATION_31_03.md | 1h | 31_01, 31_02 |')
        $null = New-SeedSubplan $Seed '3.2'
        $null = New-SeedSubplan $Seed '3.3'
        $p = Get-ParallelPlan $Seed | Where-Object Level -eq 3 | New-BatchExecutionPrompt -IgnoreDependencies
        ($p.TargetPaths | Split-Path -Leaf) | Should -Be @(
            'EXECUTION_TASK_PARALLEL-EXECUTION-AUTOMATION_31_01.md', 'EXECUTION_TASK_PARALLEL-EXECUTION-AUTOMATION_31_02.md',
            'EXECUTION_TASK_PARALLEL-EXECUTION-AUTOMATION_31_03.md', 'EXECUTION_TASK_PARALLEL-EXECUTION-AUTOMATION_32_01.md',
            'EXECUTION_TASK_PARALLEL-EXECUTION-AUTOMATION_33_01.md')
        $p.Text | Should -Match '(?s)May run at the same time:\n  - 31_01, 31_02\n  - 31_03'
        Assert-Golden $p.Text 'seed-executions-level3.txt'
        (Get-ParallelPlan $Seed | Where-Object Id -eq '3.1').PlannedExecutions.Label | Should -Be @('31_01', '31_02', '31_03')

        # After a partial answer, the same command asks only for what is still missing.
        $exec = New-Item -ItemType Directory -Force (Join-Path $Seed 'execution')
        '31_01', '32_01' | ForEach-Object {
            Set-Content (Join-Path $exec "EXECUTION_TASK_PARALLEL-EXECUTION-AUTOMATION_$_.md") "# EXECUTION_TASK: x`n`n**Achievement**: $($_.Substring(0,1)).$($_.Substring(1,1))`n**Status**: Pending`n"
        }
        $again = New-BatchExecutionPrompt -Path $Seed -Level 3 -IgnoreDependencies
        ($again.TargetPaths | Split-Path -Leaf) | Should -Be @(
            'EXECUTION_TASK_PARALLEL-EXECUTION-AUTOMATION_31_02.md', 'EXECUTION_TASK_PARALLEL-EXECUTION-AUTOMATION_31_03.md',
            'EXECUTION_TASK_PARALLEL-EXECUTION-AUTOMATION_33_01.md')
        ($again.Skipped | Where-Object Id -eq '3.2').Reason | Should -Match 'already has its EXECUTION_TASK'
    }

    It '-Scaffold writes skeleton EXECUTION_TASKs that Undo-ParallelBatch takes back' {
        if (-not $HasSeed) { Set-ItResult -Skipped -Because "the seed is not at $SeedPath"; return }
        $null = New-SeedSubplan $Seed '3.1'
        $before = Get-TreeSnapshot $Seed
        $p = New-BatchExecutionPrompt $Seed -Id 3.1 -IgnoreDependencies -Scaffold -Confirm:$false
        Get-Content -Raw $p.TargetPaths[0] | Should -Match '\*\*Execution Number\*\*: 01'
        $null = Undo-ParallelBatch $Seed -Confirm:$false
        Get-TreeSnapshot $Seed | Should -Be $before
    }

    It 'asks again for skeleton EXECUTION_TASKs that are still unfilled, as for SUBPLANs' {
        if (-not $HasSeed) { Set-ItResult -Skipped -Because "the seed is not at $SeedPath"; return }
        $null = New-SeedSubplan $Seed '3.1'
        $first = New-BatchExecutionPrompt $Seed -Id 3.1 -IgnoreDependencies -Scaffold -Confirm:$false
        (Get-AchievementStatus $Seed -Id 3.1).Status | Should -Be 'subplan_created'
        $again = New-BatchExecutionPrompt $Seed -Id 3.1 -IgnoreDependencies -WarningVariable w -WarningAction SilentlyContinue
        # The seed's example registry puts dependent achievements in one level: that RegistryLevelConflict is not about the scaffolds.
        "$(@($w) | Where-Object { "$_" -notlike '`[RegistryLevelConflict]*' })" | Should -BeNullOrEmpty
        $again.TargetPaths | Should -Be $first.TargetPaths
        $again.Text | Should -Match 'the file exists as an unfilled scaffold'
    }
}
