<#
.SYNOPSIS
    Generates the documentation's pictures (./build.ps1 -Task Pictures): the seed plan's graph and a capture of the menu.
.DESCRIPTION
    Writes into -OutputFolder:
      seed-graph.dot  Show-ParallelGraph -Format Dot of examples/seed/PLAN_PARALLEL-EXECUTION-AUTOMATION.md, as the module writes it.
      seed-graph.svg  that DOT drawn by Graphviz (dot -Tsvg, a wider node margin), with the DOT's SHA-256 in a comment and without Graphviz's version comment.
      menu.txt        Show-ParallelMenu's first screen, captured from a tmux session of fixed size.
      menu.svg        the same capture with its colours, drawn by tools/ConvertTo-TerminalSvg.ps1.
    The menu runs on the plan folder tools/New-MenuPictureFolder.ps1 makes (the seed half-way) in a temporary folder.
    Graphviz (dot) and tmux are installed from Debian's packages when they are missing (apt-get, as root or with sudo).
    Every output depends only on the sources (and the Graphviz version): running it again changes nothing.
    tests/Pester/Pictures.Tests.ps1 checks the committed pictures against the module without Graphviz or tmux.
.EXAMPLE
    dotnet pwsh -NoProfile -File ./build.ps1 -Task Pictures
    Builds the module, then runs this script.
#>
[CmdletBinding()]
param(
    # The repository root (the module is imported from <Root>/ParallelExec.psd1; build it first).
    [string] $Root = (Resolve-Path (Join-Path $PSScriptRoot '..')).Path,
    # Where the pictures go.
    [string] $OutputFolder = (Join-Path $Root 'docs/images'),
    # The terminal the menu is captured in: wide enough that no line of the menu wraps.
    [ValidateRange(40, 400)] [int] $Columns = 120,
    [ValidateRange(10, 200)] [int] $Rows = 32,
    # How long to wait for the menu to draw, or to quit.
    [ValidateRange(1, 600)] [int] $TimeoutSeconds = 60
)
Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

$SeedPath = Join-Path $Root 'examples/seed/PLAN_PARALLEL-EXECUTION-AUTOMATION.md'
$Utf8 = [Text.UTF8Encoding]::new($false)

function Write-TextFile([string] $Path, [string] $Text, [switch] $Quiet) {
    [IO.File]::WriteAllText($Path, $Text.Replace("`r`n", "`n"), $Utf8)
    if (-not $Quiet) { Write-Host "  wrote $([IO.Path]::GetRelativePath($Root, $Path))" }
}

# Installs a Debian package when its command is missing: as root, or with sudo; otherwise says what to install.
function Install-DebianPackage([string] $Command, [string] $Package, [string] $What) {
    if (Get-Command $Command -CommandType Application -ErrorAction SilentlyContinue) { return }
    $manual = "install Debian's '$Package' package as root (apt-get update && apt-get install -y --no-install-recommends $Package), then run ./build.ps1 -Task Pictures again"
    if (-not (Get-Command apt-get -CommandType Application -ErrorAction SilentlyContinue)) {
        throw "'$Command' ($What) is not on PATH and there is no apt-get to install it: $manual (or your system's package that provides '$Command')."
    }
    $isRoot = (& id -u 2>$null) -eq '0'
    $sudo = Get-Command sudo -CommandType Application -ErrorAction SilentlyContinue
    if (-not $isRoot -and -not $sudo) { throw "'$Command' ($What) is not on PATH, and this user is not root and has no sudo to install it: $manual." }
    $prefix = @(if (-not $isRoot) { 'sudo' }) + @('env', 'DEBIAN_FRONTEND=noninteractive')
    Write-Host "== '$Command' is not on PATH: installing Debian's $Package ($(if ($isRoot) { 'as root' } else { 'with sudo' }))" -ForegroundColor Cyan
    foreach ($step in @(@('apt-get', 'update'), @('apt-get', 'install', '-y', '--no-install-recommends', $Package))) {
        $all = $prefix + $step
        & $all[0] @($all | Select-Object -Skip 1) | Out-Host
        if ($LASTEXITCODE -ne 0) { throw "'$($step -join ' ')' failed with exit code $LASTEXITCODE while installing $Package for '$Command': $manual." }
    }
    if (-not (Get-Command $Command -CommandType Application -ErrorAction SilentlyContinue)) { throw "Installing $Package did not put '$Command' on PATH: $manual." }
}

# A word for sh -c, quoted so that any path survives.
function ConvertTo-ShWord([string] $Value) { "'" + $Value.Replace("'", "'\''") + "'" }

