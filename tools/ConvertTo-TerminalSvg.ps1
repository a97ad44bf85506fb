<#
.SYNOPSIS
    Draws a terminal capture with ANSI colours (tmux capture-pane -p -e) as an SVG picture of a terminal window.
.DESCRIPTION
    Reads SGR sequences (reset, bold, dim, italic, underline, inverse, the 8 and 16 basic colours, 256 colours and
    truecolor, default colours), keeps the style from one line to the next as a terminal does, and ignores every other
    escape sequence. Each row is one <text> whose <tspan> runs are placed on the column grid, so the columns line up
    whatever monospace font the viewer has, and the row's text is the concatenation of its runs. The output depends on
    nothing but the input: the same capture gives the same bytes. Every row has its <text> (empty rows too), so the n-th
    <text> of the <g> holds row n.
.EXAMPLE
    & ./tools/ConvertTo-TerminalSvg.ps1 -Text (tmux capture-pane -p -e -t menu | Out-String) -Columns 100 -Title 'pwsh'
#>
[CmdletBinding()]
[OutputType([string])]
param(
    # The capture: lines separated by LF (CRLF is accepted), with ANSI escape sequences.
    [Parameter(Mandatory)] [AllowEmptyString()] [string] $Text,
    # The terminal's width in columns; the picture is this wide.
    [Parameter(Mandatory)] [ValidateRange(1, 1000)] [int] $Columns,
    # The number of rows to draw; by default, as many as the capture has lines (a final LF ends the last line).
    [ValidateRange(0, 1000)] [int] $Rows = -1,
    # The title shown in the window's title bar.
    [string] $Title = '',
    # Where to draw the cursor (0-based column and row); -1 draws none.
    [int] $CursorColumn = -1,
    [int] $CursorRow = -1
)
Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

# Geometry, in pixels. A monospace glyph advances about 0.6 em.
$FontSize = 14
$CellWidth = 8.4
$LineHeight = 18
$Padding = 14
$TitleBar = 28
$Background = '#1e1e2e'
$Foreground = '#d4d4d4'

# The 16 basic colours (0-7 normal, 8-15 bright), close to a modern dark terminal's.
$Palette16 = @(
    '#1e1e1e', '#f14c4c', '#23d18b', '#e5e510', '#3b8eea', '#d670d6', '#29b8db', '#cccccc',
    '#8a8a8a', '#ff6b6b', '#5af78e', '#f4f99d', '#57c7ff', '#ff6ac1', '#9aedfe', '#ffffff')

function Get-PaletteColor([int] $Index) {
    if ($Index -lt 16) { return $Palette16[$Index] }
    if ($Index -lt 232) {
        $i = $Index - 16
        $levels = 0, 95, 135, 175, 215, 255
        return '#{0:x2}{1:x2}{2:x2}' -f $levels[[Math]::Floor($i / 36)], $levels[[Math]::Floor($i / 6) % 6], $levels[$i % 6]
    }
    $g = 8 + 10 * ($Index - 232)
    return '#{0:x2}{0:x2}{0:x2}' -f $g
}

function Format-Number([double] $Value) { $Value.ToString('0.##', [Globalization.CultureInfo]::InvariantCulture) }

function ConvertTo-XmlText([string] $Value) {
    # Characters XML 1.0 cannot hold (controls other than tab) are dropped; &, < and > are escaped.
    $clean = [regex]::Replace($Value, '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]', '')
    return $clean.Replace('&', '&amp;').Replace('<', '&lt;').Replace('>', '&gt;')
}

