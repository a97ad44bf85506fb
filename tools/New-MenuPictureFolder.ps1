<#
.SYNOPSIS
    Makes the plan folder whose menu docs/images/menu.svg shows: the seed plan with its example parallel.json, level 1 done.
.DESCRIPTION
    The seed PLAN (examples/seed) and the parallel.json its "Example parallel.json" section holds (three levels of
    three), with level 1 done (SUBPLAN, EXECUTION_TASK Complete, APPROVED) and the SUBPLAN of 2.1 written: 2.1 is ready
    for its execution, 2.2 and 2.3 wait for their SUBPLANs. The Pictures task captures Show-ParallelMenu on this folder; tests/Pester/Pictures.Tests.ps1 builds the
    same folder to check that docs/images/menu.txt still shows what the menu draws.
.EXAMPLE
    & ./tools/New-MenuPictureFolder.ps1 -Folder /tmp/menu-plan -SeedPath ./examples/seed/PLAN_PARALLEL-EXECUTION-AUTOMATION.md
#>
[CmdletBinding()]
param(
    # The folder to create (it must not exist yet, or be empty).
    [Parameter(Mandatory)] [string] $Folder,
    [Parameter(Mandatory)] [string] $SeedPath
)
Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

if (-not (Test-Path -LiteralPath $SeedPath -PathType Leaf)) { throw "The seed plan is not at '$SeedPath'; pass -SeedPath <PLAN_PARALLEL-EXECUTION-AUTOMATION.md>." }
if ((Test-Path -LiteralPath $Folder) -and (Get-ChildItem -LiteralPath $Folder -Force)) { throw "'$Folder' is not empty; give a new folder." }
$null = New-Item -ItemType Directory -Force -Path $Folder
$utf8 = [Text.UTF8Encoding]::new($false)
function Write-PlanFile([string] $Relative, [string] $Content) {
    $path = Join-Path $Folder $Relative
    $null = New-Item -ItemType Directory -Force -Path (Split-Path $path)
    [IO.File]::WriteAllText($path, $Content, $utf8)
}

$text = [IO.File]::ReadAllText((Resolve-Path -LiteralPath $SeedPath).Path)
Write-PlanFile 'PLAN_PARALLEL-EXECUTION-AUTOMATION.md' $text
$section = $text.IndexOf('### Example parallel.json')
if ($section -lt 0) { throw "The seed plan '$SeedPath' has no '### Example parallel.json' section." }
$start = $text.IndexOf('```json', $section) + 7
Write-PlanFile 'parallel.json' $text.Substring($start, $text.IndexOf('```', $start) - $start).TrimStart("`r", "`n")

foreach ($id in '1.1', '1.2', '1.3', '2.1') {
    $nn = $id.Replace('.', '')
    Write-PlanFile "subplans/SUBPLAN_PARALLEL-EXECUTION-AUTOMATION_$nn.md" "# SUBPLAN: Achievement $id`n`n**Type**: SUBPLAN`n**Plan**: PARALLEL-EXECUTION-AUTOMATION`n**Achievement**: $id`n**Status**: Design Complete`n`n## Objective`n`nDeliver achievement $id.`n"
    if ($id -eq '2.1') { continue }
    Write-PlanFile "execution/EXECUTION_TASK_PARALLEL-EXECUTION-AUTOMATION_${nn}_01.md" "# EXECUTION_TASK: Achievement $id`n`n**SUBPLAN**: SUBPLAN_PARALLEL-EXECUTION-AUTOMATION_$nn`n**Achievement**: $id`n**Status**: Complete`n**Execution Number**: 01`n"
    Write-PlanFile "execution/feedbacks/APPROVED_$nn.md" "# APPROVED: Achievement $id`n`nReviewed and approved.`n"
}
