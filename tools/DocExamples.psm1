# Runs the PowerShell code blocks of the README and docs/*.md, so that the documentation cannot rot.
#
# The convention (also in docs/README.md):
#   * A fenced block whose info string starts with powershell, pwsh or ps1 is run, in document order,
#     in one fresh pwsh per document, from a sandbox that is a copy of the repository's examples/,
#     schemas/ and the module (../shared is linked beside it when it exists, for the corpus).
#   * A block whose lines start with "PS> " is a transcript: each command (with its ">> " continuation
#     lines) runs as if typed at the prompt, and the lines after it, up to the next "PS> ", are the
#     output it must print (as a 120-column terminal prints it, which formats at 119; plain text). Trailing spaces, blank lines at
#     either end and runs of blank lines are ignored. "..." alone on a line stands for any number of
#     lines; "..." inside a line stands for any text. The sandbox's paths print as ~/ParallelExec/...
#     (a clone in ~/ParallelExec, with the corpus in ~/shared).
#   * What the host writes straight to the console (ShouldProcess's "What if:" lines) is part of the output,
#     before what the command returns.
#   * Any other block is a script: it runs as a whole, and must write no error.
#   * An error fails the block unless the transcript shows it as the console does ("<Cmdlet>: <message>",
#     then "  Recommendation: <fix>" when it has one), word for word.
#   * "powershell illustrative" marks a block that is not run (it needs an LLM, a clipboard, a
#     network ...). "powershell corpus" marks a block that needs ../shared/corpus: skipped without it.

Set-StrictMode -Version 3.0

$script:Languages = @('powershell', 'pwsh', 'ps1', 'ps')

