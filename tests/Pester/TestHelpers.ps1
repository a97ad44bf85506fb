# Dot-sourced by every test file: where things are, and small fixture helpers.
$script:RepoRoot = if ($env:PARALLELEXEC_ROOT) { $env:PARALLELEXEC_ROOT } else { (Resolve-Path "$PSScriptRoot/../..").Path }
$script:CorpusPath = if ($env:PARALLELEXEC_CORPUS) { $env:PARALLELEXEC_CORPUS } else { Join-Path $script:RepoRoot '../shared/corpus' }
$script:SeedPath = if ($env:PARALLELEXEC_SEED) { $env:PARALLELEXEC_SEED } else { Join-Path $script:RepoRoot 'examples/seed/PLAN_PARALLEL-EXECUTION-AUTOMATION.md' }
$script:ModuleVersion = (Import-PowerShellDataFile (Join-Path $script:RepoRoot 'module/ParallelExec.psd1')).ModuleVersion
$script:BuiltModule = Join-Path $script:RepoRoot "out/ParallelExec/$script:ModuleVersion"

Import-Module (Join-Path $script:RepoRoot 'ParallelExec.psd1') -Force

# Core's engines are internal (docs/ARCHITECTURE.md: the public surface is the model); a test that drives one directly
# makes it by name from the model's assembly. PowerShell calls the public members of such an object as usual.
function New-CoreObject([string] $TypeName, [object[]] $Arguments = @()) {
    [Activator]::CreateInstance([ParallelExec.AchievementId].Assembly.GetType($TypeName, $true), [object[]] $Arguments)
}

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

# The seed as PLAN_PARALLEL-EXECUTION-AUTOMATION.md with its example registry as parallel.json; $false when the seed is absent.
function New-SeedFolder([string] $Folder) {
    if (-not (Test-Path $SeedPath)) { return $false }
    $null = New-Item -ItemType Directory -Force $Folder
    Copy-Item $SeedPath (Join-Path $Folder 'PLAN_PARALLEL-EXECUTION-AUTOMATION.md')
    $text = Get-Content -Raw $SeedPath
    $start = $text.IndexOf('```json', $text.IndexOf('### Example parallel.json')) + 7
    Set-Content (Join-Path $Folder 'parallel.json') $text.Substring($start, $text.IndexOf('```', $start) - $start)
    return $true
}

# Compares a prompt's text with tests/golden/<Name>; fails showing the first differing line.
# Set PARALLELEXEC_UPDATE_GOLDEN=1 to rewrite the file instead (then read the diff before committing it).
function Assert-Golden([string] $Text, [string] $Name) {
    $file = Join-Path $script:RepoRoot "tests/golden/$Name"
    if ($env:PARALLELEXEC_UPDATE_GOLDEN -eq '1') {
        $null = New-Item -ItemType Directory -Force (Split-Path $file)
        [IO.File]::WriteAllText($file, $Text, [Text.UTF8Encoding]::new($false))
        return
    }
    if (-not (Test-Path $file)) { throw "The golden file $file is missing; run with PARALLELEXEC_UPDATE_GOLDEN=1 to create it." }
    $expected = [IO.File]::ReadAllText($file).Replace("`r`n", "`n") -split "`n"
    $actual = $Text.Replace("`r`n", "`n") -split "`n"
    for ($i = 0; $i -lt [Math]::Max($expected.Count, $actual.Count); $i++) {
        $e = if ($i -lt $expected.Count) { $expected[$i] } else { '<end of file>' }
        $a = if ($i -lt $actual.Count) { $actual[$i] } else { '<end of text>' }
        if ($e -cne $a) { throw "The prompt differs from $Name at line $($i + 1):`n  expected: $e`n  actual:   $a" }
    }
}

# Every file's hash and every folder below a root, for byte-identical comparisons.
function Get-TreeSnapshot([string] $Root) {
    @(Get-ChildItem -LiteralPath $Root -Recurse -Force | Sort-Object FullName | ForEach-Object {
        if ($_.PSIsContainer) { "D $($_.FullName)" } else { "F $($_.FullName) $((Get-FileHash -LiteralPath $_.FullName -Algorithm SHA256).Hash)" }
    }) -join "`n"
}

# A SUBPLAN for an achievement of the seed, with an Active EXECUTION_TASKs table of the given rows.
function New-SeedSubplan([string] $Folder, [string] $Id, [string[]] $Rows) {
    $nn = $Id.Replace('.', '')
    $table = if ($Rows) {
        "## Active EXECUTION_TASKs`n`n| Execution | Status | File | Estimate | Dependencies |`n| --- | --- | --- | --- | --- |`n" + (($Rows | ForEach-Object { $_ }) -join "`n") + "`n"
    } else { '' }
    $text = "# SUBPLAN: Achievement $Id`n`n**Type**: SUBPLAN`n**Plan**: PARALLEL-EXECUTION-AUTOMATION`n**Achievement**: $Id`n**Status**: Design Complete`n`n## Objective`n`nDeliver achievement $Id.`n`n## Approach`n`nStep by step.`n`n$table"
    $path = Join-Path $Folder "subplans/SUBPLAN_PARALLEL-EXECUTION-AUTOMATION_$nn.md"
    $null = New-Item -ItemType Directory -Force (Split-Path $path)
    [IO.File]::WriteAllText($path, $text, [Text.UTF8Encoding]::new($false))
    $path
}