if (-not (Test-Path -LiteralPath $SeedPath)) { throw "The seed plan is not at '$SeedPath'; the pictures are drawn from it." }
$manifest = Join-Path $Root 'ParallelExec.psd1'
Import-Module $manifest -Force
$null = New-Item -ItemType Directory -Force -Path $OutputFolder
Write-Host "== Pictures -> $OutputFolder" -ForegroundColor Cyan

# 1. The seed plan's graph: the module's DOT, and Graphviz's drawing of it.
$dotText = (Show-ParallelGraph -LiteralPath $SeedPath -Format Dot -ErrorAction Stop) -join "`n"
$dotFile = Join-Path $OutputFolder 'seed-graph.dot'
Write-TextFile $dotFile $dotText
$dotHash = (Get-FileHash -LiteralPath $dotFile -Algorithm SHA256).Hash.ToLowerInvariant()

Install-DebianPackage dot graphviz 'Graphviz, which draws seed-graph.svg'
$rawSvg = Join-Path ([IO.Path]::GetTempPath()) "seed-graph.$PID.svg"
try {
    # A wider node margin than Graphviz's 0.11 inch: the viewer's Helvetica may be a wider font (DejaVu Sans) than the one dot measured.
    $said = & dot -Tsvg '-Nmargin=0.25,0.08' -o $rawSvg $dotFile 2>&1
    if ($LASTEXITCODE -ne 0 -or -not (Test-Path $rawSvg)) { throw "Graphviz failed on $dotFile (dot -Tsvg exit code ${LASTEXITCODE}: $said); the DOT comes from Show-ParallelGraph -Format Dot: check it with 'dot -Tsvg $dotFile'." }
    $svg = [IO.File]::ReadAllText($rawSvg).Replace("`r`n", "`n")
}
finally { Remove-Item -LiteralPath $rawSvg -ErrorAction SilentlyContinue }
# Graphviz's version comment would make a diff on every machine with another Graphviz; the DOT's hash ties the picture to its source.
$marker = "<!-- ParallelExec: drawn by Graphviz (dot -Tsvg -Nmargin=0.25,0.08) from seed-graph.dot sha256 $dotHash; regenerate with ./build.ps1 -Task Pictures -->"
$svg = [regex]::Replace($svg, '(?s)<!-- Generated by graphviz.*?-->', $marker)
if (-not $svg.Contains($marker)) { $svg = $svg -replace '(<svg\b)', "$marker`n`$1" }
Write-TextFile (Join-Path $OutputFolder 'seed-graph.svg') $svg