# How many cells a text element takes: 2 for East Asian wide characters and emoji, else 1.
function Get-CellWidth([int] $CodePoint) {
    if (($CodePoint -ge 0x1100 -and $CodePoint -le 0x115F) -or ($CodePoint -ge 0x2E80 -and $CodePoint -le 0xA4CF) -or
        ($CodePoint -ge 0xAC00 -and $CodePoint -le 0xD7A3) -or ($CodePoint -ge 0xF900 -and $CodePoint -le 0xFAFF) -or
        ($CodePoint -ge 0xFE30 -and $CodePoint -le 0xFE4F) -or ($CodePoint -ge 0xFF00 -and $CodePoint -le 0xFF60) -or
        ($CodePoint -ge 0xFFE0 -and $CodePoint -le 0xFFE6) -or ($CodePoint -ge 0x1F300 -and $CodePoint -le 0x1FAFF) -or
        ($CodePoint -ge 0x20000 -and $CodePoint -le 0x3FFFD)) { return 2 }
    return 1
}

# The style in force: colours are $null (the default), a palette index (int) or '#rrggbb' (string).
$state = @{ Fg = $null; Bg = $null; Bold = $false; Dim = $false; Italic = $false; Underline = $false; Inverse = $false }

function Reset-Style {
    $state.Fg = $null; $state.Bg = $null
    $state.Bold = $false; $state.Dim = $false; $state.Italic = $false; $state.Underline = $false; $state.Inverse = $false
}

# Applies one SGR sequence's parameters ("1;31", "38;5;196", "38:2::1:2:3", "" for reset).
function Set-Style([string] $Parameters) {
    $p = @(if ($Parameters -eq '') { '0' } else { $Parameters -split ';' })
    $i = 0
    while ($i -lt $p.Count) {
        $part = $p[$i]
        if ($part.Contains(':')) {
            # ITU form: 38:5:n or 38:2:[colourspace]:r:g:b in one parameter.
            $sub = @($part -split ':')
            if ($sub[0] -in '38', '48' -and $sub.Count -ge 3) {
                $color = if ($sub[1] -eq '5') { [int]$sub[2] }
                elseif ($sub[1] -eq '2' -and $sub.Count -ge 5) { $rgb = @($sub | Select-Object -Last 3); '#{0:x2}{1:x2}{2:x2}' -f [int]$rgb[0], [int]$rgb[1], [int]$rgb[2] }
                else { $null }
                if ($sub[0] -eq '38') { $state.Fg = $color } else { $state.Bg = $color }
            }
            $i++
            continue
        }
        $n = if ($part -eq '') { 0 } else { [int]$part }
        switch ($n) {
            0 { Reset-Style }
            1 { $state.Bold = $true }
            2 { $state.Dim = $true }
            3 { $state.Italic = $true }
            4 { $state.Underline = $true }
            7 { $state.Inverse = $true }
            22 { $state.Bold = $false; $state.Dim = $false }
            23 { $state.Italic = $false }
            24 { $state.Underline = $false }
            27 { $state.Inverse = $false }
            39 { $state.Fg = $null }
            49 { $state.Bg = $null }
            { $_ -in 38, 48 } {
                $color = $null
                if ($i + 2 -lt $p.Count -and $p[$i + 1] -eq '5') { $color = [int]$p[$i + 2]; $i += 2 }
                elseif ($i + 4 -lt $p.Count -and $p[$i + 1] -eq '2') { $color = '#{0:x2}{1:x2}{2:x2}' -f [int]$p[$i + 2], [int]$p[$i + 3], [int]$p[$i + 4]; $i += 4 }
                if ($n -eq 38) { $state.Fg = $color } else { $state.Bg = $color }
            }
            { $_ -ge 30 -and $_ -le 37 } { $state.Fg = $n - 30 }
            { $_ -ge 40 -and $_ -le 47 } { $state.Bg = $n - 40 }
            { $_ -ge 90 -and $_ -le 97 } { $state.Fg = $n - 90 + 8 }
            { $_ -ge 100 -and $_ -le 107 } { $state.Bg = $n - 100 + 8 }
        }
        $i++
    }
}

function Resolve-Color($Color, [string] $Default) {
    if ($null -eq $Color) { return $Default }
    if ($Color -is [string]) { return $Color }
    return Get-PaletteColor $Color
}

