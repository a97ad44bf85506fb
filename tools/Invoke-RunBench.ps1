<#
.SYNOPSIS
    Invoke-ParallelPlan benchmark (the last section of build.ps1 -Task Bench; runs alone too): synthetic plans whose
    actions sleep for their estimate scaled down (1 h = -MsPerHour ms), measured makespan against the sequential sum and
    against the scheduler's own prediction for the same -ThrottleLimit (the -WhatIf schedule by estimate).
.OUTPUTS
    Markdown lines.
#>
param(
    [Parameter(Mandatory)] [string] $Root,
    [string] $SeedPath = (Join-Path $Root 'examples/seed/PLAN_PARALLEL-EXECUTION-AUTOMATION.md'),
    [int] $MsPerHour = 100,
    [int[]] $ThrottleLimit = @(2, 4)
)
$ErrorActionPreference = 'Stop'
if (-not (Get-Module ParallelExec)) { Import-Module (Join-Path $Root 'ParallelExec.psd1') }
# The prediction -WhatIf prints, from Core's (internal) scheduler types, by reflection.
$coreAssembly = [ParallelExec.AchievementId].Assembly
$fromNodes = $coreAssembly.GetType('ParallelExec.Run.RunNode', $true).GetMethod('From')
$predict = $coreAssembly.GetType('ParallelExec.Run.SchedulePrediction', $true).GetMethod('Of')
# The plan's mutual exclusions (achievements that write the same files), as Invoke-ParallelPlan takes them.
$exclusionsOf = $coreAssembly.GetType('ParallelExec.Run.ExclusionSource', $true).GetMethod('For')
$work = Join-Path ([IO.Path]::GetTempPath()) ('pe-runbench-' + [guid]::NewGuid().ToString('N').Substring(0, 8))

function New-SyntheticPlan([string] $Name, [object[]] $Items) {
    # $Items: @{ Id; Hours; Deps }
    $dir = Join-Path $work $Name
    $null = New-Item -ItemType Directory -Force $dir
    $sb = [Text.StringBuilder]::new("# PLAN: $Name`n`n")
    foreach ($i in $Items) {
        $deps = if ($i.Deps) { $i.Deps -join ', ' } else { 'None' }
        $null = $sb.Append("**Achievement $($i.Id)**: Step $($i.Id)`n- **Effort**: $($i.Hours) hours`n- **Dependencies**: $deps`n`n")
    }
    $path = Join-Path $dir "PLAN_$Name.md"
    [IO.File]::WriteAllText($path, $sb.ToString())
    $path
}