# 2. The menu as a person sees it: Show-ParallelMenu in a detached tmux session of fixed size, captured with its colours.
Install-DebianPackage tmux tmux 'the terminal the menu is captured in'
$work = Join-Path ([IO.Path]::GetTempPath()) ('parallelexec-pictures-' + [guid]::NewGuid().ToString('N'))
$planFolder = Join-Path $work 'plan'
$menuScript = Join-Path $work 'menu.ps1'
# The script says how the menu ended in a file: tmux's exit status of a dead pane is not always there (tmux 3.3a).
$endFile = Join-Path $work 'menu-ended.txt'
$q = { param([string] $Text) "'" + $Text.Replace("'", "''") + "'" }
function Write-MenuScript { Write-TextFile $menuScript @"
`$ErrorActionPreference = 'Stop'
`$env:NO_COLOR = `$null
try {
    Import-Module $(& $q $manifest)
    Show-ParallelMenu -Path $(& $q $planFolder)
    Set-Content -LiteralPath $(& $q $endFile) -Value 'closed'
}
catch {
    Set-Content -LiteralPath $(& $q $endFile) -Value "failed: `$_"
    throw
}
"@ -Quiet }
# Our own tmux server and configuration: nothing of the user's tmux (sessions, ~/.tmux.conf) takes part.
$tmuxConf = Join-Path $work 'tmux.conf'
# Its socket lives in the work folder, which goes away at the end.
$socket = Join-Path $work 'tmux.sock'
$pwsh = @([Environment]::ProcessPath) + @(if ([IO.Path]::GetFileNameWithoutExtension([Environment]::ProcessPath) -eq 'dotnet') { Join-Path $PSHOME 'pwsh.dll' })
$shell = (@($pwsh | ForEach-Object { ConvertTo-ShWord $_ }) + '-NoProfile', '-File', (ConvertTo-ShWord $menuScript)) -join ' '
function Invoke-Tmux { $out = & tmux -S $socket @args 2>&1; if ($LASTEXITCODE -ne 0) { throw "tmux $($args -join ' ') failed: $out" }; $out }
function Get-Pane([switch] $Escapes) { (@(Invoke-Tmux capture-pane -p @(if ($Escapes) { '-e' }) -t pictures) -join "`n") }
function Wait-Pane([string] $Pattern, [string] $What) {
    $deadline = [DateTime]::UtcNow.AddSeconds($TimeoutSeconds)
    while ([DateTime]::UtcNow -lt $deadline) {
        $pane = Get-Pane
        if ($pane -match $Pattern) { return }
        if ((Test-Path -LiteralPath $endFile) -and (Get-Content -Raw -LiteralPath $endFile) -match '^failed: (.*)') { throw "Show-ParallelMenu failed in tmux: $($Matches[1].Trim())" }
        Start-Sleep -Milliseconds 200
    }
    throw "Show-ParallelMenu did not $What within $TimeoutSeconds s (waiting for '$Pattern' in tmux). The pane shows:`n$(Get-Pane)`nRun the menu by hand to see why: Import-Module ./ParallelExec.psd1; Show-ParallelMenu -Path <a plan folder>."
}
$savedTmux = $env:TMUX
$env:TMUX = $null
try {
    & (Join-Path $PSScriptRoot 'New-MenuPictureFolder.ps1') -Folder $planFolder -SeedPath $SeedPath
    Write-MenuScript
    Write-TextFile $tmuxConf "set -g status off`nset -g remain-on-exit on`nset -g history-limit 0`n" -Quiet
    Invoke-Tmux -f $tmuxConf new-session -d -s pictures -x $Columns -y $Rows $shell | Out-Null
    Wait-Pane '(?m)^Choose an option: ?$' 'draw its first screen'
    $size = @((Invoke-Tmux display-message -p -t pictures '#{pane_width} #{pane_height} #{cursor_x} #{cursor_y}') -split ' ')
    if ([int]$size[0] -ne $Columns -or [int]$size[1] -ne $Rows) { throw "The tmux pane is $($size[0])x$($size[1]), not ${Columns}x${Rows}: the capture would not be the fixed size the pictures expect." }
    $cursorX = [int]$size[2]; $cursorY = [int]$size[3]
    $plain = @((Get-Pane) -split "`n")
    $ansi = @((Get-Pane -Escapes) -split "`n")
    $joined = @((Invoke-Tmux capture-pane -p -J -t pictures) -join "`n" -split "`n")
    if ($joined.Count -ne $plain.Count) {
        throw "A line of the menu is wider than the $Columns columns of the capture and wraps; give New-DocPictures.ps1 a larger -Columns (its default is what the Pictures task uses)."
    }
    Invoke-Tmux send-keys -t pictures q | Out-Null
    Wait-Pane '(?m)^Bye\.$' 'quit on q'
    $deadline = [DateTime]::UtcNow.AddSeconds($TimeoutSeconds)
    while (-not ((Test-Path -LiteralPath $endFile) -and (Get-Content -Raw -LiteralPath $endFile))) {
        if ([DateTime]::UtcNow -gt $deadline) { throw "Show-ParallelMenu said Bye. but did not return within $TimeoutSeconds s. The pane shows:`n$(Get-Pane)" }
        Start-Sleep -Milliseconds 100
    }
    $ended = (Get-Content -Raw -LiteralPath $endFile).Trim()
    if ($ended -ne 'closed') { throw "Show-ParallelMenu did not close cleanly after q ($ended); run the menu by hand to see why: Import-Module ./ParallelExec.psd1; Show-ParallelMenu -Path <a plan folder>." }
}
finally {
    & tmux -S $socket kill-server 2>$null
    $env:TMUX = $savedTmux
    Remove-Item -LiteralPath $work -Recurse -Force -ErrorAction SilentlyContinue
}

# The screen down to its last written row (the prompt, where the cursor is); the empty rows below are left out.
$used = $cursorY + 1
for ($i = $plain.Count - 1; $i -ge $used; $i--) { if ($plain[$i].Trim()) { $used = $i + 1; break } }
$plain = @($plain | Select-Object -First $used)
$ansi = @($ansi | Select-Object -First $used)
Write-TextFile (Join-Path $OutputFolder 'menu.txt') (($plain -join "`n") + "`n")
$menuSvg = & (Join-Path $PSScriptRoot 'ConvertTo-TerminalSvg.ps1') -Text (($ansi -join "`n") + "`n") -Columns $Columns -Rows $used `
    -Title 'pwsh - Show-ParallelMenu' -CursorColumn $cursorX -CursorRow $cursorY
Write-TextFile (Join-Path $OutputFolder 'menu.svg') $menuSvg