# The resolved look of the current style: foreground and background colours and font attributes.
function Get-Look {
    $fg = Resolve-Color $state.Fg $Foreground
    $bg = Resolve-Color $state.Bg $null
    if ($state.Inverse) { $fg, $bg = (Resolve-Color $state.Bg $Background), (Resolve-Color $state.Fg $Foreground) }
    [pscustomobject]@{ Fg = $fg; Bg = $bg; Bold = $state.Bold; Dim = $state.Dim; Italic = $state.Italic; Underline = $state.Underline }
}

function Test-SameLook($a, $b) {
    $a.Fg -eq $b.Fg -and $a.Bg -eq $b.Bg -and $a.Bold -eq $b.Bold -and $a.Dim -eq $b.Dim -and $a.Italic -eq $b.Italic -and $a.Underline -eq $b.Underline
}

# Splits the capture into rows of runs: each run is text of one look starting at a column.
$lines = @($Text.Replace("`r`n", "`n") -split "`n")
if ($lines.Count -gt 0 -and $Text.EndsWith("`n")) { $lines = @($lines | Select-Object -First ($lines.Count - 1)) }
if ($Rows -lt 0) { $Rows = $lines.Count }
$escape = [regex]'\x1b(?:\[([0-9;:?<=>]*)([ -/]*[@-~])|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])'
$rowRuns = [Collections.Generic.List[object]]::new()
foreach ($line in $lines) {
    $runs = [Collections.Generic.List[object]]::new()
    $column = 0
    $position = 0
    $pieces = [Collections.Generic.List[object]]::new()
    foreach ($m in $escape.Matches($line)) {
        if ($m.Index -gt $position) { $pieces.Add($line.Substring($position, $m.Index - $position)) }
        $pieces.Add($m)
        $position = $m.Index + $m.Length
    }
    if ($position -lt $line.Length) { $pieces.Add($line.Substring($position)) }
    foreach ($piece in $pieces) {
        if ($piece -is [Text.RegularExpressions.Match]) {
            if ($piece.Groups[2].Success -and $piece.Groups[2].Value -eq 'm' -and -not $piece.Groups[1].Value.StartsWith('?')) { Set-Style $piece.Groups[1].Value }
            continue
        }
        $look = Get-Look
        $width = 0
        $drawn = [Text.StringBuilder]::new()
        $e = [Globalization.StringInfo]::GetTextElementEnumerator($piece)
        while ($e.MoveNext()) {
            $element = [string]$e.Current
            if ($element -eq "`t") {
                # A tab moves to the next multiple of 8, drawn as the spaces it moves over.
                $spaces = 8 - (($column + $width) % 8)
                $null = $drawn.Append(' ' * $spaces)
                $width += $spaces
                continue
            }
            $null = $drawn.Append($element)
            $width += Get-CellWidth ([char]::ConvertToUtf32($element, 0))
        }
        $piece = $drawn.ToString()
        $last = if ($runs.Count -gt 0) { $runs[$runs.Count - 1] } else { $null }
        if ($last -and (Test-SameLook $last.Look $look)) { $last.Text += $piece; $last.Cells += $width }
        else { $runs.Add([pscustomobject]@{ Column = $column; Cells = $width; Text = $piece; Look = $look }) }
        $column += $width
    }
    $rowRuns.Add($runs)
}

