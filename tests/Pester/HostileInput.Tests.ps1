# Issue 18, the reading side through the cmdlets: one bad plan of a workspace costs only its own error, special files
# are never read, and the default views and the tree stay fast on huge input.
BeforeDiscovery { $script:Unix = -not $IsWindows -and (Test-Path /dev/zero) }

BeforeAll {
    . "$PSScriptRoot/TestHelpers.ps1"
    $script:Unix = -not $IsWindows -and (Test-Path /dev/zero)
    $script:Ws = Join-Path $TestDrive 'ws'
    New-TestFile 'ws/a-good/PLAN_GOOD.md' $DemoPlan | Out-Null
    New-TestFile 'ws/b-digits/PLAN_DIGITS.md' "**Achievement ١.١**: A`n`n**Achievement 1.2**: B`n- **Dependencies**: １.１`n" | Out-Null
    New-TestFile 'ws/d-good/PLAN_OTHER.md' $DemoPlan | Out-Null
    if ($Unix) {
        $null = New-Item -ItemType Directory (Join-Path $Ws 'c-zero'), (Join-Path $Ws 'e-fifo')
        $null = New-Item -ItemType SymbolicLink -Path (Join-Path $Ws 'c-zero/PLAN_ZERO.md') -Target /dev/zero
        & mkfifo (Join-Path $Ws 'e-fifo/PLAN_FIFO.md')
        $null = New-Item -ItemType SymbolicLink -Path (Join-Path $Ws 'a-good/parallel.json') -Target /dev/urandom
    }
}

Describe 'A workspace with bad plans, read with -Recurse' {
    It '<Cmdlet> reads the good plans and gives each bad one its own catalogued error' -TestCases @(
        @{ Cmdlet = 'Get-ParallelPlan' }, @{ Cmdlet = 'Get-AchievementStatus' }, @{ Cmdlet = 'Get-ParallelProgress' }
    ) {
        $sw = [Diagnostics.Stopwatch]::StartNew()
        $out = & $Cmdlet -LiteralPath $Ws -Recurse -ErrorVariable errs -ErrorAction SilentlyContinue -WarningVariable warns -WarningAction SilentlyContinue
        $sw.Elapsed.TotalSeconds | Should -BeLessThan 10
        @($out | ForEach-Object PlanName | Select-Object -Unique) | Should -Be @('GOOD', 'DIGITS', 'OTHER')
        @($warns | Where-Object Message -like '`[AchievementIdNotAscii`]*').Count | Should -Be 1
        if ($Unix) {
            @($errs | ForEach-Object { ($_.FullyQualifiedErrorId -split ',')[0] }) | Should -Be @('FileNotRegular', 'FileNotRegular')
            @($errs | ForEach-Object { Split-Path -Leaf $_.TargetObject }) | Should -Be @('PLAN_ZERO.md', 'PLAN_FIFO.md')
            @($warns | Where-Object Message -like '`[FileNotRegular`]*parallel.json*').Count | Should -Be 1
        }
        else { $errs | Should -BeNullOrEmpty }
    }

    It 'Test-ParallelJson refuses a parallel.json that is a link to a device, at once' -Skip:(-not $Unix) {
        $sw = [Diagnostics.Stopwatch]::StartNew()
        $record = Test-ParallelJson -LiteralPath (Join-Path $Ws 'a-good/parallel.json') -Detailed
        $record.Code | Should -Be 'FileNotRegular'
        "$($record.Severity)" | Should -Be 'Error'
        Test-ParallelJson -LiteralPath (Join-Path $Ws 'a-good/parallel.json') | Should -BeFalse
        $sw.Elapsed.TotalSeconds | Should -BeLessThan 5
    }
}

Describe 'Huge input stays fast' {
    It 'the default view of a record with a 1 MB id and message renders in well under 10 s' {
        $big = '1.' + ('1' * 1000000)
        $json = '{"plan":"X","version":"1.0","created":"2025-01-01","levels":[{"level":1,"achievements":[{"id":"' + $big +
            '","title":"t","status":"not_started","dependencies":[],"blocks":[]}]}]}'
        $file = New-TestFile 'big/parallel.json' $json
        $records = Test-ParallelJson -LiteralPath $file -Detailed
        $sw = [Diagnostics.Stopwatch]::StartNew()
        $text = $records | Out-String -Width 120
        $sw.Elapsed.TotalSeconds | Should -BeLessThan 5
        $text.Length | Should -BeLessThan 5000
        $text | Should -Match '…'
    }

    It 'a plan with a 20,000-long chain draws its tree in seconds' {
        $sb = [Text.StringBuilder]::new()
        foreach ($i in 1..20000) { $null = $sb.Append("**Achievement 1.$i**: T (1h)`n- **Dependencies**: $(if ($i -gt 1) { "1.$($i - 1)" } else { 'None' })`n`n") }
        $path = New-TestFile 'chain/PLAN_CHAIN.md' $sb.ToString()
        $sw = [Diagnostics.Stopwatch]::StartNew()
        $tree = Show-ParallelGraph -LiteralPath $path -NoColor
        $sw.Elapsed.TotalSeconds | Should -BeLessThan 10
        $tree.Length | Should -BeLessThan (20000 * 250)
    }

    It 'an achievement with 5,000 dependencies shows the first of them in its table cell' {
        $ids = (1..5000 | ForEach-Object { "1.$_" }) -join ', '
        $defs = (1..5000 | ForEach-Object { "**Achievement 1.$_**: T`n- **Dependencies**: None`n" }) -join "`n"
        $path = New-TestFile 'wide/PLAN_WIDE.md' "$defs`n**Achievement 2.1**: Last`n- **Dependencies**: $ids`n"
        $last = Get-ParallelPlan -LiteralPath $path | Where-Object Id -eq '2.1'
        $sw = [Diagnostics.Stopwatch]::StartNew()
        $text = $last | Format-Table -Wrap | Out-String -Width 200
        $sw.Elapsed.TotalSeconds | Should -BeLessThan 5
        $text | Should -Match '1\.1, 1\.2, '
        $text | Should -Match '…'
        $text | Should -Not -Match '1\.4999'
    }
}
