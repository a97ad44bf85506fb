BeforeAll { . $PSScriptRoot/TestHelpers.ps1 }

Describe 'New-BatchSubplanPrompt' {
    Context 'the seed plan' {
        BeforeEach {
            $script:Seed = Join-Path $TestDrive ('seed-' + [guid]::NewGuid().ToString('N').Substring(0, 6))
            $script:HasSeed = New-SeedFolder $Seed
        }

        It 'completes -Level with the levels of the plan given by -Path, each with its ids' {
        $plan = Join-Path $RepoRoot 'examples/one-priority'
        $line = "New-BatchSubplanPrompt -Path '$plan' -Level "
        $r = TabExpansion2 -inputScript $line -cursorColumn $line.Length
        $r.CompletionMatches.CompletionText | Should -Be @('1', '2')
        $r.CompletionMatches[1].ToolTip | Should -Be 'Level 2: 2.1, 2.2, 2.3'
        $line = "Invoke-ParallelPlan -Path '$plan' -Level 2"
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be @('2')
    }

    It 'names the three level-3 SUBPLANs, then only the two still missing' {
            if (-not $HasSeed) { Set-ItResult -Skipped -Because "the seed is not at $SeedPath"; return }
            $p = Get-ParallelPlan $Seed | Where-Object Level -eq 3 | New-BatchSubplanPrompt
            $p | Should -HaveCount 1
            $p.PSObject.TypeNames | Should -Contain 'ParallelExec.BatchPrompt'
            $p.Kind | Should -Be 'Subplan'
            $p.PlanName | Should -Be 'PARALLEL-EXECUTION-AUTOMATION'
            ($p.TargetPaths | Split-Path -Leaf) | Should -Be @('SUBPLAN_PARALLEL-EXECUTION-AUTOMATION_31.md', 'SUBPLAN_PARALLEL-EXECUTION-AUTOMATION_32.md', 'SUBPLAN_PARALLEL-EXECUTION-AUTOMATION_33.md')
            $p.TargetPaths[0] | Should -Be (Join-Path $Seed 'subplans/SUBPLAN_PARALLEL-EXECUTION-AUTOMATION_31.md')
            "$p" | Should -BeExactly $p.Text
            $p.CharacterCount | Should -Be $p.Text.Length

            $null = New-SeedSubplan $Seed '3.2'
            $again = New-BatchSubplanPrompt -Path $Seed -Level 3
            ($again.TargetPaths | Split-Path -Leaf) | Should -Be @('SUBPLAN_PARALLEL-EXECUTION-AUTOMATION_31.md', 'SUBPLAN_PARALLEL-EXECUTION-AUTOMATION_33.md')
            $again.Skipped.Id | Should -Be '3.2'
            $again.Skipped.Reason | Should -Match 'already has a SUBPLAN'
        }

        It 'matches its golden file' {
            if (-not $HasSeed) { Set-ItResult -Skipped -Because "the seed is not at $SeedPath"; return }
            Assert-Golden (New-BatchSubplanPrompt -Path $Seed -Level 3).Text 'seed-subplans-level3.txt'
        }

        It 'says so and returns nothing when every SUBPLAN exists' {
            if (-not $HasSeed) { Set-ItResult -Skipped -Because "the seed is not at $SeedPath"; return }
            '3.1', '3.2', '3.3' | ForEach-Object { $null = New-SeedSubplan $Seed $_ }
            $r = New-BatchSubplanPrompt -Path $Seed -Level 3 -WarningVariable w -WarningAction SilentlyContinue
            $r | Should -BeNullOrEmpty
            "$w" | Should -Match 'Nothing left to create'
        }

        It '-Id picks achievements, and an unknown -Id is an error naming it' {
            if (-not $HasSeed) { Set-ItResult -Skipped -Because "the seed is not at $SeedPath"; return }
            (New-BatchSubplanPrompt $Seed -Id 2.2, 3.1).Achievements.Id | Should -Be @('2.2', '3.1')
            $r = New-BatchSubplanPrompt $Seed -Id 9.9 -ErrorVariable e -ErrorAction SilentlyContinue
            $r | Should -BeNullOrEmpty
            $e[0].FullyQualifiedErrorId | Should -Match '^AchievementNotFound'
            $e[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $e[0].TargetObject | Should -Be '9.9'
            $e[0].ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
        }

        It '-Scaffold -WhatIf writes nothing; -Scaffold then Undo-ParallelBatch leaves the folder byte-identical' {
            if (-not $HasSeed) { Set-ItResult -Skipped -Because "the seed is not at $SeedPath"; return }
            $before = Get-TreeSnapshot $Seed
            $null = New-BatchSubplanPrompt $Seed -Level 3 -Scaffold -WhatIf
            Get-TreeSnapshot $Seed | Should -Be $before

            $p = New-BatchSubplanPrompt $Seed -Level 3 -Scaffold -Confirm:$false
            $p.TargetPaths | ForEach-Object { Test-Path $_ | Should -BeTrue; Get-Content -Raw $_ | Should -Match '\[TO BE FILLED' }
            @(Get-ChildItem (Join-Path $Seed '.parallel/batches') -Filter *.json) | Should -HaveCount 1
            # Skeletons count as not created: the same command still asks for all three.
            (New-BatchSubplanPrompt $Seed -Level 3).TargetPaths | Should -HaveCount 3

            $u = Undo-ParallelBatch $Seed -Confirm:$false
            $u | Should -HaveCount 3
            $u.Action | Should -Be @('Removed', 'Removed', 'Removed')
            Get-TreeSnapshot $Seed | Should -Be $before
        }

        It 'reports a read-only plan folder clearly and writes nothing' {
            if (-not $HasSeed) { Set-ItResult -Skipped -Because "the seed is not at $SeedPath"; return }
            if ($IsWindows) { Set-ItResult -Skipped -Because 'chmod is not available'; return }
            chmod 555 $Seed
            try {
                $probe = Join-Path $Seed 'probe.txt'
                $canWrite = try { [IO.File]::WriteAllText($probe, 'x'); Remove-Item $probe; $true } catch { $false }
                if ($canWrite) { Set-ItResult -Skipped -Because 'this user (root) can still write to a read-only folder'; return }
                $before = Get-TreeSnapshot $Seed
                $null = New-BatchSubplanPrompt $Seed -Level 3 -Scaffold -Confirm:$false -ErrorVariable e -ErrorAction SilentlyContinue
                $e[0].FullyQualifiedErrorId | Should -Match '^ScaffoldWriteFailed'
                Get-TreeSnapshot $Seed | Should -Be $before
            }
            finally { chmod 755 $Seed }
        }
    }

    Context 'other plans' {
        It 'gives one prompt per plan for achievements of two plans in one pipeline' {
            $a = New-TestFile 'two/a/PLAN_AAA.md' "# PLAN: A`n`n**Achievement 1.1**: One`n`n- **Dependencies**: None`n"
            $b = New-TestFile 'two/b/PLAN_BBB.md' "# PLAN: B`n`n**Achievement 1.1**: Uno`n`n- **Dependencies**: None`n"
            $p = @(Get-ParallelPlan $a, $b | New-BatchSubplanPrompt)
            $p | Should -HaveCount 2
            $p.PlanName | Should -Be @('AAA', 'BBB')
            ($p.TargetPaths | Split-Path -Leaf) | Should -Be @('SUBPLAN_AAA_11.md', 'SUBPLAN_BBB_11.md')
        }

        It 'reports a cycle by its path and gives no prompt' {
            $c = New-TestFile 'cycle/PLAN_CYC.md' "# PLAN: C`n`n**Achievement 2.1**: A`n`n- **Dependencies**: 2.3`n`n**Achievement 2.2**: B`n`n- **Dependencies**: 2.1`n`n**Achievement 2.3**: C`n`n- **Dependencies**: 2.2`n"
            $r = New-BatchSubplanPrompt $c -Id 2.1 -ErrorVariable e -ErrorAction SilentlyContinue
            $r | Should -BeNullOrEmpty
            $e[0].FullyQualifiedErrorId | Should -Match '^CircularDependency'
            "$($e[0])" | Should -Match '2\.1 -> 2\.3 -> 2\.2 -> 2\.1|2\.1 -> 2\.2 -> 2\.3 -> 2\.1'
        }

        It 'reports its size for a level of 20 achievements, and -MaxCharacters splits it' {
            $sb = [Text.StringBuilder]::new("# PLAN: Big`n`n")
            foreach ($i in 1..20) { $null = $sb.Append("**Achievement 1.$i**: Thing $i (2h)`n`n- **Goal**: $('g' * 400)`n- **Dependencies**: None`n`n") }
            $plan = New-TestFile 'big/PLAN_BIG.md' $sb.ToString()
            $whole = New-BatchSubplanPrompt $plan -Level 1
            $whole.TargetPaths | Should -HaveCount 20
            $whole.CharacterCount | Should -BeGreaterThan 10000
            $parts = @(New-BatchSubplanPrompt $plan -Level 1 -MaxCharacters 8000)
            $parts.Count | Should -BeGreaterThan 1
            $parts | ForEach-Object { $_.CharacterCount | Should -BeLessOrEqual 8000; $_.PartCount | Should -Be $parts.Count }
            ($parts.TargetPaths | Split-Path -Leaf) | Should -Be ($whole.TargetPaths | Split-Path -Leaf)
            ($parts | Format-Table | Out-String) | Should -Match '2/'
        }

        It 'reports a scaffold that cannot be written, emits no prompt for it and leaves nothing behind' {
            $plan = New-TestFile 'blocked/PLAN_DEMO.md' $DemoPlan
            $null = New-TestFile 'blocked/.parallel' 'a file where the batch folder must be created'
            $root = Split-Path $plan
            $before = Get-TreeSnapshot $root
            $r = New-BatchSubplanPrompt $plan -Level 1 -Scaffold -Confirm:$false -ErrorVariable e -ErrorAction SilentlyContinue
            $r | Should -BeNullOrEmpty
            $e[0].FullyQualifiedErrorId | Should -Match '^ScaffoldWriteFailed'
            $e[0].ErrorDetails.RecommendedAction | Should -Match 'writable'
            "$($e[0])" | Should -Not -Match '   at '
            Get-TreeSnapshot $root | Should -Be $before
        }

        It 'reports a level that holds no achievement' {
            $p = New-TestFile 'lvl/PLAN_L.md' "# PLAN: L`n`n**Achievement 1.1**: One`n"
            $null = New-BatchSubplanPrompt $p -Level 7 -ErrorVariable e -ErrorAction SilentlyContinue
            $e[0].FullyQualifiedErrorId | Should -Match '^LevelNotFound'
        }
    }
}
