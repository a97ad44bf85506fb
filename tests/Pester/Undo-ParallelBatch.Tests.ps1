BeforeAll { . $PSScriptRoot/TestHelpers.ps1 }

Describe 'Undo-ParallelBatch' {
    BeforeEach {
        $script:Root = Join-Path $TestDrive ('p-' + [guid]::NewGuid().ToString('N').Substring(0, 6))
        $script:Plan = New-TestFile ((Split-Path $Root -Leaf) + '/PLAN_DEMO.md') $DemoPlan
    }

    It 'reports that no batch is recorded' {
        $null = Undo-ParallelBatch $Plan -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].FullyQualifiedErrorId | Should -Match '^NoBatchRecorded'
        $e[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'reports an unknown -Id' {
        $null = New-BatchSubplanPrompt $Plan -Level 1 -Scaffold -Confirm:$false
        $null = Undo-ParallelBatch $Plan -Id nope -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].FullyQualifiedErrorId | Should -Match '^BatchNotFound'
        $e[0].TargetObject | Should -Be 'nope'
    }

    It '-WhatIf removes nothing' {
        $null = New-BatchSubplanPrompt $Plan -Level 1 -Scaffold -Confirm:$false
        $before = Get-TreeSnapshot $Root
        Undo-ParallelBatch $Plan -WhatIf | Should -BeNullOrEmpty
        Get-TreeSnapshot $Root | Should -Be $before
    }

    It 'keeps and reports an edited file, removes the unchanged ones, and touches nothing else' {
        $p = New-BatchSubplanPrompt $Plan -Scaffold -Confirm:$false
        $p.TargetPaths.Count | Should -BeGreaterThan 1
        Add-Content $p.TargetPaths[0] 'my notes'
        $other = New-TestFile ((Split-Path $Root -Leaf) + '/subplans/notes.md') 'unrelated'
        $r = Undo-ParallelBatch $Plan -Confirm:$false -WarningVariable w -WarningAction SilentlyContinue
        ($r | Where-Object Action -eq 'Kept').Path | Should -Be $p.TargetPaths[0]
        @($r | Where-Object Action -eq 'Removed').Count | Should -Be ($p.TargetPaths.Count - 1)
        "$w" | Should -Match 'edited'
        Test-Path $p.TargetPaths[0] | Should -BeTrue
        Test-Path $other | Should -BeTrue
        ($r | Format-Table | Out-String) | Should -Match 'Kept'
    }

    It 'undoes the named batch and leaves a later one alone' {
        $first = New-BatchSubplanPrompt $Plan -Id 1.1 -Scaffold -Confirm:$false
        Start-Sleep -Milliseconds 20
        $second = New-BatchSubplanPrompt $Plan -Id 1.2 -Scaffold -Confirm:$false
        $ids = (Get-ChildItem (Join-Path $Root '.parallel/batches') -Filter *.json | Sort-Object Name).BaseName
        $ids | Should -HaveCount 2
        $r = Undo-ParallelBatch $Plan -Id $ids[0] -Confirm:$false
        $r.Path | Should -Be $first.TargetPaths[0]
        Test-Path $second.TargetPaths[0] | Should -BeTrue
        $null = Undo-ParallelBatch $Plan -Confirm:$false
        Test-Path $second.TargetPaths[0] | Should -BeFalse
        # The last record gone, the bookkeeping folders go too.
        Test-Path (Join-Path $Root '.parallel') | Should -BeFalse
    }
}
