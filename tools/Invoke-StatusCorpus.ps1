<#
.SYNOPSIS
    Derives the status of every achievement of the corpus workspace and prints the counts per plan (build.ps1 -Task Status).
.DESCRIPTION
    Runs Get-AchievementStatus -Recurse on <CorpusPath>/workspace and prints one row per plan: where it lives, how many
    achievements it has, how many are in each status, how many are ready to start, and how many show drift (the PLAN's
    checkmark or parallel.json disagreeing with the files). Warnings (orphan or ambiguous files) are printed after the
    table. Emits the rows with -PassThru instead of printing. Needs the module imported.
#>
param(
    [Parameter(Mandatory)] [string] $CorpusPath,
    [switch] $PassThru
)
$ErrorActionPreference = 'Stop'
$workspace = Join-Path $CorpusPath 'workspace'
if (-not (Test-Path $workspace)) { throw "No workspace at '$workspace'." }
$workspace = (Resolve-Path $workspace).Path
$sw = [Diagnostics.Stopwatch]::StartNew()
$statuses = @(Get-AchievementStatus -LiteralPath $workspace -Recurse -WarningVariable warnings -WarningAction SilentlyContinue)
$elapsed = $sw.Elapsed.TotalMilliseconds
$names = 'not_started', 'subplan_created', 'execution_created', 'in_progress', 'complete', 'failed', 'skipped'
$rows = foreach ($group in ($statuses | Group-Object PlanPath)) {
    $first = $group.Group[0]
    $row = [ordered]@{
        Plan  = $first.PlanName
        Where = [IO.Path]::GetRelativePath($workspace, $first.Achievement.Plan.PlanRoot)
        Total = $group.Count
    }
    foreach ($n in $names) { $row[$n] = @($group.Group | Where-Object { $_.Status -eq $n }).Count }
    $row.Ready = @($group.Group | Where-Object { $_.Readiness -eq 'Ready' -and $_.Status -in 'not_started', 'subplan_created', 'execution_created' }).Count
    $row.Drift = @($group.Group | Where-Object Drift).Count
    [pscustomobject]$row
}
if ($PassThru) { return $rows }
$columns = @('Plan', 'Total') + $names + @('Ready', 'Drift')
$short = @{ not_started = 'not_st'; subplan_created = 'subpl'; execution_created = 'exec'; in_progress = 'in_pr'; complete = 'compl'; failed = 'fail'; skipped = 'skip' }
$width = [math]::Max(4, ($rows.Plan | Measure-Object -Maximum Length).Maximum)
Write-Host (('{0}' -f 'Plan'.PadRight($width)) + (($columns | Select-Object -Skip 1 | ForEach-Object { '{0,7}' -f $(if ($short[$_]) { $short[$_] } else { $_ }) }) -join ''))
foreach ($r in $rows) {
    Write-Host ($r.Plan.PadRight($width) + (($columns | Select-Object -Skip 1 | ForEach-Object { '{0,7}' -f $r.$_ }) -join ''))
}
$totals = [ordered]@{}
foreach ($c in $columns | Select-Object -Skip 1) { $totals[$c] = ($rows | Measure-Object -Sum -Property $c).Sum }
Write-Host (('{0}' -f "All $(@($rows).Count) plans".PadRight($width)) + (($totals.Values | ForEach-Object { '{0,7}' -f $_ }) -join ''))
Write-Host ("Columns: not_st(arted), subpl(an_created), exec(ution_created), in_pr(ogress), compl(ete), fail(ed), skip(ped); Ready = can start now; Drift = PLAN or parallel.json disagrees. {0:N0} ms." -f $elapsed)
$shown = @($warnings | Where-Object { "$_" -notmatch '^\[DependenciesAssumed\]' })
if ($shown) {
    Write-Host "Warnings ($($shown.Count)):"
    foreach ($w in $shown) { Write-Host "  $w" }
}
