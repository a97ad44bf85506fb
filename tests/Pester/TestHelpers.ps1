# Dot-sourced by every test file: where things are, and small fixture helpers.
$script:RepoRoot = if ($env:PARALLELEXEC_ROOT) { $env:PARALLELEXEC_ROOT } else { (Resolve-Path "$PSScriptRoot/../..").Path }
$script:CorpusPath = if ($env:PARALLELEXEC_CORPUS) { $env:PARALLELEXEC_CORPUS } else { Join-Path $script:RepoRoot '../shared/corpus' }
$script:SeedPath = if ($env:PARALLELEXEC_SEED) { $env:PARALLELEXEC_SEED } else { Join-Path $script:RepoRoot '../shared/seeds/000_82e6c1bbb1394d70.txt' }
$script:ModuleVersion = (Import-PowerShellDataFile (Join-Path $script:RepoRoot 'module/ParallelExec.psd1')).ModuleVersion
$script:BuiltModule = Join-Path $script:RepoRoot "out/ParallelExec/$script:ModuleVersion"

Import-Module (Join-Path $script:RepoRoot 'ParallelExec.psd1') -Force

function Invoke-FreshPwsh([string] $Command) {
    $exe = [Environment]::ProcessPath
    $pre = @(if ([IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { Join-Path $PSHOME 'pwsh.dll' })
    & $exe @pre -NoProfile -NonInteractive -Command $Command
}

function New-TestFile([string] $RelativePath, [string] $Content) {
    $full = Join-Path $TestDrive $RelativePath
    $null = New-Item -ItemType Directory -Force -Path (Split-Path $full)
    [IO.File]::WriteAllText($full, $Content, [Text.UTF8Encoding]::new($false))
    return $full
}

$script:DemoPlan = @'
# PLAN: Demo

**Achievement 1.1**: First Thing (2-3h)

- **Goal**: Do the first thing
- **Dependencies**: None
- **Blocks**: 1.2

**Achievement 1.2**: Second Thing (1h)

- **Dependencies**: 1.1

**Achievement 1.10**: Tenth Thing (4h)

- **Dependencies**: None

**Achievement 2.1**: Third Thing

- **Dependencies**: 1.2, 1.10

**Achievement 10.1**: Far Thing (30 minutes)

- **Dependencies**: 2.1
'@
