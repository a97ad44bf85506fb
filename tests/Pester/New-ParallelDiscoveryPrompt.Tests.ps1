BeforeAll { . $PSScriptRoot/TestHelpers.ps1 }

Describe 'New-ParallelDiscoveryPrompt' {
    BeforeAll {
        $script:Seed = Join-Path $TestDrive 'seed'
        $script:HasSeed = New-SeedFolder $Seed
    }

    It 'asks for a parallel.json of the seed plan and matches its golden file' {
        if (-not $HasSeed) { Set-ItResult -Skipped -Because "the seed is not at $SeedPath"; return }
        $p = New-ParallelDiscoveryPrompt $Seed
        $p.Kind | Should -Be 'Discovery'
        $p.TargetPaths | Should -Be (Join-Path $Seed 'parallel.json')
        $p.Achievements | Should -HaveCount 9
        $p.Text | Should -Match 'schemas/parallel\.schema\.json'
        $p.Text | Should -Match 'Mergeability'
        Assert-Golden $p.Text 'seed-discovery.txt'
    }

    It 'takes achievements from the pipeline, one prompt per plan, and lists assumed edges' {
        $plan = New-TestFile 'demo/PLAN_DEMO.md' $DemoPlan
        $p = Get-ParallelPlan $plan -Assume Sequential | New-ParallelDiscoveryPrompt
        $p | Should -HaveCount 1
        $p.Text | Should -Match '- 2\.1 -> 1\.2 \(Declared\)'
        ($p | Format-Table | Out-String) | Should -Match 'Discovery'
    }

    It 'reports a cycle by its path' {
        $c = New-TestFile 'cycle/PLAN_CYC.md' "# PLAN: C`n`n**Achievement 1.1**: A`n`n- **Dependencies**: 1.2`n`n**Achievement 1.2**: B`n`n- **Dependencies**: 1.1`n"
        $r = New-ParallelDiscoveryPrompt $c -ErrorVariable e -ErrorAction SilentlyContinue
        $r | Should -BeNullOrEmpty
        $e[0].FullyQualifiedErrorId | Should -Match '^CircularDependency'
        $e[0].TargetObject | Should -Match '1\.1 -> 1\.2 -> 1\.1|1\.2 -> 1\.1 -> 1\.2'
    }
}
