BeforeAll {
    . $PSScriptRoot/TestHelpers.ps1
    $script:Seed = Join-Path $TestDrive 'seed'
    $script:HasSeed = New-SeedFolder $Seed
    $script:Diamond = Split-Path (New-TestFile 'diamond/PLAN_DIAMOND.md' @'
# PLAN: Diamond

**Achievement 1.1**: Base (1h)
- **Dependencies**: None

**Achievement 2.1**: Left "quoted" (2h)
- **Dependencies**: 1.1

**Achievement 2.2**: Right (4h)
- **Dependencies**: 1.1

**Achievement 3.1**: Top
- **Dependencies**: 2.1, 2.2
'@)
    New-TestFile 'diamond/execution/feedbacks/APPROVED_11.md' 'ok' | Out-Null
    New-TestFile 'diamond/execution/feedbacks/FIX_21.md' 'fix' | Out-Null

    # The essentials of Mermaid's flowchart grammar, as this renderer uses it: a header, balanced subgraphs, nodes
    # defined before they are linked or classed, classes defined before use, linkStyle indices within the edges.
    function Assert-Mermaid([string] $Text) {
        $lines = $Text.TrimEnd("`n") -split "`n"
        $lines[0] | Should -BeExactly 'flowchart TD'
        $depth = 0; $nodes = @{}; $classes = @{}; $edges = 0
        foreach ($line in $lines | Select-Object -Skip 1) {
            if ($line -match '^\s*subgraph \w+\["[^"]*"\]$') { $depth++ }
            elseif ($line -match '^\s*end$') { $depth--; $depth | Should -BeGreaterOrEqual 0 }
            elseif ($line -match '^\s*(\w+)\["[^"]*"\]$') { $depth | Should -BeGreaterThan 0; $nodes[$Matches[1]] = $true }
            elseif ($line -match '^\s*(\w+) --> (\w+)$') { $nodes[$Matches[1]] | Should -BeTrue; $nodes[$Matches[2]] | Should -BeTrue; $edges++ }
            elseif ($line -match '^\s*classDef (\w+) [\w#:,.-]+$') { $classes[$Matches[1]] = $true }
            elseif ($line -match '^\s*class ([\w,]+) (\w+)$') {
                $classes[$Matches[2]] | Should -BeTrue -Because "class $($Matches[2]) is defined before use"
                foreach ($id in $Matches[1] -split ',') { $nodes[$id] | Should -BeTrue }
            }
            elseif ($line -match '^\s*linkStyle ([\d,]+) [\w#:,.-]+$') { foreach ($i in $Matches[1] -split ',') { [int]$i | Should -BeLessThan $edges } }
            else { throw "Not a Mermaid flowchart statement: '$line'" }
        }
        $depth | Should -Be 0
    }

    # The essentials of the dot grammar: one digraph, balanced braces, statements ending in ';', balanced quotes,
    # edges between declared nodes.
    function Assert-Dot([string] $Text) {
        $lines = $Text.TrimEnd("`n") -split "`n"
        $lines[0] | Should -Match '^digraph "(?:[^"\\]|\\.)*" \{$'
        $lines[-1] | Should -BeExactly '}'
        $depth = 0; $nodes = @{}
        foreach ($line in $lines) {
            ([regex]::Matches(($line -replace '\\.', ''), '"').Count % 2) | Should -Be 0 -Because "quotes are balanced in '$line'"
            if ($line -match '\{$') { $depth++; continue }
            if ($line -match '^\s*\}$') { $depth--; continue }
            $line | Should -Match ';$'
            if ($line -match '^\s*"([^"]+)" -> "([^"]+)"') { $nodes[$Matches[1]] | Should -BeTrue; $nodes[$Matches[2]] | Should -BeTrue }
            elseif ($line -match '^\s*"([^"]+)" \[label=') { $nodes[$Matches[1]] = $true }
        }
        $depth | Should -Be 0
    }
}

Describe 'Show-ParallelGraph' {
    It 'draws a tree with each achievement once, later mentions marked, status by symbol' {
        $text = Show-ParallelGraph -Path $Diamond -NoColor -WarningAction SilentlyContinue
        $text | Should -BeOfType [string]
        $lines = $text.TrimEnd("`n") -split "`n"
        $lines[1] | Should -BeExactly '✔ 1.1 Base (1h) *'
        $lines[2] | Should -BeExactly '├── ✘ 2.1 Left "quoted" (2h)'
        $lines[3] | Should -BeExactly '│   └── ○ 3.1 Top *'
        $lines[4] | Should -BeExactly '└── ○ 2.2 Right (4h) *'
        $lines[5] | Should -BeExactly '    └── ○ 3.1 Top (see above)'
        $text | Should -Not -Match "`e"
    }

    It 'emits Mermaid that keeps to the flowchart grammar, escaping quotes' {
        $text = Show-ParallelGraph -Path $Diamond -Format Mermaid -WarningAction SilentlyContinue
        Assert-Mermaid $text
        $text | Should -Match 'a2_1\["2\.1 Left #quot;quoted#quot;'
        $text | Should -Match '(?m)^  linkStyle 1,3 stroke'
        $text | Should -Match '(?m)^  class a1_1,a2_2,a3_1 critical$'
    }

    It 'emits dot that keeps to the grammar, escaping quotes' {
        $text = Show-ParallelGraph -Path $Diamond -Format Dot -WarningAction SilentlyContinue
        Assert-Dot $text
        $text | Should -Match '"2\.1" \[label="2\.1 Left \\"quoted\\"'
        $text | Should -Match '"2\.2" -> "3\.1" \[color=red'
        $text | Should -Match '"2\.1" -> "3\.1";'
    }

    It 'draws a plan with a cycle without a critical path, its achievements in a last group' {
        $path = New-TestFile 'cycle/PLAN_CYCLE.md' "# PLAN: Cycle`n`n**Achievement 1.1**: A (1h)`n- **Dependencies**: 1.2`n`n**Achievement 1.2**: B (1h)`n- **Dependencies**: 1.1`n"
        $tree = Show-ParallelGraph -Path $path -NoColor -WarningAction SilentlyContinue -ErrorAction SilentlyContinue
        $tree | Should -Match '(?m)^○ 1\.1 A \(1h\)$'
        $tree | Should -Match '└── ○ 1\.1 A \(see above\)'
        $mmd = Show-ParallelGraph -Path $path -Format Mermaid -WarningAction SilentlyContinue -ErrorAction SilentlyContinue
        Assert-Mermaid $mmd
        $mmd | Should -Match 'subgraph LCycle\["In a cycle"\]'
        $mmd | Should -Not -Match 'critical'
        Assert-Dot (Show-ParallelGraph -Path $path -Format Dot -WarningAction SilentlyContinue -ErrorAction SilentlyContinue)
    }

    It 'writes the seed''s graph as the golden <Name>' -ForEach @(
        @{ Format = 'Tree'; Name = 'seed-graph-tree.txt' }
        @{ Format = 'Mermaid'; Name = 'seed-graph.mmd' }
        @{ Format = 'Dot'; Name = 'seed-graph.dot' }
    ) {
        if (-not $HasSeed) { Set-ItResult -Skipped -Because 'the seed plan is absent'; return }
        $text = Show-ParallelGraph -Path $Seed -Format $Format -NoColor
        if ($Format -eq 'Mermaid') { Assert-Mermaid $text }
        if ($Format -eq 'Dot') { Assert-Dot $text }
        Assert-Golden $text $Name
    }

    It 'redirects to a file as plain text' {
        $file = Join-Path $TestDrive 'graph.mmd'
        Show-ParallelGraph -Path $Diamond -Format Mermaid -WarningAction SilentlyContinue > $file
        (Get-Content -Raw $file) | Should -Match '^flowchart TD'
        $out = Invoke-FreshPwsh "Import-Module '$RepoRoot/ParallelExec.psd1'; `$env:NO_COLOR = '1'; Show-ParallelGraph -Path '$Diamond' -WarningAction SilentlyContinue"
        ($out -join "`n") | Should -Not -Match "`e"
    }
}
