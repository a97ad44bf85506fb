<#
.SYNOPSIS
    Benchmarks for ParallelExec, measured in one run so that the ratios are comparable (build.ps1 -Task Bench).
.DESCRIPTION
    1. Import-Module time in fresh pwsh -NoProfile processes.
    2. The corpus (40 real PLANs) in one warm session: the cmdlet, Core alone, the cmdlet with every field
       materialized, and two floors for comparison (merely reading the files; a full Markdig parse of them).
    3. Synthetic plans of 1,000 / 10,000 / 100,000 achievements shaped as a chain, as wide levels and as a
       random DAG: read and levelled (warm, in-session), peak working set and retained memory (fresh process each),
       and the growth factor per 10x.
    4. Status from the files: synthetic workspaces of 100 and 300 plans x 30 achievements x ~4 files each (both layouts),
       Get-AchievementStatus -Recurse warm in-session, and peak working set and retained memory in a fresh process.
    5. Invoke-ParallelPlan on synthetic plans (chain, diamond, 40-achievement random DAG) and the seed plan with its registry:
       actions sleep for their estimate (1 h = 100 ms); measured makespan against the sequential sum and the predicted schedule.
    6. Issue 17's targets, each with its limit and verdict, for this build and (-BeforeRoot) an earlier one, measured
       alternately in fresh processes by tools/Measure-BenchTargets.ps1 on the same inputs.
    Writes the tables to out/bench.md as well.
#>
param(
    [Parameter(Mandatory)] [string] $Root,
    [string] $CorpusPath = (Join-Path $Root '../shared/corpus'),
    [int[]] $Sizes = @(1000, 10000, 100000),
    [string] $OutFile = (Join-Path $Root 'out/bench.md'),
    # An earlier build (a worktree built with build.ps1) whose target numbers are measured beside this one's, in this run.
    [string] $BeforeRoot = $env:PE_BENCH_BEFORE
)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $Root 'ParallelExec.psd1')
$moduleBase = (Get-Module ParallelExec).ModuleBase
# Core's engines are internal; the Core rows call the loader by reflection (its cost is a few microseconds a call).
$coreAssembly = [ParallelExec.AchievementId].Assembly
$loadMethod = $coreAssembly.GetType('ParallelExec.Plans.PlanLoader', $true).GetMethod('Load')
function New-LoadOptions { [Activator]::CreateInstance($coreAssembly.GetType('ParallelExec.Plans.PlanLoadOptions', $true)) }
function Invoke-CoreLoad([string] $Path, $Options) { $loadMethod.Invoke($null, [object[]] @($Path, $Options)) }
$report = [System.Collections.Generic.List[string]]::new()
function Say([string] $line) { Write-Host $line; $report.Add($line) }

