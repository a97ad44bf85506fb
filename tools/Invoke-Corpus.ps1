<#
.SYNOPSIS
    Reads every PLAN of the corpus with Get-ParallelPlan and compares the ids found with EXPECTED.json.
.DESCRIPTION
    Prints one row per file: file, kind, expected ids, found ids, match. Emits the rows with -PassThru.
    Exits 1 when a file does not match (unless -PassThru). Needs the module imported.
#>
param(
    [Parameter(Mandatory)] [string] $CorpusPath,
    [switch] $PassThru
)
$ErrorActionPreference = 'Stop'
$plans = Join-Path $CorpusPath 'plans'
$expected = Get-Content -Raw (Join-Path $plans 'EXPECTED.json') | ConvertFrom-Json -AsHashtable
$rows = foreach ($file in ($expected.Keys | Sort-Object)) {
    $found = @(Get-ParallelPlan -LiteralPath (Join-Path $plans $file) -WarningAction SilentlyContinue -ErrorAction SilentlyContinue | ForEach-Object { "$($_.Id)" })
    # Get-ParallelPlan emits in id order; EXPECTED lists document order, which is id order in every corpus file.
    $want = @($expected[$file].ids)
    [pscustomobject]@{
        File     = $file
        Kind     = $expected[$file].kind
        Expected = $want -join ' '
        Found    = $found -join ' '
        Match    = ($want -join ' ') -ceq ($found -join ' ')
    }
}
if ($PassThru) { return $rows }
$width = ($rows.File | Measure-Object -Maximum Length).Maximum
Write-Host ("{0} {1,-10} {2,-5} {3}" -f 'File'.PadRight($width), 'Kind', 'Match', 'Expected | Found')
foreach ($r in $rows) {
    $ids = if ($r.Match) { "$($r.Expected) | (same)" } else { "$($r.Expected) | $($r.Found)" }
    if (-not $r.Expected -and $r.Match) { $ids = '(none) | (none)' }
    Write-Host ("{0} {1,-10} {2,-5} {3}" -f $r.File.PadRight($width), $r.Kind, $r.Match, $ids)
}
$bad = @($rows | Where-Object { -not $_.Match })
Write-Host ("{0} files, {1} match, {2} differ" -f $rows.Count, ($rows.Count - $bad.Count), $bad.Count)
if ($bad) { exit 1 }