$width = 2 * $Padding + $Columns * $CellWidth
$height = $TitleBar + 2 * $Padding + $Rows * $LineHeight
$sb = [Text.StringBuilder]::new()
$null = $sb.Append("<svg xmlns=""http://www.w3.org/2000/svg"" width=""$(Format-Number $width)"" height=""$(Format-Number $height)"" viewBox=""0 0 $(Format-Number $width) $(Format-Number $height)"" data-columns=""$Columns"" data-rows=""$Rows"">`n")
$null = $sb.Append("  <title>$(ConvertTo-XmlText $(if ($Title) { $Title } else { 'terminal' }))</title>`n")
$null = $sb.Append("  <rect width=""100%"" height=""100%"" rx=""8"" fill=""$Background""/>`n")
$null = $sb.Append("  <rect width=""100%"" height=""$TitleBar"" rx=""8"" fill=""#2d2d3a""/>`n")
$null = $sb.Append("  <rect y=""$($TitleBar - 8)"" width=""100%"" height=""8"" fill=""#2d2d3a""/>`n")
foreach ($dot in @(@(18, '#ff5f57'), @(38, '#febc2e'), @(58, '#28c840'))) {
    $null = $sb.Append("  <circle cx=""$($dot[0])"" cy=""$($TitleBar / 2)"" r=""6"" fill=""$($dot[1])""/>`n")
}
if ($Title) {
    $null = $sb.Append("  <text x=""$(Format-Number ($width / 2))"" y=""$($TitleBar / 2 + 4)"" text-anchor=""middle"" font-family=""sans-serif"" font-size=""12"" fill=""#a0a0b0"">$(ConvertTo-XmlText $Title)</text>`n")
}

$top = $TitleBar + $Padding
$x = { param([int] $c) Format-Number ($Padding + $c * $CellWidth) }
# Backgrounds first, so that text is drawn over them.
for ($r = 0; $r -lt [Math]::Min($Rows, $rowRuns.Count); $r++) {
    foreach ($run in $rowRuns[$r]) {
        if ($run.Look.Bg -and $run.Cells -gt 0) {
            $null = $sb.Append("  <rect x=""$(& $x $run.Column)"" y=""$(Format-Number ($top + $r * $LineHeight))"" width=""$(Format-Number ($run.Cells * $CellWidth))"" height=""$LineHeight"" fill=""$($run.Look.Bg)""/>`n")
        }
    }
}
if ($CursorColumn -ge 0 -and $CursorRow -ge 0 -and $CursorRow -lt $Rows) {
    $null = $sb.Append("  <rect class=""cursor"" x=""$(& $x $CursorColumn)"" y=""$(Format-Number ($top + $CursorRow * $LineHeight))"" width=""$(Format-Number $CellWidth)"" height=""$LineHeight"" fill=""$Foreground"" fill-opacity=""0.7""/>`n")
}
$null = $sb.Append("  <g font-family=""ui-monospace, SFMono-Regular, Menlo, Consolas, 'DejaVu Sans Mono', 'Liberation Mono', monospace"" font-size=""$FontSize"" fill=""$Foreground"" xml:space=""preserve"">`n")
for ($r = 0; $r -lt $Rows; $r++) {
    # Every row gets its <text>, empty or not: the n-th <text> is the n-th row.
    $runs = if ($r -lt $rowRuns.Count) { $rowRuns[$r] } else { @() }
    # The baseline sits about 0.75 of the line down, leaving room for descenders.
    $null = $sb.Append("    <text y=""$(Format-Number ($top + $r * $LineHeight + 13.5))"">")
    foreach ($run in $runs) {
        $attrs = "x=""$(& $x $run.Column)"""
        if ($run.Cells -gt 0) { $attrs += " textLength=""$(Format-Number ($run.Cells * $CellWidth))""" }
        if ($run.Look.Fg -ne $Foreground) { $attrs += " fill=""$($run.Look.Fg)""" }
        if ($run.Look.Bold) { $attrs += ' font-weight="bold"' }
        if ($run.Look.Dim) { $attrs += ' fill-opacity="0.6"' }
        if ($run.Look.Italic) { $attrs += ' font-style="italic"' }
        if ($run.Look.Underline) { $attrs += ' text-decoration="underline"' }
        $null = $sb.Append("<tspan $attrs>$(ConvertTo-XmlText $run.Text)</tspan>")
    }
    $null = $sb.Append("</text>`n")
}
$null = $sb.Append("  </g>`n</svg>`n")
$sb.ToString()