function Get-DocBlock {
    <# The fenced blocks of a markdown file that are PowerShell, with their kind and their commands. #>
    param([Parameter(Mandatory)] [string] $Path, [string] $Root = (Get-Location).Path)
    $lines = [IO.File]::ReadAllText($Path).Replace("`r`n", "`n") -split "`n"
    $relative = [IO.Path]::GetRelativePath($Root, (Resolve-Path -LiteralPath $Path).Path).Replace('\', '/')
    $i = 0
    while ($i -lt $lines.Count) {
        $m = [regex]::Match($lines[$i], '^(?<fence>`{3,}|~{3,})\s*(?<info>.*)$')
        if (-not $m.Success) { $i++; continue }
        $fence = $m.Groups['fence'].Value
        $words = @($m.Groups['info'].Value.Trim() -split '\s+' | Where-Object { $_ } | ForEach-Object { $_.ToLowerInvariant() })
        $start = $i
        $body = [Collections.Generic.List[string]]::new()
        $i++
        $closing = '^' + [regex]::Escape($fence.Substring(0, 1)) + '{' + $fence.Length + ',}\s*$'
        while ($i -lt $lines.Count -and $lines[$i] -notmatch $closing) {
            $body.Add($lines[$i]); $i++
        }
        $end = $i
        $i++
        if ($words.Count -eq 0 -or $words[0] -notin $script:Languages) { continue }
        $flags = @($words | Select-Object -Skip 1)
        $isTranscript = @($body | Where-Object { $_.StartsWith('PS> ') -or $_ -eq 'PS>' }).Count -gt 0
        $commands = @()
        if ($isTranscript) {
            $current = $null
            foreach ($l in $body) {
                if ($l.StartsWith('PS> ') -or $l -eq 'PS>') {
                    if ($current) { $commands += $current }
                    $current = [pscustomobject]@{ Command = $l.Substring([Math]::Min(4, $l.Length)); Expected = [Collections.Generic.List[string]]::new() }
                } elseif ($current -and $current.Expected.Count -eq 0 -and ($l.StartsWith('>> ') -or $l -eq '>>')) {
                    $current.Command += "`n" + $l.Substring([Math]::Min(3, $l.Length))
                } elseif ($current) {
                    $current.Expected.Add($l)
                } elseif ($l.Trim()) {
                    throw "${relative}:$($start + 1): a transcript block must start with a 'PS> ' line, not '$l'."
                }
            }
            if ($current) { $commands += $current }
        }
        [pscustomobject]@{
            PSTypeName = 'ParallelExec.DocBlock'
            File       = $relative
            FullPath   = (Resolve-Path -LiteralPath $Path).Path
            Line       = $start + 1
            EndLine    = $end + 1
            Name       = "${relative}:$($start + 1)"
            Kind       = if ('illustrative' -in $flags) { 'Illustrative' } elseif ($isTranscript) { 'Transcript' } else { 'Script' }
            NeedsCorpus = 'corpus' -in $flags
            Code       = $body -join "`n"
            Commands   = $commands
        }
    }
}

function Get-DocFile {
    <# README.md and every docs/**/*.md of the repository. #>
    param([Parameter(Mandatory)] [string] $Root)
    @(Get-Item (Join-Path $Root 'README.md')) + @(Get-ChildItem (Join-Path $Root 'docs') -Recurse -Filter *.md -ErrorAction SilentlyContinue | Sort-Object FullName)
}

function ConvertTo-NormalLine {
    <# Lines without trailing spaces, without blank lines at either end, runs of blank lines as one. #>
    param([AllowEmptyCollection()] [string[]] $Line)
    $out = [Collections.Generic.List[string]]::new()
    foreach ($l in $Line) {
        foreach ($part in ($l.Replace("`r`n", "`n") -split "`n")) {
            $t = $part.TrimEnd()
            if ($t -eq '' -and ($out.Count -eq 0 -or $out[$out.Count - 1] -eq '')) { continue }
            $out.Add($t)
        }
    }
    while ($out.Count -gt 0 -and $out[$out.Count - 1] -eq '') { $out.RemoveAt($out.Count - 1) }
    , $out.ToArray()
}

function Test-DocOutput {
    <# $true when the actual lines match the expected ones, "..." lines and "..." inside lines being wildcards. #>
    param([AllowEmptyCollection()] [string[]] $Expected, [AllowEmptyCollection()] [string[]] $Actual)
    $e = ConvertTo-NormalLine $Expected
    $a = ConvertTo-NormalLine $Actual
    $patterns = foreach ($x in $e) {
        if ($x.Trim() -eq '...') { $null } else { '^' + (($x -split '\.\.\.', 0 | ForEach-Object { [regex]::Escape($_) }) -join '.*') + '$' }
    }
    $patterns = @($patterns)
    # memo[i,j]: can expected[i..] match actual[j..]
    $memo = @{}
    $match = $null
    $match = {
        param($i, $j)
        $key = "$i,$j"
        if ($memo.ContainsKey($key)) { return $memo[$key] }
        $r = $false
        if ($i -ge $e.Count) { $r = $j -ge $a.Count }
        elseif ($null -eq $patterns[$i]) {
            for ($k = $j; $k -le $a.Count -and -not $r; $k++) { $r = & $match ($i + 1) $k }
        } elseif ($j -lt $a.Count -and [regex]::IsMatch($a[$j], $patterns[$i])) { $r = & $match ($i + 1) ($j + 1) }
        $memo[$key] = $r
        return $r
    }
    return [bool](& $match 0 0)
}

function Format-DocDifference {
    param([string[]] $Expected, [string[]] $Actual)
    $e = ConvertTo-NormalLine $Expected
    $a = ConvertTo-NormalLine $Actual
    $n = [Math]::Max($e.Count, $a.Count)
    for ($k = 0; $k -lt $n; $k++) {
        $x = if ($k -lt $e.Count) { $e[$k] } else { '<nothing>' }
        $y = if ($k -lt $a.Count) { $a[$k] } else { '<nothing>' }
        if ($x -cne $y -and $x -notmatch '\.\.\.') { return "first difference at output line $($k + 1):`n  shown:   $x`n  printed: $y" }
    }
    return 'the output differs where the shown text elides with "..."'
}

function New-DocSandbox {
    <# A throw-away copy of what the documents use: examples/, schemas/, the module; ../shared linked beside it. #>
    param([Parameter(Mandatory)] [string] $Root)
    $base = Join-Path ([IO.Path]::GetTempPath()) ("pe-docs-" + [guid]::NewGuid().ToString('n').Substring(0, 12))
    $box = Join-Path $base 'ParallelExec'
    $null = New-Item -ItemType Directory -Force $box
    foreach ($item in 'examples', 'schemas', 'ParallelExec.psd1', 'tools/Assert-ModuleBuilt.ps1', 'out/ParallelExec') {
        $from = Join-Path $Root $item
        if (-not (Test-Path $from)) { throw "The documents need '$item' but '$from' does not exist; run ./build.ps1 -Task Build first." }
        $to = Join-Path $box $item
        $null = New-Item -ItemType Directory -Force (Split-Path $to)
        Copy-Item -LiteralPath $from -Destination $to -Recurse
    }
    $shared = Join-Path $Root '../shared'
    if (Test-Path $shared) { $null = New-Item -ItemType SymbolicLink -Path (Join-Path $base 'shared') -Target (Resolve-Path $shared).Path }
    return $box
}

# The script a fresh pwsh runs: every block of one document, in order, in one session.
$script:ChildScript = @'
param([string] $InputFile, [string] $OutputFile)
$__de = Get-Content -Raw $InputFile | ConvertFrom-Json
Set-Location -LiteralPath $__de.Sandbox
$PSStyle.OutputRendering = 'PlainText'
$ProgressPreference = 'SilentlyContinue'
Import-Module ./ParallelExec.psd1
function __DeRender($__items) {
    $__text = [Collections.Generic.List[string]]::new()
    $__errors = [Collections.Generic.List[string]]::new()
    $__batch = [Collections.Generic.List[object]]::new()
    $__flush = { if ($__batch.Count) { $__text.Add(($__batch | Out-String -Width 119)); $__batch.Clear() } }
    $__record = {
        param($__o)
        if ($__o -is [System.Management.Automation.ErrorRecord]) {
            $__cmd = if ($__o.InvocationInfo -and $__o.InvocationInfo.MyCommand) { $__o.InvocationInfo.MyCommand.Name + ': ' } else { '' }
            # As the console's ConciseView shows it: the details' message when there is one, then the recommendation.
            $__msg = if ($__o.ErrorDetails -and $__o.ErrorDetails.Message) { $__o.ErrorDetails.Message } else { $__o.Exception.Message }
            $__line = $__cmd + $__msg
            $__text.Add($__line); $__errors.Add($__line)
            if ($__o.ErrorDetails -and $__o.ErrorDetails.RecommendedAction) { $__text.Add('  Recommendation: ' + $__o.ErrorDetails.RecommendedAction) }
        } elseif ($__o -is [System.Management.Automation.WarningRecord]) { $__text.Add('WARNING: ' + $__o.Message) }
        else { $__text.Add([string]$__o.MessageData) }
    }
    # The output of Format-Table/-List is a sequence (start, entries, end) that renders only whole: a warning or error
    # written in its middle is shown after it, instead of cutting it in two (which loses the rows after the cut).
    $__inFormat = $false
    $__held = [Collections.Generic.List[object]]::new()
    foreach ($__o in $__items) {
        $__type = if ($null -ne $__o) { $__o.GetType().FullName } else { '' }
        if ($__o -is [System.Management.Automation.ErrorRecord] -or $__o -is [System.Management.Automation.WarningRecord] -or
            $__o -is [System.Management.Automation.InformationRecord]) {
            if ($__inFormat) { $__held.Add($__o) } else { . $__flush; & $__record $__o }
            continue
        }
        $__batch.Add($__o)
        if ($__type -eq 'Microsoft.PowerShell.Commands.Internal.Format.FormatStartData') { $__inFormat = $true }
        elseif ($__type -eq 'Microsoft.PowerShell.Commands.Internal.Format.FormatEndData') {
            $__inFormat = $false
            if ($__held.Count) { . $__flush; foreach ($__h in $__held) { & $__record $__h }; $__held.Clear() }
        }
    }
    . $__flush
    foreach ($__h in $__held) { & $__record $__h }
    [pscustomobject]@{ Text = ($__text -join "`n"); Errors = @($__errors) }
}
$__results = foreach ($__b in $__de.Blocks) {
    $__k = 0
    $__runs = foreach ($__c in @($__b.Commands)) {
        # A marker on stdout: what the host writes directly (What if: ...) follows it, up to the next marker.
        [Console]::Out.WriteLine([char]1 + 'DOC-CMD|' + $__b.Name + '|' + $__k); [Console]::Out.Flush(); $__k++
        $__items = [Collections.Generic.List[object]]::new()
        try {
            $__sb = [scriptblock]::Create($__c)
            . $__sb *>&1 | ForEach-Object { $__items.Add($_) }
        } catch { $__items.Add($_) }
        __DeRender $__items
    }
    [pscustomobject]@{ Name = $__b.Name; Runs = @($__runs) }
}
@($__results) | ConvertTo-Json -Depth 6 | Set-Content -LiteralPath $OutputFile -Encoding utf8NoBOM
'@

function Invoke-DocFile {
    <#
    Runs one document's blocks in a fresh pwsh in a new sandbox. Returns one result per block:
    Name, Kind, Outcome (Passed, Failed, Skipped), Message, and the actual output of each command.
    #>
    param(
        [Parameter(Mandatory)] [string] $Path,
        [Parameter(Mandatory)] [string] $Root,
        [switch] $Update
    )
    $blocks = @(Get-DocBlock -Path $Path -Root $Root)
    $hasCorpus = Test-Path (Join-Path $Root '../shared/corpus')
    $toRun = @($blocks | Where-Object { $_.Kind -ne 'Illustrative' -and (-not $_.NeedsCorpus -or $hasCorpus) })
    $runs = @{}
    if ($toRun.Count) {
        $box = New-DocSandbox -Root $Root
        $base = Split-Path $box
        try {
            $in = Join-Path $base 'blocks.json'
            $out = Join-Path $base 'results.json'
            $child = Join-Path $base 'run-blocks.ps1'
            Set-Content -LiteralPath $child -Value $script:ChildScript -Encoding utf8NoBOM
            @{
                Sandbox = $box
                Blocks  = @($toRun | ForEach-Object {
                        @{ Name = $_.Name; Commands = @(if ($_.Kind -eq 'Transcript') { $_.Commands.Command } else { $_.Code }) }
                    })
            } | ConvertTo-Json -Depth 5 | Set-Content -LiteralPath $in -Encoding utf8NoBOM
            $exe = [Environment]::ProcessPath
            $pre = @(if ([IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { Join-Path $PSHOME 'pwsh.dll' })
            $log = & $exe @pre -NoProfile -NonInteractive -File $child -InputFile $in -OutputFile $out 2>&1
            if (-not (Test-Path $out)) { throw "The documents of $Path could not be run: $($log -join "`n")" }
            # Paths print as a reader's would, from a clone in ~/ParallelExec beside ~/shared.
            $raw = (Get-Content -Raw $out).Replace(($box | ConvertTo-Json).Trim('"'), '~/ParallelExec').Replace(($base | ConvertTo-Json).Trim('"'), '~')
            foreach ($r in @($raw | ConvertFrom-Json)) { $runs[$r.Name] = @($r.Runs) }
            # Lines the host wrote straight to the console (ShouldProcess's "What if:", for one) come first, as on screen.
            $hostText = @{}
            $key = $null
            foreach ($line in @($log | Where-Object { $_ -is [string] })) {
                if ($line.StartsWith([string][char]1 + 'DOC-CMD|')) { $key = $line.Substring(9); $hostText[$key] = [Collections.Generic.List[string]]::new(); continue }
                if ($key) { $hostText[$key].Add($line.Replace($box, '~/ParallelExec').Replace($base, '~')) }
            }
            foreach ($name in @($runs.Keys)) {
                for ($k = 0; $k -lt $runs[$name].Count; $k++) {
                    $h = $hostText["$name|$k"]
                    if ($h -and $h.Count) { $runs[$name][$k].Text = (($h -join "`n") + "`n" + $runs[$name][$k].Text) }
                }
            }
        } finally {
            Remove-Item -LiteralPath $base -Recurse -Force -ErrorAction SilentlyContinue
        }
    }

    $edits = [Collections.Generic.List[object]]::new()
    $elided = [Collections.Generic.List[string]]::new()
    foreach ($b in $blocks) {
        $result = [ordered]@{ PSTypeName = 'ParallelExec.DocResult'; Name = $b.Name; File = $b.File; Line = $b.Line; Kind = $b.Kind; Outcome = 'Passed'; Message = '' }
        if ($b.Kind -eq 'Illustrative') { $result.Outcome = 'Skipped'; $result.Message = 'marked illustrative' }
        elseif ($b.NeedsCorpus -and -not $hasCorpus) { $result.Outcome = 'Skipped'; $result.Message = 'needs ../shared/corpus, which is not beside this clone' }
        elseif ($b.Kind -eq 'Script') {
            $r = $runs[$b.Name][0]
            if (@($r.Errors).Count) { $result.Outcome = 'Failed'; $result.Message = "the block wrote an error: $(@($r.Errors)[0])" }
        } else {
            $actualRuns = $runs[$b.Name]
            $problems = @()
            $newBody = [Collections.Generic.List[string]]::new()
            for ($k = 0; $k -lt $b.Commands.Count; $k++) {
                $c = $b.Commands[$k]
                $r = $actualRuns[$k]
                $actual = ConvertTo-NormalLine @($r.Text)
                $ok = Test-DocOutput -Expected $c.Expected -Actual $actual
                foreach ($err in @($r.Errors)) {
                    if (-not (($c.Expected | ForEach-Object { $_.TrimEnd() }) -contains $err.TrimEnd())) { $ok = $false; if (-not $problems) { $problems += "'PS> $($c.Command)' wrote an error the document does not show: $err" } }
                }
                if (-not $ok -and -not $problems) { $problems += "'PS> $($c.Command)': $(Format-DocDifference -Expected $c.Expected -Actual $actual)" }
                $cmdLines = $c.Command -split "`n"
                $newBody.Add('PS> ' + $cmdLines[0])
                foreach ($cl in @($cmdLines | Select-Object -Skip 1)) { $newBody.Add('>> ' + $cl) }
                if ($ok) { foreach ($x in $c.Expected) { $newBody.Add($x) } }
                else {
                    if (@($c.Expected | Where-Object { $_ -match '\.\.\.' }).Count) { $elided.Add("$($b.File):$($b.Line) 'PS> $(($c.Command -split "`n")[0])'") }
                    if ($actual.Count -and ([string]$r.Text).StartsWith("`n")) { $newBody.Add('') }
                    foreach ($x in $actual) { $newBody.Add($x) }
                    if ($k -lt $b.Commands.Count - 1) { $newBody.Add('') }
                }
            }
            if ($problems) {
                $result.Outcome = 'Failed'; $result.Message = $problems[0]
                if ($Update) { $edits.Add([pscustomobject]@{ Start = $b.Line; End = $b.EndLine; Body = $newBody.ToArray() }) }
            }
        }
        [pscustomobject]$result
    }

    if ($Update -and $edits.Count) {
        $lines = [Collections.Generic.List[string]]::new([string[]]([IO.File]::ReadAllText($Path).Replace("`r`n", "`n") -split "`n"))
        foreach ($e in ($edits | Sort-Object Start -Descending)) {
            # Block body is lines Start+1 .. End-1 (1-based), between the fences.
            $lines.RemoveRange($e.Start, $e.End - $e.Start - 1)
            $lines.InsertRange($e.Start, [string[]]$e.Body)
        }
        [IO.File]::WriteAllText($Path, ($lines -join "`n"), [Text.UTF8Encoding]::new($false))
        Write-Warning "$($edits.Count) transcript block(s) of $($blocks[0].File) were rewritten with the output printed now; read the diff before committing it."
        # The shown output is replaced whole, so "..." elisions (volatile times, long output) are gone: say where.
        foreach ($e in $elided) { Write-Warning "The output of $e had '...' elisions, now replaced by the whole output: put them back." }
    }
}

Export-ModuleMember -Function Get-DocBlock, Get-DocFile, ConvertTo-NormalLine, Test-DocOutput, Invoke-DocFile
