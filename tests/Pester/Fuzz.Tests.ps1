# The module's own fuzz run (issue 18): seeded mutants of real PLANs and registries through the reading cmdlets. Each
# call must end in time, every error must be an ErrorRecord with an id from the catalog (never a .NET exception type),
# and nothing may be written outside the scratch plan root. The mutants come from the repository's examples/ (so the
# run works in CI) and, when present, from the corpus. PARALLELEXEC_FUZZ_SEED picks another seed; the failures print
# the seed, the source, the mutations and the call, which is all a rerun needs.
BeforeDiscovery {
    . "$PSScriptRoot/TestHelpers.ps1"
    $script:HasCorpus = Test-Path (Join-Path $CorpusPath 'plans')
}

BeforeAll {
    . "$PSScriptRoot/TestHelpers.ps1"
    $script:Seed = if ($env:PARALLELEXEC_FUZZ_SEED) { [int]$env:PARALLELEXEC_FUZZ_SEED } else { 18 }
    $script:Rng = [Random]::new($Seed)
    $script:CallLimitMs = 5000
    $script:Catalog = [Collections.Generic.HashSet[string]]::new([string[]]@([ParallelExec.Diagnostics.ErrorCodes]::All | ForEach-Object Name))

    # What a mutation may insert: ids in other digits, huge numbers, lines built to backtrack, markup that opens things.
    $big = '99999999999'
    $script:Tokens = @(
        "**Achievement ١.١**: Arabic-Indic", "### Achievement １.１: Full-width", "- **Dependencies**: ١.٢, １.２, 1.1",
        "**Achievement 1.$big**: huge", "**Achievement 2.1**: huge estimate (12345678901234567890 hours)", "- **Effort**: 1234567 hours",
        ("**Achievement 1.1: " + (' ' * 3000)), ("- **Dependencies**: " + ((1..3000 | ForEach-Object { "1.$_" }) -join ', ')),
        ("**Achievement 1.2**: T (" + ('7' * 20000)), ('(' * 5000), ('**' * 3000), "``````", "~~~", "---", "# Achievements", "### 1. Numbered - 3h",
        "- **Blocks**: 1.1, 1.1, 9.9", "- **Dependencies**: 1.1 from the OTHER plan, PLAN_X 1.2", "`r", "`t", [string][char]0x200D, "✅ COMPLETE",
        "**Achievement 1.1**: again", "**Achievement 0.0**:", "**Achievement 999999999.999999999**: edge", ("x" * 60000))
    $script:HugeNumbers = @('4294967296', '12345678901234567890', '99999999999', '1e400')
    $script:RegistryTokens = @('"1.1"', '"١.١"', "12345678901234567890", "-1", "1e309", "null", "true", "[]", "{}", '""', ('[' * 2000), ('"' + ('9' * 5000) + '"'), '"a\u0000b"', ",", "}", '"id":"1.1"')
    $script:Sources = @(Get-ChildItem (Join-Path $RepoRoot 'examples') -Recurse -Filter 'PLAN_*.md' | ForEach-Object FullName)
    if (Test-Path (Join-Path $CorpusPath 'plans')) { $script:Sources += @(Get-ChildItem (Join-Path $CorpusPath 'plans') -Filter '*.md' | ForEach-Object FullName) }
    $script:Registries = @(Get-ChildItem (Join-Path $RepoRoot 'examples') -Recurse -Filter '*.json' | ForEach-Object FullName)
    if (Test-Path (Join-Path $CorpusPath 'parallel-json')) { $script:Registries += @(Get-ChildItem (Join-Path $CorpusPath 'parallel-json') -Filter '*.json' | ForEach-Object FullName) }

    function Get-Pick([object[]] $From) { $From[$Rng.Next($From.Count)] }

    # One to three mutations of the text; $log names them for the failure message.
    function New-Mutant([string] $Text, [string[]] $Pool, [Collections.Generic.List[string]] $Log) {
        foreach ($k in 1..$Rng.Next(1, 4)) {
            $at = if ($Text.Length) { $Rng.Next($Text.Length) } else { 0 }
            $len = [Math]::Min($Text.Length - $at, $Rng.Next(1, 400))
            switch ($Rng.Next(8)) {
                0 { $t = Get-Pick $Pool; $Text = $Text.Insert($at, "`n$t`n"); $Log.Add("insert@$at $($t.Substring(0, [Math]::Min(30, $t.Length)))") }
                1 { $Text = $Text.Remove($at, $len); $Log.Add("delete@$at+$len") }
                2 { $Text = $Text.Insert($at, $Text.Substring($at, $len)); $Log.Add("duplicate@$at+$len") }
                3 { $Text = $Text.Substring(0, $at); $Log.Add("truncate@$at") }
                4 {
                    # ASCII digits of a span into Arabic-Indic or full-width ones
                    $base = Get-Pick @(0x0660, 0xFF10)
                    $span = -join ($Text.Substring($at, $len).ToCharArray() | ForEach-Object { if ($_ -ge '0' -and $_ -le '9') { [char]($base + ($_ - [char]'0')) } else { $_ } })
                    $Text = $Text.Remove($at, $len).Insert($at, $span); $Log.Add("digits@$at+$len")
                }
                5 { $Text = [regex]::Replace($Text, '\b[0-9]{1,3}\b', { param($m) if ($Rng.Next(8) -eq 0) { Get-Pick $HugeNumbers } else { $m.Value } }); $Log.Add('numbers') }
                7 {
                    # one JSON value (or a PLAN's ": 1.1") replaced by a token
                    $values = [regex]::Matches($Text, ':\s*("[^"\n]*"|-?[0-9][0-9.eE+\-]*|true|false|null)')
                    if ($values.Count) {
                        $v = $values[$Rng.Next($values.Count)].Groups[1]; $t = Get-Pick $Pool
                        $Text = $Text.Remove($v.Index, $v.Length).Insert($v.Index, $t); $Log.Add("value@$($v.Index) $($t.Substring(0, [Math]::Min(30, $t.Length)))")
                    }
                }
                6 { $t = Get-Pick $Pool; $Text = $Text.Insert($at, $t); $Log.Add("inline@$at $($t.Substring(0, [Math]::Min(30, $t.Length)))") }
            }
        }
        $Text
    }

    # Every error of a call: its id must be in the catalog, and its exception the module's own.
    function Test-Call([string] $What, [scriptblock] $Call, [Collections.Generic.List[string]] $Problems) {
        $errors = @()
        $sw = [Diagnostics.Stopwatch]::StartNew()
        try {
            $errors = @(& $Call 2>&1 3>$null | Where-Object { $_ -is [Management.Automation.ErrorRecord] })
        }
        catch { $errors += $_ }
        $ms = $sw.ElapsedMilliseconds
        if ($ms -gt $CallLimitMs) { $Problems.Add("$What took $ms ms") }
        foreach ($e in $errors) {
            $id = ($e.FullyQualifiedErrorId -split ',')[0]
            if (-not $Catalog.Contains($id) -or $e.Exception -isnot [ParallelExec.ParallelExecException]) {
                $Problems.Add("$What -> $($e.FullyQualifiedErrorId) [$($e.Exception.GetType().FullName)] $($e.Exception.Message)")
            }
        }
    }

    # Names and sizes of every file below a folder, to show that nothing was written.
    function Get-Tree([string] $Folder) {
        if (-not (Test-Path $Folder)) { return '' }
        (Get-ChildItem -LiteralPath $Folder -Recurse -Force -File | Sort-Object FullName | ForEach-Object { "$($_.FullName)|$($_.Length)" }) -join "`n"
    }

    $script:Scratch = Join-Path $TestDrive 'fuzz'
    $script:Root = Join-Path $Scratch 'plan'
    $script:Outside = Join-Path $Scratch 'outside'
    $null = New-Item -ItemType Directory -Force $Root, $Outside
    Set-Content (Join-Path $Outside 'sentinel.txt') 'nothing may touch this folder'
    $script:OutsideBefore = Get-Tree $Outside
    $script:ExamplesBefore = Get-Tree (Join-Path $RepoRoot 'examples')
}

