<#
.SYNOPSIS
    Runs the PowerShell blocks of README.md and docs/**/*.md and checks their shown output (see tools/DocExamples.psm1
    and docs/README.md for the convention).
.PARAMETER Path
    Markdown files to run; all of README.md and docs/ by default.
.PARAMETER Update
    Rewrites the shown output of every transcript whose output changed, with what it prints now. Read the diff.
.EXAMPLE
    ./tools/Invoke-DocExamples.ps1 -Path docs/user-guide.md -Update
#>
[CmdletBinding()]
param(
    [string[]] $Path,
    [string] $Root = (Resolve-Path "$PSScriptRoot/..").Path,
    [switch] $Update,
    [switch] $PassThru
)
Import-Module (Join-Path $PSScriptRoot 'DocExamples.psm1') -Force
$files = if ($Path) { $Path | ForEach-Object { Get-Item $_ } } else { Get-DocFile -Root $Root }
$results = foreach ($f in $files) { Invoke-DocFile -Path $f.FullName -Root $Root -Update:$Update }
if ($PassThru) { return $results }
$results | Format-Table Name, Kind, Outcome -AutoSize | Out-Host
$results | Where-Object Outcome -eq 'Failed' | ForEach-Object { Write-Host "FAILED $($_.Name): $($_.Message)" -ForegroundColor Red }
$failed = @($results | Where-Object Outcome -eq 'Failed').Count
Write-Host ("Documents: {0} blocks passed, {1} failed, {2} skipped" -f @($results | Where-Object Outcome -eq 'Passed').Count, $failed, @($results | Where-Object Outcome -eq 'Skipped').Count)
if ($failed) { exit 1 }