$exe = [Environment]::ProcessPath
$pre = @(if ([IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { Join-Path $PSHOME 'pwsh.dll' })
function Invoke-Child([string] $command) { & $exe @pre -NoProfile -NonInteractive -Command $command }

function Measure-Warm([scriptblock] $Action, [int] $Warmup = 60, [int] $Runs = 30) {
    for ($i = 0; $i -lt $Warmup; $i++) { & $Action }
    [GC]::Collect(); Start-Sleep -Milliseconds 200
    $times = for ($i = 0; $i -lt $Runs; $i++) {
        $sw = [Diagnostics.Stopwatch]::StartNew(); & $Action; $sw.Elapsed.TotalMilliseconds
    }
    $sorted = @($times | Sort-Object)
    [pscustomobject]@{ Min = $sorted[0]; Median = $sorted[[int][math]::Floor($sorted.Count / 2)] }
}
function Ms([double] $v) { if ($v -ge 100) { '{0:N0}' -f $v } elseif ($v -ge 10) { '{0:N1}' -f $v } else { '{0:N2}' -f $v } }

Say "# ParallelExec benchmarks"
Say ''
Say ("Machine: {0} cores, {1}; pwsh {2}; .NET {3}; {4:yyyy-MM-dd HH:mm} UTC" -f [Environment]::ProcessorCount,
    [Runtime.InteropServices.RuntimeInformation]::OSDescription, $PSVersionTable.PSVersion, [Environment]::Version, [DateTime]::UtcNow)
Say ''

# 1. Import-Module in a fresh process, beside an empty manifest module as the floor pwsh itself sets.
$emptyDir = Join-Path ([IO.Path]::GetTempPath()) ("pe-empty-" + [Guid]::NewGuid().ToString('N'))
$null = New-Item -ItemType Directory -Path $emptyDir
Set-Content (Join-Path $emptyDir 'Empty.psd1') "@{ ModuleVersion = '1.0'; GUID = '$([Guid]::NewGuid())' }"
$importRows = [ordered]@{ 'Import-Module ./ParallelExec.psd1' = "$Root/ParallelExec.psd1"; 'Import-Module of an empty manifest module (floor)' = "$emptyDir/Empty.psd1" }
Say '## Import-Module (fresh pwsh -NoProfile, 9 processes each, alternating)'
Say ''
Say '| what | min | median | max |'
Say '|---|---:|---:|---:|'
$samples = @{}
foreach ($k in $importRows.Keys) { $samples[$k] = [System.Collections.Generic.List[double]]::new() }
foreach ($i in 1..9) {
    foreach ($k in $importRows.Keys) {
        $samples[$k].Add([double](Invoke-Child "`$sw = [Diagnostics.Stopwatch]::StartNew(); Import-Module '$($importRows[$k])'; `$sw.Elapsed.TotalMilliseconds"))
    }
}
foreach ($k in $importRows.Keys) {
    $v = @($samples[$k] | Sort-Object)
    Say ("| {0} | {1} ms | {2} ms | {3} ms |" -f $k, (Ms $v[0]), (Ms $v[4]), (Ms $v[-1]))
}
Remove-Item -Recurse -Force $emptyDir
$markdigAtImport = Invoke-Child "Import-Module '$Root/ParallelExec.psd1'; [bool]([AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { `$_.GetName().Name -in 'Markdig', 'NJsonSchema' })"
Say ''
Say "Markdig or NJsonSchema loaded by Import-Module: $markdigAtImport"
Say ''

# 2. The corpus, warm, in this session.
if (Test-Path (Join-Path $CorpusPath 'plans')) {
    $files = @((Get-ChildItem (Join-Path $CorpusPath 'plans') -Filter '*.md').FullName)
    $bytes = ($files | ForEach-Object { (Get-Item $_).Length } | Measure-Object -Sum).Sum
    $texts = @($files | ForEach-Object { [IO.File]::ReadAllText($_) })
    $options = New-LoadOptions
    Add-Type -Path (Join-Path $moduleBase 'Markdig.dll')
    $rows = [ordered]@{
        'Read the files only (File.ReadAllText, floor)'          = { foreach ($f in $files) { $null = [IO.File]::ReadAllText($f) } }
        'Full Markdig parse of every document (for comparison)'   = { foreach ($t in $texts) { $null = [Markdig.Markdown]::Parse($t) } }
        'Core: PlanLoader.Load per file (read, scan, level)'      = { foreach ($f in $files) { $null = Invoke-CoreLoad $f $options } }
        'Get-ParallelPlan -LiteralPath <40 files>'                = { $null = Get-ParallelPlan -LiteralPath $files -WarningAction Ignore -ErrorAction Ignore }
        'Get-ParallelPlan + Deliverables/SuccessCriteria/Section/Status of all' = { foreach ($a in (Get-ParallelPlan -LiteralPath $files -WarningAction Ignore -ErrorAction Ignore)) { $null = $a.Deliverables; $null = $a.SuccessCriteria; $null = $a.Section; $null = $a.Status } }
    }
    Say ("## The corpus: {0} PLANs, {1:N2} MB, warm in one session (60 warm-up passes, 30 timed)" -f $files.Count, ($bytes / 1MB))
    Say ''
    Say '| what | min | median | vs. reading the files |'
    Say '|---|---:|---:|---:|'
    $floor = $null
    foreach ($name in $rows.Keys) {
        $m = Measure-Warm $rows[$name]
        if ($null -eq $floor) { $floor = $m.Min }
        Say ("| {0} | {1} ms | {2} ms | {3:N1}x |" -f $name, (Ms $m.Min), (Ms $m.Median), ($m.Min / $floor))
    }
    Say ''
    Say 'For reference (from the issue, measured on the same machine kind): the Python parser this module replaces takes 12-17 ms per pass and reads only ids and titles.'
    Say ''
}
else { Say "(corpus not found at ${CorpusPath}: corpus rows skipped)"; Say '' }

# 3. Synthetic plans.
$work = Join-Path ([IO.Path]::GetTempPath()) ("pe-bench-" + [Guid]::NewGuid().ToString('N'))
$null = New-Item -ItemType Directory -Path $work
try {
    function New-SyntheticPlan([string] $shape, [int] $n) {
        $rng = [Random]::new(42)
        $sb = [Text.StringBuilder]::new($n * 80)
        $null = $sb.Append("# PLAN: Synthetic $shape $n`n`n")
        $width = [math]::Max(1, [int]($n / 10))
        for ($i = 0; $i -lt $n; $i++) {
            $deps = switch ($shape) {
                'chain' { if ($i -gt 0) { @($i - 1) } }
                'wide' {
                    $level = [math]::Floor($i / $width)
                    if ($level -gt 0) { $base = ($level - 1) * $width; @(($base + $rng.Next($width)), ($base + $rng.Next($width))) | Select-Object -Unique }
                }
                'random' { if ($i -gt 0) { @(1..[math]::Min(3, $i) | ForEach-Object { $rng.Next($i) }) | Select-Object -Unique } }
            }
            $id = '{0}.{1}' -f ([math]::Floor($i / 1000) + 1), ($i % 1000 + 1)
            $null = $sb.Append("**Achievement $id**: Task $i (2-3h)`n- **Dependencies**: ")
            if ($deps) { $null = $sb.Append((($deps | ForEach-Object { '{0}.{1}' -f ([math]::Floor($_ / 1000) + 1), ($_ % 1000 + 1) }) -join ', ')) }
            else { $null = $sb.Append('None') }
            $null = $sb.Append("`n`n")
        }
        $path = Join-Path $work "PLAN_SYN-$shape-$n.md"
        [IO.File]::WriteAllText($path, $sb.ToString())
        return $path
    }

    Say '## Synthetic plans: read and levelled (warm, in-session) and memory (fresh process each)'
    Say ''
    Say '| shape | achievements | file | waves | min | median | growth per 10x | peak working set | retained managed |'
    Say '|---|---:|---:|---:|---:|---:|---:|---:|---:|'
    foreach ($shape in 'chain', 'wide', 'random') {
        $previous = $null
        foreach ($n in $Sizes) {
            $path = New-SyntheticPlan $shape $n
            $runs = if ($n -ge 100000) { 3 } else { 5 }
            $warm = if ($n -ge 100000) { 1 } else { 3 }
            $m = Measure-Warm { $null = Get-ParallelPlan -LiteralPath $path -WarningAction Ignore } -Warmup $warm -Runs $runs
            $first = Get-ParallelPlan -LiteralPath $path -WarningAction Ignore | Select-Object -First 1
            $waves = $first.Plan.WaveCount
            $mem = Invoke-Child @"
Import-Module '$Root/ParallelExec.psd1'
[GC]::Collect(); `$base = [GC]::GetTotalMemory(`$true)
`$p = [Diagnostics.Process]::GetCurrentProcess(); `$p.Refresh(); `$ws0 = `$p.PeakWorkingSet64
`$a = Get-ParallelPlan -LiteralPath '$path' -WarningAction Ignore
`$retained = [GC]::GetTotalMemory(`$true) - `$base
`$p.Refresh()
'{0}|{1}|{2}' -f `$p.PeakWorkingSet64, `$ws0, `$retained
"@
            $parts = ("$mem" -split '\|')
            $growth = if ($previous) { '{0:N1}x' -f ($m.Min / $previous) } else { '' }
            Say ("| {0} | {1:N0} | {2:N1} MB | {3:N0} | {4} ms | {5} ms | {6} | {7:N0} MB | {8:N0} MB |" -f $shape, $n, ((Get-Item $path).Length / 1MB), $waves,
                (Ms $m.Min), (Ms $m.Median), $growth, ([double]$parts[0] / 1MB), ([double]$parts[2] / 1MB))
            $previous = $m.Min
            Remove-Item $path
        }
    }
    Say ''
    Say 'Peak working set is the whole pwsh process (about 100 MB of it is pwsh itself, see the import row); retained managed is what the emitted achievements hold.'
}
finally {
    Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue
}
# 4. Validating registries (Test-ParallelJson, schema included), warm in-session.
$work = Join-Path ([IO.Path]::GetTempPath()) ("pe-bench-reg-" + [Guid]::NewGuid().ToString('N'))
$null = New-Item -ItemType Directory -Path $work
try {
    function Id([int] $i) { '{0}.{1}' -f ([math]::Floor($i / 1000) + 1), ($i % 1000 + 1) }
    function New-Registry([string] $shape, [int] $n) {
        $flat = $shape -eq 'random-flat'
        if ($flat) { $shape = 'random' }
        $rng = [Random]::new(7)
        $levelOf = [int[]]::new($n)
        $deps = [object[]]::new($n)
        for ($i = 0; $i -lt $n; $i++) {
            $d = switch ($shape) {
                'chain' { if ($i -gt 0) { @($i - 1) } else { @() } }
                'random' { if ($i -gt 0) { $set = [Collections.Generic.HashSet[int]]::new(); for ($k = 0; $k -lt [math]::Min(3, $i); $k++) { $null = $set.Add($rng.Next($i)) }; @($set) } else { @() } }
                'cycle' { @(($i + 1) % $n) }
            }
            $deps[$i] = @($d)
            $max = 0
            if ($shape -ne 'cycle') { foreach ($x in $deps[$i]) { if ($levelOf[$x] -gt $max) { $max = $levelOf[$x] } } }
            $levelOf[$i] = 1 + $max
        }
        $byLevel = @{}
        for ($i = 0; $i -lt $n; $i++) { if (-not $byLevel.ContainsKey($levelOf[$i])) { $byLevel[$levelOf[$i]] = [Collections.Generic.List[int]]::new() }; $byLevel[$levelOf[$i]].Add($i) }
        if ($flat) {
            # The older flat form of the same registry: achievements[] with achievement_id and level (schemas/parallel.flat.schema.json).
            $sb = [Text.StringBuilder]::new('{ "plan_name": "BENCH", "achievements": [')
            for ($i = 0; $i -lt $n; $i++) {
                if ($i) { $null = $sb.Append(',') }
                $null = $sb.Append("`n  { `"achievement_id`": `"$(Id $i)`", `"title`": `"Task $i`", `"level`": $($levelOf[$i]), `"estimated_hours`": `"2-3 hours`", `"dependencies`": [")
                $null = $sb.Append((($deps[$i] | ForEach-Object { '"' + (Id $_) + '"' }) -join ', ')).Append('] }')
            }
            $path = Join-Path $work "parallel-flat-$n.json"
            [IO.File]::WriteAllText($path, $sb.Append("`n] }").ToString())
            return $path
        }
        $sb = [Text.StringBuilder]::new('{ "plan": "BENCH", "version": "1.0.0", "levels": [')
        $firstLevel = $true
        foreach ($l in ($byLevel.Keys | Sort-Object)) {
            if (-not $firstLevel) { $null = $sb.Append(',') }; $firstLevel = $false
            $null = $sb.Append("`n { `"level`": $l, `"achievements`": [")
            $firstA = $true
            foreach ($i in $byLevel[$l]) {
                if (-not $firstA) { $null = $sb.Append(',') }; $firstA = $false
                $null = $sb.Append("`n  { `"id`": `"$(Id $i)`", `"title`": `"Task $i`", `"estimated_hours`": `"2-3 hours`", `"dependencies`": [")
                $null = $sb.Append((($deps[$i] | ForEach-Object { '"' + (Id $_) + '"' }) -join ', '))
                $null = $sb.Append('] }')
            }
            $null = $sb.Append(' ] }')
        }
        $path = Join-Path $work "parallel-$shape-$n.json"
        [IO.File]::WriteAllText($path, $sb.Append("`n] }").ToString())
        return $path
    }
    Say '## Validating registries: Test-ParallelJson -Detailed, schema included (warm, in-session; memory in a fresh process)'
    Say ''
    Say '| shape | achievements | file | findings | min | median | growth per 10x | peak working set |'
    Say '|---|---:|---:|---:|---:|---:|---:|---:|'
    foreach ($shape in 'random', 'random-flat', 'chain', 'cycle') {
        $previous = $null
        foreach ($n in $Sizes) {
            $path = New-Registry $shape $n
            $runs = if ($n -ge 100000) { 3 } else { 5 }
            $m = Measure-Warm { $null = Test-ParallelJson -LiteralPath $path -Detailed } -Warmup 2 -Runs $runs
            $found = @(Test-ParallelJson -LiteralPath $path -Detailed).Code | Group-Object | ForEach-Object { "$($_.Name)" } | Select-Object -First 2
            $peak = Invoke-Child "Import-Module '$Root/ParallelExec.psd1'; `$null = Test-ParallelJson -LiteralPath '$path' -Detailed; [Diagnostics.Process]::GetCurrentProcess().PeakWorkingSet64"
            $growth = if ($previous) { '{0:N1}x' -f ($m.Min / $previous) } else { '' }
            Say ("| {0} | {1:N0} | {2:N1} MB | {3} | {4} ms | {5} ms | {6} | {7:N0} MB |" -f $shape, $n, ((Get-Item $path).Length / 1MB), ($found -join ', '),
                (Ms $m.Min), (Ms $m.Median), $growth, ([double]"$peak" / 1MB))
            $previous = $m.Min
            Remove-Item $path
        }
    }
    Say ''
    Say 'For reference (from the issue): the Python validator checks a 10,000-achievement registry in ~75 ms and a 100,000-long chain in ~0.7 s, without a schema, and crashes on a 2,000-long chain listed in reverse.'
    Say ''
}
finally {
    Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue
}
# 5. Status from the files: a synthetic workspace of plans x 30 achievements x 4 files (SUBPLAN, EXECUTION_TASK, a
#    feedback file or a second EXECUTION_TASK, and an unrelated note), half in each layout.
function New-StatusWorkspace([string] $root, [int] $plans, [int] $achievements = 30) {
    $utf8 = [Text.UTF8Encoding]::new($false)
    $body = "Filler describing the work in some detail, as real files do.`n" * 20
    for ($p = 0; $p -lt $plans; $p++) {
        $name = 'SYN-{0:D3}' -f $p
        $dir = if ($p % 2) { Join-Path $root "work-space/plans/$name" } else { Join-Path $root "documentation/archive/syn-$p" }
        $planDir = if ($p % 2) { $dir } else { Join-Path $dir 'planning' }
        foreach ($d in $planDir, "$dir/subplans", "$dir/execution/feedbacks") { $null = [IO.Directory]::CreateDirectory($d) }
        $plan = [Text.StringBuilder]::new("# PLAN: $name`n`n")
        for ($i = 0; $i -lt $achievements; $i++) {
            $id = '{0}.{1}' -f [math]::Floor($i / 10), ($i % 10 + 1)
            $nn = $id.Replace('.', '')
            $null = $plan.Append("**Achievement $id**: Task $i (2h)`n- **Goal**: do $i`n`n")
            [IO.File]::WriteAllText("$dir/subplans/SUBPLAN_${name}_$nn.md", "# SUBPLAN: Task $i`n`n**Achievement**: $id`n**Status**: Ready`n`n$body", $utf8)
            $state = $i % 5
            [IO.File]::WriteAllText("$dir/execution/EXECUTION_TASK_${name}_${nn}_01.md",
                "# EXECUTION_TASK: Task $i`n`n**Achievement**: $id`n**Status**: $(if ($state -le 2) { 'In Progress' } else { 'Pending' })`n`n$body$(if ($state -le 2) { "`n**Status**: Complete`n" })", $utf8)
            [IO.File]::WriteAllText("$dir/execution/EXECUTION_NOTES_${name}_$nn.md", "# Notes`n`n$body", $utf8)
            if ($state -le 1) { [IO.File]::WriteAllText("$dir/execution/feedbacks/APPROVED_$nn.md", "# APPROVED`n", $utf8) }
            elseif ($state -eq 2) { [IO.File]::WriteAllText("$dir/execution/feedbacks/FIX_$nn.md", "# FIX`n", $utf8) }
            else { [IO.File]::WriteAllText("$dir/execution/EXECUTION_TASK_${name}_${nn}_02_V2.md", "# EXECUTION_TASK: Task $i (V2)`n`n**Achievement**: $id`n**Status**: Pending`n`n$body", $utf8) }
        }
        [IO.File]::WriteAllText("$planDir/PLAN_$name.md", $plan.ToString(), $utf8)
    }
}

# The floor of workspace status: list the workspace and read as text, whole, every file the status needs (the PLANs,
# their parallel.json and the methodology's files), compiled so that the loop costs what the module's own would.
Add-Type -TypeDefinition @'
public static class StatusReadFloor
{
    private static readonly string[] Prefixes = { "PLAN_", "SUBPLAN_", "EXECUTION_TASK_", "APPROVED_", "FIX_", "SKIPPED_" };
    public static long Read(string root)
    {
        long chars = 0;
        foreach (var f in System.IO.Directory.EnumerateFiles(root, "*", System.IO.SearchOption.AllDirectories))
        {
            var name = System.IO.Path.GetFileName(f);
            bool needed = name.Equals("parallel.json", System.StringComparison.OrdinalIgnoreCase);
            if (!needed && name.EndsWith(".md", System.StringComparison.OrdinalIgnoreCase))
                foreach (var p in Prefixes)
                    if (name.StartsWith(p, System.StringComparison.OrdinalIgnoreCase)) { needed = true; break; }
            if (needed) chars += System.IO.File.ReadAllText(f).Length;
        }
        return chars;
    }
}
'@

$statusWork = Join-Path ([IO.Path]::GetTempPath()) ("pe-status-" + [Guid]::NewGuid().ToString('N'))
try {
    Say ''
    Say '## Status from the files: Get-AchievementStatus -Recurse on the corpus workspace and on synthetic workspaces (warm, in-session; memory in a fresh process)'
    Say ''
    Say 'The floor lists the workspace and reads as text, whole, every PLAN, parallel.json, SUBPLAN, EXECUTION_TASK and feedback file (compiled C#, File.ReadAllText). Target: status within 2.5x of it.'
    Say ''
    Say '| workspace | achievements | files | min | median | per file | growth | list + read the files (floor) | status / floor | the same plans read without status (Core) | peak working set | retained managed |'
    Say '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|'
    $previous = $null
    $workspaces = [ordered]@{}
    if (Test-Path (Join-Path $CorpusPath 'workspace')) { $workspaces['corpus workspace (real files)'] = (Resolve-Path (Join-Path $CorpusPath 'workspace')).Path }
    foreach ($plans in 100, 300) { $workspaces["$plans synthetic plans"] = Join-Path $statusWork "ws-$plans" }
    foreach ($label in $workspaces.Keys) {
        $ws = $workspaces[$label]
        $synthetic = $label -like '*synthetic*'
        if ($synthetic) { New-StatusWorkspace $ws ([int]($label -split ' ')[0]) }
        $files = @(Get-ChildItem -LiteralPath $ws -Recurse -File).Count
        # The corpus takes milliseconds: warm it until the JIT's tiers settle (40 runs); a synthetic run takes a second and settles within.
        $warmup = if ($synthetic) { 2 } else { 40 }; $runs = if ($synthetic) { 5 } else { 25 }
        $m = Measure-Warm { $null = Get-AchievementStatus -LiteralPath $ws -Recurse 3>$null } -Warmup $warmup -Runs $runs
        $read = Measure-Warm { $null = [StatusReadFloor]::Read($ws) } -Warmup $warmup -Runs $runs
        $noStatus = New-LoadOptions; $noStatus.Recurse = $true; $noStatus.ResolveStatus = $false
        $floor = Measure-Warm { $null = Invoke-CoreLoad $ws $noStatus } -Warmup 2 -Runs 5
        $count = @(Get-AchievementStatus -LiteralPath $ws -Recurse -WarningAction Ignore).Count
        $mem = Invoke-Child @"
Import-Module '$Root/ParallelExec.psd1'
[GC]::Collect(); `$base = [GC]::GetTotalMemory(`$true)
`$s = Get-AchievementStatus -LiteralPath '$ws' -Recurse -WarningAction Ignore
`$retained = [GC]::GetTotalMemory(`$true) - `$base
`$p = [Diagnostics.Process]::GetCurrentProcess(); `$p.Refresh()
'{0}|{1}|{2}' -f `$p.PeakWorkingSet64, `$retained, `$s.Count
"@
        $parts = ("$mem" -split '\|')
        $growth = if ($previous -and $synthetic) { '{0:N1}x for {1:N1}x the files' -f ($m.Min / $previous.Min), ($files / $previous.Files) } else { '' }
        $ratio = $m.Min / $read.Min
        Say ("| {0} | {1:N0} | {2:N0} | {3} ms | {4} ms | {5:N0} us | {6} | {7} ms | {8:N2}x {9} | {10} ms | {11:N0} MB | {12:N0} MB |" -f $label, $count, $files,
            (Ms $m.Min), (Ms $m.Median), (1000 * $m.Min / $files), $growth, (Ms $read.Min), $ratio, $(if ($ratio -le 2.5) { 'met' } else { 'NOT met' }),
            (Ms $floor.Min), ([double]$parts[0] / 1MB), ([double]$parts[1] / 1MB))
        if ($synthetic) { $previous = @{ Min = $m.Min; Files = $files } }
    }
    Say ''
    Say 'Each plan root is enumerated once; the SUBPLAN, EXECUTION_TASK and feedback files are opened and read whole up to 64 KB (and the last 16 KB of a longer one). The target is under 2 s warm for 300 plans, and within 2.5x of the floor.'
}
finally {
    Remove-Item -Recurse -Force $statusWork -ErrorAction SilentlyContinue
}

# 5. Invoke-ParallelPlan: measured makespan against the sequential sum and the scheduler's prediction (tools/Invoke-RunBench.ps1).
Say ''
foreach ($line in & (Join-Path $Root 'tools/Invoke-RunBench.ps1') -Root $Root) { Say $line }

# 6. The targets of issue 17, for this build and an earlier one, alternating in fresh processes on the same inputs.
$builds = [ordered]@{}
if ($BeforeRoot) { $builds['before'] = (Resolve-Path $BeforeRoot).Path }
$builds['this build'] = $Root
$targetWork = Join-Path ([IO.Path]::GetTempPath()) ("pe-targets-" + [Guid]::NewGuid().ToString('N'))
$measure = Join-Path $PSScriptRoot 'Measure-BenchTargets.ps1'
try {
    $null = Invoke-Child "& '$measure' -Work '$targetWork' -Generate"
    $best = @{}
    foreach ($round in 1, 2) {
        foreach ($b in $builds.Keys) {
            $json = Invoke-Child "& '$measure' -Work '$targetWork' -Root '$($builds[$b])' -CorpusPath '$CorpusPath'" | Select-Object -Last 1
            $values = $json | ConvertFrom-Json
            if (-not $best[$b]) { $best[$b] = @{} }
            foreach ($prop in $values.PSObject.Properties) {
                $old = $best[$b][$prop.Name]
                $best[$b][$prop.Name] = if ($null -eq $old -or $prop.Name -like 'retained*' -or $prop.Name -like 'peak*') { [double]$prop.Value } else { [math]::Min($old, [double]$prop.Value) }
            }
        }
    }
    $importOf = [ordered]@{}
    foreach ($b in $builds.Keys) { $importOf[$b] = [System.Collections.Generic.List[double]]::new() }
    $importOf['floor'] = [System.Collections.Generic.List[double]]::new()
    $emptyDir = Join-Path $targetWork 'empty'
    $null = New-Item -ItemType Directory -Force -Path $emptyDir
    Set-Content (Join-Path $emptyDir 'Empty.psd1') "@{ ModuleVersion = '1.0'; GUID = '$([Guid]::NewGuid())' }"
    foreach ($i in 1..9) {
        foreach ($b in $importOf.Keys) {
            $manifest = if ($b -eq 'floor') { "$emptyDir/Empty.psd1" } else { "$($builds[$b])/ParallelExec.psd1" }
            $importOf[$b].Add([double](Invoke-Child "`$sw = [Diagnostics.Stopwatch]::StartNew(); Import-Module '$manifest'; `$sw.Elapsed.TotalMilliseconds"))
        }
    }
    foreach ($b in $builds.Keys) { $best[$b]['import'] = ($importOf[$b] | Measure-Object -Minimum).Minimum }
    $importFloor = ($importOf['floor'] | Measure-Object -Minimum).Minimum

    Say ''
    Say '## Issue 17''s targets, this build beside the one before, from this run (minima; fresh pwsh per build, two alternating rounds)'
    Say ''
    Say ('| target | limit | floor | ' + (($builds.Keys | ForEach-Object { $_ }) -join ' | ') + ' | verdict |')
    Say ('|---|---:|---:|' + (($builds.Keys | ForEach-Object { '---:' }) -join '|') + '|---|')
    function Row([string] $what, [string] $limit, [string] $floor, [scriptblock] $value, [scriptblock] $met) {
        $cells = foreach ($b in $builds.Keys) { & $value $best[$b] }
        $last = $best[@($builds.Keys)[-1]]
        Say ("| {0} | {1} | {2} | {3} | {4} |" -f $what, $limit, $floor, ($cells -join ' | '), $(if (& $met $last) { 'met' } else { 'NOT met' }))
    }
    foreach ($form in 'schema', 'flat') {
        Row "Test-ParallelJson -Detailed, 10,000-achievement registry ($form form)" '30 ms' '' { param($v) '{0} ms' -f (Ms $v["validate_$form"]) } { param($v) $v["validate_$form"] -le 30 }
        Row "Get-ParallelPlan on that registry ($form form)" '60 ms' '' { param($v) '{0} ms' -f (Ms $v["plan_$form"]) } { param($v) $v["plan_$form"] -le 60 }
    }
    if ($best['this build'].ContainsKey('corpus_all')) {
        Row '40 corpus PLANs, every field (Deliverables, SuccessCriteria, Section, Status)' '1.4x the floor' ('{0} ms' -f (Ms $best['this build']['corpus_floor'])) { param($v) '{0} ms ({1:N1}x)' -f (Ms $v['corpus_all']), ($v['corpus_all'] / $v['corpus_floor']) } { param($v) $v['corpus_all'] -le 1.4 * $v['corpus_floor'] }
    }
    foreach ($shape in 'chain', 'wide', 'random') {
        Row "$shape plan, 10,000 -> 100,000 achievements: growth" '11x' '10x' { param($v) '{0} -> {1} ms ({2:N1}x)' -f (Ms $v["syn_${shape}_10000"]), (Ms $v["syn_${shape}_100000"]), ($v["syn_${shape}_100000"] / $v["syn_${shape}_10000"]) } { param($v) $v["syn_${shape}_100000"] -le 11 * $v["syn_${shape}_10000"] }
        Row "$shape plan of 100,000: retained per achievement beyond its text (peak working set)" '400 B' '' { param($v) '{0:N0} B ({1:N0} MB)' -f $v["retained_per_achievement_$shape"], $v["peak_ws_mb_$shape"] } { param($v) $v["retained_per_achievement_$shape"] -lt 400 }
    }
    if ($best['this build'].ContainsKey('status')) {
        Row 'Get-AchievementStatus -Recurse, corpus workspace, against listing and reading its files' '2.5x the floor' ('{0} ms' -f (Ms $best['this build']['status_floor'])) { param($v) '{0} ms ({1:N2}x)' -f (Ms $v['status']), ($v['status'] / $v['status_floor']) } { param($v) $v['status'] -le 2.5 * $v['status_floor'] }
    }
    Row 'Import-Module (fresh pwsh, 9 processes alternating)' '150 ms' ('{0} ms' -f (Ms $importFloor)) { param($v) '{0} ms' -f (Ms $v['import']) } { param($v) $v['import'] -lt 150 }
    Say ''
    Say 'The floor beside the import is an empty manifest module; beside the corpus, File.ReadAllText of the 40 files; beside status, listing the workspace and reading whole every file the status needs. Retained memory is measured in a fresh process, less two bytes a character of the plan''s text.'
}
finally {
    Remove-Item -Recurse -Force $targetWork -ErrorAction SilentlyContinue
}

$null = New-Item -ItemType Directory -Force -Path (Split-Path $OutFile)
Set-Content -Path $OutFile -Value $report
Write-Host "Written to $OutFile"