Describe 'Fuzz: mutated PLANs and registries through the reading cmdlets (seeded)' {
    It 'gives only catalogued ErrorRecords, in time, and writes nothing outside the plan root' {
        $problems = [Collections.Generic.List[string]]::new()
        $clock = [Diagnostics.Stopwatch]::StartNew()
        $sources = @($Sources)
        $planMutants = 200
        for ($n = 0; $n -lt $planMutants; $n++) {
            $log = [Collections.Generic.List[string]]::new()
            $source = $sources[$n % $sources.Count]
            $text = New-Mutant ([IO.File]::ReadAllText($source)) $Tokens $log
            Remove-Item -Recurse -Force (Join-Path $Root '*')
            [IO.File]::WriteAllText((Join-Path $Root 'PLAN_FUZZ.md'), $text)
            if ($n % 3 -eq 0) {
                # status files with mutated names and tables beside it
                $null = New-Item -ItemType Directory -Force (Join-Path $Root 'subplans'), (Join-Path $Root 'execution/feedbacks')
                $mm = Get-Pick @('01', '99999999999', '4294967296', '١١', '0')
                [IO.File]::WriteAllText((Join-Path $Root "subplans/SUBPLAN_FUZZ_11.md"), "# SUBPLAN`n**Achievement**: 1.1`n`n## Active EXECUTION_TASKs`n| Execution | Status | File | Estimate | Dependencies |`n|---|---|---|---|---|`n| 11_$mm | x | f | 12345678901234567890h | 11_$mm, 11_01 |`n")
                [IO.File]::WriteAllText((Join-Path $Root "execution/EXECUTION_TASK_FUZZ_11_$mm.md"), "# EXECUTION_TASK`n**Achievement**: 1.1`n**Status**: in progress`n")
                [IO.File]::WriteAllText((Join-Path $Root "execution/feedbacks/APPROVED_$mm.md"), "ok")
            }
            $before = Get-Tree $Root
            $what = "seed $Seed, mutant $n of $(Split-Path -Leaf $source) ($($log -join '; '))"
            $path = $Root
            Test-Call "${what}: Get-ParallelPlan" { Get-ParallelPlan -LiteralPath $path } $problems
            switch ($n % 4) {
                0 { Test-Call "${what}: Get-AchievementStatus" { Get-AchievementStatus -LiteralPath $path } $problems
                    Test-Call "${what}: Show-ParallelGraph" { Show-ParallelGraph -LiteralPath $path -NoColor } $problems }
                1 { Test-Call "${what}: Get-ParallelProgress" { Get-ParallelProgress -LiteralPath $path } $problems
                    Test-Call "${what}: Show-ParallelGraph -Format Mermaid" { Show-ParallelGraph -LiteralPath $path -Format Mermaid } $problems }
                2 { Test-Call "${what}: New-BatchSubplanPrompt" { New-BatchSubplanPrompt -LiteralPath $path } $problems
                    Test-Call "${what}: Measure-ParallelPlan" { Measure-ParallelPlan -LiteralPath $path } $problems }
                3 { Test-Call "${what}: New-BatchExecutionPrompt" { New-BatchExecutionPrompt -LiteralPath $path -IgnoreDependencies } $problems
                    Test-Call "${what}: Get-ParallelPlan | Format-Table" { Get-ParallelPlan -LiteralPath $path | Format-Table | Out-String -Width 120 } $problems }
            }
            if ((Get-Tree $Root) -ne $before) { $problems.Add("${what}: a reading cmdlet changed the plan root") }
            if ($n % 24 -eq 5) {
                # a writer on the mutant: whatever it writes stays in the plan root
                Test-Call "${what}: New-BatchSubplanPrompt -Scaffold" { New-BatchSubplanPrompt -LiteralPath $path -Scaffold -Confirm:$false } $problems
            }
        }

        $registryMutants = 80
        $registries = @($Registries)
        for ($n = 0; $n -lt $registryMutants; $n++) {
            $log = [Collections.Generic.List[string]]::new()
            $source = $registries[$n % $registries.Count]
            $text = New-Mutant ([IO.File]::ReadAllText($source)) $RegistryTokens $log
            Remove-Item -Recurse -Force (Join-Path $Root '*')
            [IO.File]::WriteAllText((Join-Path $Root 'parallel.json'), $text)
            if ($n % 2 -eq 0) { [IO.File]::WriteAllText((Join-Path $Root 'PLAN_FUZZ.md'), "**Achievement 1.1**: A`n`n**Achievement 1.2**: B`n") }
            $what = "seed $Seed, registry mutant $n of $(Split-Path -Leaf $source) ($($log -join '; '))"
            $file = Join-Path $Root 'parallel.json'
            Test-Call "${what}: Test-ParallelJson -Detailed" { Test-ParallelJson -LiteralPath $file -Detailed } $problems
            Test-Call "${what}: Get-ParallelPlan" { Get-ParallelPlan -LiteralPath $file } $problems
        }

        Remove-Item -Recurse -Force (Join-Path $Root '*')
        $elapsed = $clock.Elapsed.TotalSeconds
        Write-Host ("Fuzz: {0} PLAN and {1} registry mutants in {2:N1} s (seed {3}, {4} sources)" -f $planMutants, $registryMutants, $elapsed, $Seed, $sources.Count)
        $problems | Select-Object -First 10 | Should -BeNullOrEmpty
        (Get-Tree $Outside) | Should -Be $OutsideBefore
        (Get-Tree (Join-Path $RepoRoot 'examples')) | Should -Be $ExamplesBefore
        $elapsed | Should -BeLessThan 60
    }
}
