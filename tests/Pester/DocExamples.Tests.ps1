BeforeDiscovery {
    . $PSScriptRoot/TestHelpers.ps1
    Import-Module (Join-Path $RepoRoot 'tools/DocExamples.psm1') -Force
    # One test per PowerShell block of README.md and docs/**/*.md.
    $script:DocBlocks = @(Get-DocFile -Root $RepoRoot | ForEach-Object { Get-DocBlock -Path $_.FullName -Root $RepoRoot } |
            ForEach-Object { @{ Name = $_.Name; Kind = $_.Kind } })
}

# The documentation's PowerShell blocks run against examples/ and must print what they show.
BeforeAll {
    . $PSScriptRoot/TestHelpers.ps1
    Import-Module (Join-Path $RepoRoot 'tools/DocExamples.psm1') -Force

    function New-Doc([string] $Name, [string] $Text) {
        $p = Join-Path $TestDrive $Name
        [IO.File]::WriteAllText($p, $Text, [Text.UTF8Encoding]::new($false))
        return $p
    }
}

Describe 'the doc runner' {
    Context 'Test-DocOutput' {
        It 'matches equal lines, ignoring trailing spaces, edge blank lines and runs of blank lines' {
            Test-DocOutput -Expected @('', 'a  ', '', '', 'b', '') -Actual @('a', '', 'b') | Should -BeTrue
        }
        It 'does not match a changed line, a missing line or an extra line' {
            Test-DocOutput -Expected @('a', 'b') -Actual @('a', 'c') | Should -BeFalse
            Test-DocOutput -Expected @('a', 'b') -Actual @('a') | Should -BeFalse
            Test-DocOutput -Expected @('a') -Actual @('a', 'b') | Should -BeFalse
        }
        It 'lets "..." alone on a line stand for any number of lines, none included' {
            Test-DocOutput -Expected @('a', '...', 'z') -Actual @('a', 'b', 'c', 'z') | Should -BeTrue
            Test-DocOutput -Expected @('a', '...', 'z') -Actual @('a', 'z') | Should -BeTrue
            Test-DocOutput -Expected @('a', '...', 'z') -Actual @('a', 'b') | Should -BeFalse
        }
        It 'lets "..." inside a line stand for any text, and nothing else is a pattern' {
            Test-DocOutput -Expected @('Path: ...:72') -Actual @('Path: /x/y.md:72') | Should -BeTrue
            Test-DocOutput -Expected @('Path: ...:72') -Actual @('Path: /x/y.md:73') | Should -BeFalse
            Test-DocOutput -Expected @('a.c (x)') -Actual @('abc (x)') | Should -BeFalse
        }
    }

    Context 'Get-DocBlock' {
        It 'finds PowerShell blocks with their kind, and only those' {
            $p = New-Doc 'kinds.md' @'
# Doc
```powershell
$a = 1
```
```text
PS> not run
```
```pwsh
PS> 1 +
>> 1
2
PS> 'x'
x
```
```powershell illustrative
Set-Clipboard
```
````powershell corpus
PS> 3
3
````
'@
            $b = @(Get-DocBlock -Path $p -Root $TestDrive)
            $b.Count | Should -Be 4
            $b.Kind | Should -Be @('Script', 'Transcript', 'Illustrative', 'Transcript')
            $b[0].Name | Should -Be 'kinds.md:2'
            $b[1].Commands.Count | Should -Be 2
            $b[1].Commands[0].Command | Should -Be "1 +`n1"
            $b[1].Commands[0].Expected | Should -Be @('2')
            $b[3].NeedsCorpus | Should -BeTrue
        }
        It 'refuses a transcript whose first line is not a command' {
            $p = New-Doc 'bad.md' "``````powershell`noutput first`nPS> 1`n``````"
            { Get-DocBlock -Path $p -Root $TestDrive } | Should -Throw '*must start with a*'
        }
    }

    Context 'Invoke-DocFile (a fresh pwsh in a sandbox)' {
        It 'passes shown output, fails changed output, an unshown error and a failing script, and skips illustrative blocks' {
            $p = New-Doc 'run.md' @'
```powershell
$plan = Get-ParallelPlan examples/one-priority
```
```powershell
PS> $plan.Count
4
```
```powershell
PS> $plan.Count
5
```
```powershell
PS> Get-ParallelPlan examples/none
```
```powershell
PS> Get-ParallelPlan examples/none
Get-ParallelPlan: Cannot find 'examples/none'.
  Recommendation: Check the path; give a PLAN file, a plan folder or a parallel.json.
```
```powershell
Get-Item no-such-file
```
```powershell illustrative
throw 'never run'
```
'@
            $r = @(Invoke-DocFile -Path $p -Root $RepoRoot)
            $r.Outcome | Should -Be @('Passed', 'Passed', 'Failed', 'Failed', 'Passed', 'Failed', 'Skipped')
            $r[2].Message | Should -BeLike "*shown:   5*printed: 4*"
            $r[3].Message | Should -BeLike '*wrote an error the document does not show*'
            $r[5].Message | Should -BeLike '*wrote an error*no-such-file*'
        }
        It 'keeps a formatted table whole when a warning is written in its middle, and shows the warning after it' {
            $p = New-Doc 'table.md' @'
```powershell
PS> & { [pscustomobject]@{ A = 1 }; Write-Warning 'w'; [pscustomobject]@{ A = 2 } } | Format-Table A
A
-
1
2

WARNING: w
```
'@
            $r = Invoke-DocFile -Path $p -Root $RepoRoot
            $r.Outcome | Should -Be 'Passed' -Because $r.Message
        }

        It 'runs in a sandbox: what a document writes does not reach the repository' {
            $p = New-Doc 'writes.md' @'
```powershell
PS> Set-Content examples/one-priority/written-by-doc.txt 'x'; (Get-Item examples/one-priority/written-by-doc.txt).Name
written-by-doc.txt
```
'@
            (Invoke-DocFile -Path $p -Root $RepoRoot).Outcome | Should -Be 'Passed'
            Test-Path (Join-Path $RepoRoot 'examples/one-priority/written-by-doc.txt') | Should -BeFalse
        }
        It 'shows what the host writes straight to the console, such as the What if: lines of -WhatIf' {
            $p = New-Doc 'whatif.md' @'
```powershell
PS> Export-ParallelJson examples/one-priority -Force -WhatIf
What if: Performing the operation "Replace parallel.json for API-HARDENING (4 achievements in 2 levels)" on target "~/ParallelExec/examples/one-priority/parallel.json".
```
```powershell
PS> Export-ParallelJson examples/one-priority -Force -WhatIf
```
'@
            $r = @(Invoke-DocFile -Path $p -Root $RepoRoot)
            $r.Outcome | Should -Be @('Passed', 'Failed')
            $r[1].Message | Should -BeLike '*printed: What if: Performing the operation*'
        }
        It 'with -Update, warns where it replaced output that had "..." elisions' {
            $p = New-Doc 'elided.md' "``````powershell`nPS> 'a'; 'b'; 'c'`nx`n...`n``````"
            $null = Invoke-DocFile -Path $p -Root $RepoRoot -Update -WarningVariable w -WarningAction SilentlyContinue
            ($w | Where-Object { "$_" -like "*elided.md:1 'PS> 'a'; 'b'; 'c''*put them back*" }) | Should -Not -BeNullOrEmpty
        }
        It 'with -Update, rewrites only the output that changed and keeps the commands' {
            $p = New-Doc 'update.md' @'
Text before.
```powershell
PS> 1 + 1
3
PS> 'kept'
kept
```
Text after.
'@
            $null = Invoke-DocFile -Path $p -Root $RepoRoot -Update -WarningAction SilentlyContinue
            (Get-Content -Raw $p).Replace("`r`n", "`n") | Should -Be "Text before.`n``````powershell`nPS> 1 + 1`n2`n`nPS> 'kept'`nkept`n```````nText after."
            (Invoke-DocFile -Path $p -Root $RepoRoot).Outcome | Should -Be 'Passed'
        }
    }
}

Describe 'the documentation runs as written' {
    BeforeAll {
        $script:DocResults = @{}
        foreach ($f in Get-DocFile -Root $RepoRoot) {
            foreach ($r in Invoke-DocFile -Path $f.FullName -Root $RepoRoot) { $script:DocResults[$r.Name] = $r }
        }
    }

    It '<Name> (<Kind>)' -ForEach $DocBlocks {
        $r = $DocResults[$Name]
        $r | Should -Not -BeNullOrEmpty
        if ($r.Outcome -eq 'Skipped') { Set-ItResult -Skipped -Because $r.Message; return }
        $r.Outcome | Should -Be 'Passed' -Because "$($r.Message) (run ./tools/Invoke-DocExamples.ps1 -Path $($r.File) -Update to see the new output)"
    }
}