try {
    $plans = [ordered]@{}
    $plans['chain (8)'] = New-SyntheticPlan CHAIN (1..8 | ForEach-Object { @{ Id = "1.$_"; Hours = 1 + ($_ % 3); Deps = @(if ($_ -gt 1) { "1.$($_ - 1)" }) } })
    $plans['diamond (1+4+1)'] = New-SyntheticPlan DIAMOND (@(@{ Id = '1.1'; Hours = 2; Deps = @() }) +
        (1..4 | ForEach-Object { @{ Id = "2.$_"; Hours = $_; Deps = @('1.1') } }) + @(@{ Id = '3.1'; Hours = 1; Deps = @('2.1', '2.2', '2.3', '2.4') }))
    $rand = [Random]::new(8)
    $plans['random DAG (40)'] = New-SyntheticPlan RANDOM (1..40 | ForEach-Object {
            $n = $_
            $deps = @(if ($n -gt 1) { 1..$rand.Next(0, 3) | Where-Object { $_ } | ForEach-Object { "1.$($rand.Next(1, $n))" } | Select-Object -Unique })
            @{ Id = "1.$n"; Hours = $rand.Next(1, 5); Deps = $deps }
        })
    # One level of 6 achievements whose executions declare files: 1.1/1.2/1.3 write the same file (never at once), 1.4/1.5
    # another, 1.6 its own. Without the exclusions it is one 3 h wave; with them 1.1-1.3 run one after another.
    $clash = @(@{ Id = '1.1'; Hours = 3; File = 'src/a.cs' }, @{ Id = '1.2'; Hours = 2; File = 'src/a.cs' }, @{ Id = '1.3'; Hours = 1; File = 'src/a.cs' },
        @{ Id = '1.4'; Hours = 2; File = 'src/b.cs' }, @{ Id = '1.5'; Hours = 2; File = 'src/b.cs' }, @{ Id = '1.6'; Hours = 3; File = 'src/c.cs' })
    $clashPath = New-SyntheticPlan CLASH ($clash | ForEach-Object { @{ Id = $_.Id; Hours = $_.Hours; Deps = @() } })
    $entries = ($clash | ForEach-Object { '{{ "id": "{0}", "title": "Step {0}", "dependencies": [], "estimated_hours": {1}, "executions": [ {{ "id": "1", "estimated_hours": {1}, "files": ["{2}"] }} ] }}' -f $_.Id, $_.Hours, $_.File }) -join ",`n"
    [IO.File]::WriteAllText((Join-Path (Split-Path $clashPath) 'parallel.json'), "{ `"plan`": `"CLASH`", `"version`": `"1.0.0`", `"levels`": [ { `"level`": 1, `"achievements`": [`n$entries ] } ] }")
    $plans['conflicts (6, one level, 2 exclusive groups)'] = $clashPath
    if (Test-Path $SeedPath) {
        $seedDir = Join-Path $work 'SEED'
        $null = New-Item -ItemType Directory -Force $seedDir
        Copy-Item $SeedPath (Join-Path $seedDir 'PLAN_PARALLEL-EXECUTION-AUTOMATION.md')
        $text = Get-Content -Raw $SeedPath
        $start = $text.IndexOf('```json', $text.IndexOf('### Example parallel.json')) + 7
        Set-Content (Join-Path $seedDir 'parallel.json') $text.Substring($start, $text.IndexOf('```', $start) - $start)
        $plans["seed plan + its registry"] = (Join-Path $seedDir 'PLAN_PARALLEL-EXECUTION-AUTOMATION.md')
    }

    "## Invoke-ParallelPlan: measured makespan (actions sleep for their estimate, 1 h = $MsPerHour ms)"
    ''
    '| plan | achievements | -ThrottleLimit | sequential sum | predicted (list schedule) | measured makespan | measured / predicted | saving vs sequential |'
    '|---|---:|---:|---:|---:|---:|---:|---:|'
    foreach ($name in $plans.Keys) {
        $path = $plans[$name]
        foreach ($t in $ThrottleLimit) {
            # The schedule -WhatIf prints, without its host message.
            $achievements = [ParallelExec.Achievement[]] @(Get-ParallelPlan -LiteralPath $path -WarningAction Ignore)
            $exclusions = $exclusionsOf.Invoke($null, [object[]] @($achievements[0].Plan, $false))
            $schedule = $predict.Invoke($null, [object[]] @($fromNodes.Invoke($null, [object[]] @(, $achievements)), $t, $exclusions))
            $predicted = $schedule.MakespanHours * $MsPerHour
            $sequential = $schedule.SequentialHours * $MsPerHour
            $ms = $MsPerHour
            $r = @(Invoke-ParallelPlan -LiteralPath $path -ThrottleLimit $t -WarningAction Ignore -ScriptBlock {
                    $e = $_.EstimatedHours
                    if ($e) { Start-Sleep -Milliseconds ([int](($e.Min + $e.Max) / 2 * $using:ms)) }
                })
            $bad = @($r | Where-Object Result -ne 'Succeeded')
            if ($bad.Count) { throw "$name : $($bad.Count) achievements did not succeed: $($bad[0].Id) $($bad[0].Result) $($bad[0].Error)" }
            $makespan = (($r.CompletedAt | Measure-Object -Maximum).Maximum - ($r.StartedAt | Measure-Object -Minimum).Minimum).TotalMilliseconds
            Remove-Item -Recurse -Force (Join-Path (Split-Path $path) '.parallel')
            '| {0} | {1} | {2} | {3:N0} ms | {4:N0} ms | {5:N0} ms | {6:P1} | {7:P0} |' -f $name, $r.Count, $t, $sequential, $predicted, $makespan,
                ($makespan / $predicted), (1 - $makespan / $sequential)
        }
    }
    ''
    # Executions as units: each execution an action of its own, against Measure-ParallelPlan's unit schedule (as many
    # executors as units; Invoke's -ThrottleLimit counts achievements, and an achievement's executions share its slot).
    $units = Join-Path $work 'UNITS'
    $null = New-Item -ItemType Directory -Force $units
    [IO.File]::WriteAllText((Join-Path $units 'PLAN_UNITS.md'), "# PLAN: Units`n`n**Achievement 1.1**: Parts`n- **Dependencies**: None`n`n**Achievement 1.2**: Other`n- **Dependencies**: None`n`n**Achievement 2.1**: After`n- **Dependencies**: 1.1, 1.2`n")
    [IO.File]::WriteAllText((Join-Path $units 'parallel.json'), '{ "plan": "UNITS", "version": "1.0.0", "levels": [ { "level": 1, "achievements": [ { "id": "1.1", "title": "Parts", "dependencies": [], "executions": [ { "id": "1", "estimated_hours": 2 }, { "id": "2", "estimated_hours": 2 }, { "id": "3", "estimated_hours": 3 }, { "id": "4", "estimated_hours": 1, "dependencies": ["1", "2"] } ] }, { "id": "1.2", "title": "Other", "dependencies": [], "estimated_hours": 2 } ] }, { "level": 2, "achievements": [ { "id": "2.1", "title": "After", "dependencies": ["1.1", "1.2"], "executions": [ { "id": "1", "estimated_hours": 1 }, { "id": "2", "estimated_hours": 1 } ] } ] } ] }')
    $m = Measure-ParallelPlan -LiteralPath $units -WarningAction Ignore
    $r = @(Invoke-ParallelPlan -LiteralPath $units -ThrottleLimit 4 -WarningAction Ignore -ScriptBlock {
            param($a, $p, $e)
            $hours = if ($e) { [double]($e.Estimate -replace '[^0-9.]', '') } elseif ($a.EstimatedHours) { $a.EstimatedHours.Max } else { 0 }
            Start-Sleep -Milliseconds ([int]($hours * $using:ms))
        })
    $bad = @($r | Where-Object Result -ne 'Succeeded')
    if ($bad.Count) { throw "executions: $($bad.Count) achievements did not succeed: $($bad[0].Id) $($bad[0].Result) $($bad[0].Error)" }
    $makespan = (($r.CompletedAt | Measure-Object -Maximum).Maximum - ($r.StartedAt | Measure-Object -Minimum).Minimum).TotalMilliseconds
    '| plan | executions | sequential sum | predicted (Measure, units) | measured makespan | measured / predicted | saving vs sequential |'
    '|---|---:|---:|---:|---:|---:|---:|'
    '| executions (1.1: 2/2/3 h + 1 h after two; 1.2: 2 h; 2.1: 1/1 h) | {0} | {1:N0} ms | {2:N0} ms | {3:N0} ms | {4:P1} | {5:P0} |' -f $m.ExecutionCount,
        ($m.SequentialHours.Max * $MsPerHour), ($m.ParallelHours.Max * $MsPerHour), $makespan, ($makespan / ($m.ParallelHours.Max * $MsPerHour)), (1 - $makespan / ($m.SequentialHours.Max * $MsPerHour))
    ''
    'A plan with exclusions (the conflicts row) is predicted and run with them: achievements that write the same file never overlap.'
    'Makespan is from the first start to the last completion (the runspace pool is opened before; opening it is not counted). The prediction is the schedule Invoke-ParallelPlan -WhatIf prints: the same dependency-driven, longest-remaining-path-first list scheduling, by estimate (the middle of each range).'
}
finally {
    Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue
}
