BeforeAll { . $PSScriptRoot/TestHelpers.ps1 }

Describe 'The corpus of real PLANs' {
    It 'finds the ids EXPECTED.json lists for every file, in order, numbered and not-a-plan files included' {
        if (-not (Test-Path (Join-Path $CorpusPath 'plans/EXPECTED.json'))) {
            Set-ItResult -Skipped -Because "the corpus is not at $CorpusPath"
            return
        }
        $rows = & (Join-Path $RepoRoot 'tools/Invoke-Corpus.ps1') -CorpusPath $CorpusPath -PassThru
        $rows.Count | Should -Be 40
        @($rows | Where-Object Kind -eq 'numbered').Count | Should -BeGreaterThan 0
        @($rows | Where-Object Kind -eq 'not-a-plan').Count | Should -BeGreaterThan 0
        foreach ($r in $rows) { $r.Found | Should -BeExactly $r.Expected -Because $r.File }
    }

    It 'keeps examples/seed a byte-identical copy of the shared seed plan' {
        $shared = Join-Path $RepoRoot '../shared/seeds/000_82e6c1bbb1394d70.txt'
        if (-not (Test-Path $shared)) { Set-ItResult -Skipped -Because "the shared seed is not at $shared"; return }
        (Get-FileHash $SeedPath).Hash | Should -Be (Get-FileHash $shared).Hash
    }

    It 'keeps examples/seed/parallel.proposed.json the registry the seed text proposes' {
        $folder = Join-Path $TestDrive 'seed-proposed'
        New-SeedFolder $folder | Should -BeTrue
        $extracted = (Get-Content -Raw (Join-Path $folder 'parallel.json')) | ConvertFrom-Json | ConvertTo-Json -Depth 10
        $shipped = (Get-Content -Raw (Join-Path $RepoRoot 'examples/seed/parallel.proposed.json')) | ConvertFrom-Json | ConvertTo-Json -Depth 10
        $shipped | Should -BeExactly $extracted
    }

    It 'reads the seed plan: 9 achievements, declared edges, waves 1 to 9, nothing assumed' {
        if (-not (Test-Path $SeedPath)) { Set-ItResult -Skipped -Because "the seed is not at $SeedPath"; return }
        $a = Get-ParallelPlan -LiteralPath $SeedPath -WarningVariable w
        $a.Count | Should -Be 9
        $a[0].Title | Should -Be 'Parallel Discovery Prompt Created'
        "$($a[0].EstimatedHours)" | Should -Be '4-6h'
        "$($a[1].EstimatedHours)" | Should -Be '2-3h'
        ($a | ForEach-Object { "$($_.Id)=$($_.Wave)" }) -join ' ' | Should -Be '1.1=1 1.2=2 1.3=3 2.1=4 2.2=5 2.3=6 3.1=7 3.2=8 3.3=9'
        $a[0].Plan.AssumedEdgeCount | Should -Be 0
        $w | Should -BeNullOrEmpty
        $a | ForEach-Object { $_.DependencyEdges.Provenance } | Should -Not -Contain 'Inferred'
    }
}
