<#
.SYNOPSIS
    The numbers of issue 17's targets for one build of the module, as one JSON object (tools/Invoke-Bench.ps1 runs it
    in a fresh pwsh for this build and for an earlier one, alternating, so that both come from one run).
.DESCRIPTION
    -Generate writes the inputs into -Work once (the same files for every build measured): registries of 10,000
    achievements in both forms and synthetic PLANs of 10,000 and 100,000 achievements (chain, wide, random).
    Without it, measures with -Root's module: warm minima in this session; retained memory per achievement in a fresh
    child process each.
#>
param(
    [Parameter(Mandatory)] [string] $Work,
    [string] $Root,
    [string] $CorpusPath,
    [switch] $Generate
)
$ErrorActionPreference = 'Stop'
function Id([int] $i) { '{0}.{1}' -f ([math]::Floor($i / 1000) + 1), ($i % 1000 + 1) }

if ($Generate) {
    $null = New-Item -ItemType Directory -Force -Path "$Work/schema", "$Work/flat"
    # A random DAG of 10,000 achievements (up to 3 dependencies each on earlier ones), levelled, in both forms.
    $n = 10000; $rng = [Random]::new(7); $level = [int[]]::new($n); $deps = [object[]]::new($n)
    for ($i = 0; $i -lt $n; $i++) {
        $set = [Collections.Generic.HashSet[int]]::new()
        for ($k = 0; $k -lt [math]::Min(3, $i); $k++) { $null = $set.Add($rng.Next($i)) }
        $deps[$i] = @($set); $max = 0
        foreach ($x in $deps[$i]) { if ($level[$x] -gt $max) { $max = $level[$x] } }
        $level[$i] = 1 + $max
    }
    $byLevel = @{}
    foreach ($i in 0..($n - 1)) { if (-not $byLevel.ContainsKey($level[$i])) { $byLevel[$level[$i]] = [Collections.Generic.List[int]]::new() }; $byLevel[$level[$i]].Add($i) }
    $schema = [Text.StringBuilder]::new('{ "plan": "BENCH", "version": "1.0.0", "levels": [')
    $flat = [Text.StringBuilder]::new('{ "plan_name": "BENCH", "achievements": [')
    $firstLevel = $true; $firstFlat = $true
    foreach ($l in ($byLevel.Keys | Sort-Object)) {
        if (-not $firstLevel) { $null = $schema.Append(',') }; $firstLevel = $false
        $null = $schema.Append("`n { `"level`": $l, `"achievements`": [")
        $first = $true
        foreach ($i in $byLevel[$l]) {
            $d = ($deps[$i] | ForEach-Object { '"' + (Id $_) + '"' }) -join ', '
            if (-not $first) { $null = $schema.Append(',') }; $first = $false
            $null = $schema.Append("`n  { `"id`": `"$(Id $i)`", `"title`": `"Task $i`", `"estimated_hours`": `"2-3 hours`", `"dependencies`": [$d] }")
            if (-not $firstFlat) { $null = $flat.Append(',') }; $firstFlat = $false
            $null = $flat.Append("`n  { `"achievement_id`": `"$(Id $i)`", `"title`": `"Task $i`", `"level`": $l, `"estimated_hours`": `"2-3 hours`", `"dependencies`": [$d] }")
        }
        $null = $schema.Append(' ] }')
    }
    [IO.File]::WriteAllText("$Work/schema/parallel.json", $schema.Append("`n] }").ToString())
    [IO.File]::WriteAllText("$Work/flat/parallel.json", $flat.Append("`n] }").ToString())
    # Synthetic PLANs, as tools/Invoke-Bench.ps1 makes them.
    foreach ($shape in 'chain', 'wide', 'random') {
        foreach ($size in 10000, 100000) {
            $rng = [Random]::new(42); $width = [math]::Max(1, [int]($size / 10))
            $sb = [Text.StringBuilder]::new($size * 80)
            $null = $sb.Append("# PLAN: Synthetic $shape $size`n`n")
            for ($i = 0; $i -lt $size; $i++) {
                $d = [Collections.Generic.List[int]]::new()
                if ($shape -eq 'chain' -and $i -gt 0) { $d.Add($i - 1) }
                elseif ($shape -eq 'wide' -and $i -ge $width) { $base = ([math]::Floor($i / $width) - 1) * $width; foreach ($k in 1, 2) { $x = $base + $rng.Next($width); if (-not $d.Contains($x)) { $d.Add($x) } } }
                elseif ($shape -eq 'random' -and $i -gt 0) { foreach ($k in 1..[math]::Min(3, $i)) { $x = $rng.Next($i); if (-not $d.Contains($x)) { $d.Add($x) } } }
                $null = $sb.Append("**Achievement $(Id $i)**: Task $i (2-3h)`n- **Dependencies**: ")
                $null = $sb.Append($(if ($d.Count) { ($d | ForEach-Object { Id $_ }) -join ', ' } else { 'None' })).Append("`n`n")
            }
            [IO.File]::WriteAllText("$Work/PLAN_SYN-$shape-$size.md", $sb.ToString())
        }
    }
    return
}

Import-Module (Join-Path $Root 'ParallelExec.psd1')
function Min([scriptblock] $Action, [int] $Warmup, [int] $Runs) {
    for ($i = 0; $i -lt $Warmup; $i++) { & $Action }
    [GC]::Collect()
    $best = [double]::MaxValue
    for ($i = 0; $i -lt $Runs; $i++) { $sw = [Diagnostics.Stopwatch]::StartNew(); & $Action; $t = $sw.Elapsed.TotalMilliseconds; if ($t -lt $best) { $best = $t } }
    $best
}
$exe = [Environment]::ProcessPath
$pre = @(if ([IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { Join-Path $PSHOME 'pwsh.dll' })
$r = [ordered]@{}
foreach ($form in 'schema', 'flat') {
    $p = "$Work/$form/parallel.json"
    $r["validate_$form"] = Min { $null = Test-ParallelJson -LiteralPath $p -Detailed } 10 20
    $r["plan_$form"] = Min { $null = Get-ParallelPlan -LiteralPath $p -WarningAction Ignore } 10 20
}
if ($CorpusPath -and (Test-Path "$CorpusPath/plans")) {
    $files = @((Get-ChildItem "$CorpusPath/plans" -Filter '*.md').FullName)
    $r['corpus_floor'] = Min { foreach ($f in $files) { $null = [IO.File]::ReadAllText($f) } } 60 30
    $r['corpus_all'] = Min { foreach ($a in (Get-ParallelPlan -LiteralPath $files -WarningAction Ignore -ErrorAction Ignore)) { $null = $a.Deliverables; $null = $a.SuccessCriteria; $null = $a.Section; $null = $a.Status } } 60 30
}
if ($CorpusPath -and (Test-Path "$CorpusPath/workspace")) {
    $ws = (Resolve-Path "$CorpusPath/workspace").Path
    $prefixes = 'PLAN_', 'SUBPLAN_', 'EXECUTION_TASK_', 'APPROVED_', 'FIX_', 'SKIPPED_'
    $needed = @(Get-ChildItem -LiteralPath $ws -Recurse -File | Where-Object { $_.Name -eq 'parallel.json' -or ($_.Extension -eq '.md' -and $(foreach ($x in $prefixes) { if ($_.Name.StartsWith($x)) { $true; break } })) }).FullName
    $r['status'] = Min { $null = Get-AchievementStatus -LiteralPath $ws -Recurse 3>$null } 40 25
    # The floor: list the workspace and read whole every file the status needs (the same list as the bench's compiled floor).
    $r['status_floor'] = Min { $null = [IO.Directory]::GetFiles($ws, '*', [IO.SearchOption]::AllDirectories); foreach ($f in $needed) { $null = [IO.File]::ReadAllText($f) } } 40 25
}
foreach ($shape in 'chain', 'wide', 'random') {
    foreach ($size in 10000, 100000) {
        $p = "$Work/PLAN_SYN-$shape-$size.md"
        $big = $size -ge 100000
        $r["syn_${shape}_$size"] = Min { $null = Get-ParallelPlan -LiteralPath $p -WarningAction Ignore } $(if ($big) { 1 } else { 3 }) $(if ($big) { 3 } else { 5 })
    }
    $p = "$Work/PLAN_SYN-$shape-100000.md"
    $mem = & $exe @pre -NoProfile -NonInteractive -Command @"
Import-Module '$Root/ParallelExec.psd1'
[GC]::Collect(); `$base = [GC]::GetTotalMemory(`$true)
`$a = Get-ParallelPlan -LiteralPath '$p' -WarningAction Ignore
`$retained = [GC]::GetTotalMemory(`$true) - `$base
`$p = [Diagnostics.Process]::GetCurrentProcess(); `$p.Refresh()
'{0}|{1}|{2}' -f `$retained, `$p.PeakWorkingSet64, `$a.Count
"@
    $parts = "$mem" -split '\|'
    # Beyond its text: the plan's text (UTF-16, two bytes a character), which the achievements' sections point into, is taken off.
    $chars = [IO.File]::ReadAllText($p).Length
    $r["retained_per_achievement_$shape"] = ([double]$parts[0] - 2 * $chars) / [double]$parts[2]
    $r["peak_ws_mb_$shape"] = [double]$parts[1] / 1MB
}
$r | ConvertTo-Json -Compress
