<#
.SYNOPSIS
    Publishes a built module folder into a local file repository as <Name>.<version>.nupkg (build.ps1 -Task Package).
.DESCRIPTION
    Registers -RepositoryFolder as the trusted PSResourceGet repository -RepositoryName (unregistering an old one of
    that name first) and runs Publish-PSResource on -ModuleFolder. Writes the path of the .nupkg.

    PSResourceGet keeps its repositories in the user's PSResourceRepository.xml (under $XDG_DATA_HOME or
    ~/.local/share/PSResourceGet on Linux and macOS, %LOCALAPPDATA%\PSResourceGet on Windows) and installs
    CurrentUser modules under the home folder: run this script in a fresh pwsh whose HOME, XDG_DATA_HOME,
    XDG_CONFIG_HOME and XDG_CACHE_HOME (LOCALAPPDATA and APPDATA on Windows) point at a temporary folder, so the
    user's own configuration is never touched. build.ps1 and tests/Pester/Package.Tests.ps1 do.
#>
param(
    [Parameter(Mandatory)] [string] $ModuleFolder,
    [Parameter(Mandatory)] [string] $RepositoryFolder,
    [string] $RepositoryName = 'ParallelExecLocal'
)
$ErrorActionPreference = 'Stop'
$null = New-Item -ItemType Directory -Force -Path $RepositoryFolder
$RepositoryFolder = (Resolve-Path $RepositoryFolder).Path
if (Get-PSResourceRepository -Name $RepositoryName -ErrorAction SilentlyContinue) { Unregister-PSResourceRepository -Name $RepositoryName }
Register-PSResourceRepository -Name $RepositoryName -Uri $RepositoryFolder -Trusted
$manifest = Import-PowerShellDataFile (Get-ChildItem -LiteralPath $ModuleFolder -Filter *.psd1 | Select-Object -First 1).FullName
$name = (Get-ChildItem -LiteralPath $ModuleFolder -Filter *.psd1 | Select-Object -First 1).BaseName
$nupkg = Join-Path $RepositoryFolder "$name.$($manifest.ModuleVersion).nupkg"
if (Test-Path $nupkg) { Remove-Item -Force $nupkg }
Publish-PSResource -Path $ModuleFolder -Repository $RepositoryName
if (-not (Test-Path $nupkg)) { throw "Publish-PSResource did not write '$nupkg'." }
$nupkg
