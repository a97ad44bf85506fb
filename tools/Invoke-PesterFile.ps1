<#
.SYNOPSIS
    Runs some Pester files against the module as last built (./build.ps1 -Task Build), for a quick loop while working.
.EXAMPLE
    dotnet pwsh -NoProfile -File ./tools/Invoke-PesterFile.ps1 tests/Pester/Docs.Tests.ps1
#>
param([Parameter(Mandatory, ValueFromRemainingArguments)] [string[]] $Path)
$globalPackages = ((& dotnet nuget locals global-packages --list) -replace '^global-packages:\s*', '').Trim()
Import-Module (Join-Path $globalPackages 'pester/5.7.1/tools/Pester.psd1') -RequiredVersion 5.7.1
$c = New-PesterConfiguration
$c.Run.Path = $Path
$c.Run.Exit = $true
$c.Output.Verbosity = 'Normal'
Invoke-Pester -Configuration $c
