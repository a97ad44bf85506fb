BeforeAll { . $PSScriptRoot/TestHelpers.ps1 }

Describe 'Get-ParallelPlan on bad input' {
    BeforeAll {
        $script:Good = New-TestFile 'good/PLAN_GOOD.md' "**Achievement 1.1**: Good`n- Dependencies: None`n"
        function Invoke-Bad([string[]] $Paths, [switch] $Literal) {
            $e = $null; $w = $null
            $out = if ($Literal) { Get-ParallelPlan -LiteralPath $Paths -ErrorVariable e -WarningVariable w -ErrorAction SilentlyContinue -WarningAction SilentlyContinue }
                   else { Get-ParallelPlan -Path $Paths -ErrorVariable e -WarningVariable w -ErrorAction SilentlyContinue -WarningAction SilentlyContinue }
            [pscustomobject]@{ Output = @($out); Errors = @($e); Warnings = @($w) }
        }
        function Assert-CleanError($record, [string] $id, $target) {
            $record.FullyQualifiedErrorId | Should -BeLike "$id*"
            $record.TargetObject | Should -Be $target
            $record.Exception.Message | Should -Not -Match '\s+at [\w.]+\(' -Because 'no stack trace reaches the user'
            $record.ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
        }
    }

    It 'a missing path: PlanPathNotFound, and the next path is still read' {
        $missing = Join-Path $TestDrive 'nope/PLAN_NOPE.md'
        $r = Invoke-Bad $missing, $Good
        $r.Output.Title | Should -Be 'Good'
        $r.Errors.Count | Should -Be 1
        $r.Errors[0].FullyQualifiedErrorId | Should -BeLike 'PlanPathNotFound*'
        $r.Errors[0].TargetObject | Should -Be $missing
        $r.Errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'a missing -LiteralPath: PlanPathNotFound with the path as target' {
        $missing = Join-Path $TestDrive 'nope[1].md'
        $r = Invoke-Bad $missing, $Good -Literal
        $r.Output.Title | Should -Be 'Good'
        Assert-CleanError $r.Errors[0] 'PlanPathNotFound' $missing
    }

    It 'a folder without a PLAN: PlanNotFoundInFolder, suggesting -Recurse' {
        $folder = Join-Path $TestDrive 'empty-folder'
        $null = New-Item -ItemType Directory -Force $folder
        $r = Invoke-Bad $folder, $Good
        $r.Output.Title | Should -Be 'Good'
        Assert-CleanError $r.Errors[0] 'PlanNotFoundInFolder' $folder
        $r.Errors[0].ErrorDetails.RecommendedAction | Should -Match '-Recurse'
    }

    It 'an empty file: a PlanFileEmpty warning and no achievements' {
        $empty = New-TestFile 'bad/PLAN_EMPTY.md' ''
        $r = Invoke-Bad $empty, $Good
        $r.Output.Title | Should -Be 'Good'
        $r.Errors | Should -BeNullOrEmpty
        "$($r.Warnings)" | Should -Match 'PlanFileEmpty'
    }

    It 'a binary file: PlanFileBinary' {
        $bin = Join-Path $TestDrive 'bad/PLAN_BIN.md'
        [IO.File]::WriteAllBytes($bin, [byte[]](0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1, 2, 3))
        $r = Invoke-Bad $bin, $Good
        $r.Output.Title | Should -Be 'Good'
        Assert-CleanError $r.Errors[0] 'PlanFileBinary' $bin
        $r.Errors[0].CategoryInfo.Category | Should -Be 'InvalidData'
    }

    It 'invalid UTF-8: a PlanInvalidUtf8 warning, and the plan is read' {
        $bad = Join-Path $TestDrive 'bad/PLAN_LATIN1.md'
        [IO.File]::WriteAllBytes($bad, [Text.Encoding]::Latin1.GetBytes("**Achievement 1.1**: Caf$([char]0xE9) Menu`n- Dependencies: None`n"))
        $r = Invoke-Bad $bad
        $r.Output.Count | Should -Be 1
        $r.Output[0].Title | Should -Match '^Caf. Menu$'
        "$($r.Warnings)" | Should -Match 'PlanInvalidUtf8'
    }

    It 'a BOM and CRLF line ends read the same as plain LF' {
        $crlf = Join-Path $TestDrive 'bad/PLAN_CRLF.md'
        $bytes = [byte[]](0xEF, 0xBB, 0xBF) + [Text.Encoding]::UTF8.GetBytes(($DemoPlan -replace "`r?`n", "`r`n"))
        [IO.File]::WriteAllBytes($crlf, $bytes)
        $lf = New-TestFile 'bad/lf/PLAN_DEMO.md' ($DemoPlan -replace "`r`n", "`n")
        $a = Get-ParallelPlan -LiteralPath $crlf
        $b = Get-ParallelPlan -LiteralPath $lf
        ($a | ForEach-Object { "$($_.Id)|$($_.Title)|$($_.Wave)|$($_.EstimatedHours)|$($_.Goal)" }) |
            Should -Be ($b | ForEach-Object { "$($_.Id)|$($_.Title)|$($_.Wave)|$($_.EstimatedHours)|$($_.Goal)" })
    }

    It 'a 50 MB PLAN: PlanFileTooLarge, without reading it' {
        $big = Join-Path $TestDrive 'bad/PLAN_BIG.md'
        $fs = [IO.File]::Create($big)
        try { $fs.SetLength(50MB) } finally { $fs.Dispose() }
        $r = Invoke-Bad $big, $Good
        $r.Output.Title | Should -Be 'Good'
        Assert-CleanError $r.Errors[0] 'PlanFileTooLarge' $big
        $r.Errors[0].CategoryInfo.Category | Should -Be 'LimitsExceeded'
    }

    It 'a path on another provider: PlanPathNotFileSystem' {
        $r = Invoke-Bad 'Env:\PATH', $Good
        $r.Output.Title | Should -Be 'Good'
        $r.Errors[0].FullyQualifiedErrorId | Should -BeLike 'PlanPathNotFileSystem*'
    }

    It 'a clean full -LiteralPath is taken as it is only where the provider would give it back unchanged' {
        $resolver = [ParallelExec.Achievement].Assembly.GetType('ParallelExec.Input.PathResolver')
        if (-not $resolver) { $resolver = (Get-Command Get-ParallelPlan).ImplementingType.Assembly.GetType('ParallelExec.Input.PathResolver') }
        $clean = $resolver.GetMethod('IsCleanFullPath', [Reflection.BindingFlags]'Static,NonPublic,Public')
        $sep = [IO.Path]::DirectorySeparatorChar
        $full = (Resolve-Path $Good).ProviderPath
        $folder = Split-Path $full
        $cases = @($full, $folder, "$folder$sep", "$folder$sep$sep" + (Split-Path $full -Leaf), "$folder$sep.$sep" + (Split-Path $full -Leaf),
            "$folder$sep..$sep" + (Split-Path $folder -Leaf) + $sep + (Split-Path $full -Leaf), 'relative/PLAN.md', "$folder$sep with space ", "$folder${sep}a b")
        $taken = 0
        foreach ($p in $cases) {
            if ($clean.Invoke($null, [object[]]@([string]$p))) {
                $taken++
                $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($p) | Should -BeExactly $p -Because "'$p' is taken as it is"
            }
        }
        $taken | Should -Be 3 -Because 'the file, its folder and a folder with an inner space are clean; the others go to the provider'
        # Read either way, the same plan.
        (Get-ParallelPlan -LiteralPath $full).PlanPath | Should -Be (Get-ParallelPlan -LiteralPath "$folder$sep.$sep$(Split-Path $full -Leaf)").PlanPath
    }

    It 'a summary file named PLAN_: a PlanHasNoAchievements warning' {
        $summary = New-TestFile 'bad/PLAN_SUMMARY.md' "# Completion summary`n`nAchievement 1.1 was done.`n"
        $r = Invoke-Bad $summary
        $r.Output | Should -BeNullOrEmpty
        $r.Errors | Should -BeNullOrEmpty
        "$($r.Warnings)" | Should -Match 'PlanHasNoAchievements'
    }

    It 'a broken parallel.json: a warning, and the PLAN is read alone' {
        $dir = Join-Path $TestDrive 'badreg'
        New-TestFile 'badreg/PLAN_R.md' "**Achievement 1.1**: A`n- Dependencies: None`n"
        New-TestFile 'badreg/parallel.json' '{ "levels": [ {'
        $r = Invoke-Bad $dir
        $r.Output.Title | Should -Be 'A'
        "$($r.Warnings)" | Should -Match 'RegistryInvalidJson'
        "$($r.Warnings)" | Should -Match 'line'
    }

    It 'a folder of many files goes on past a bad one' {
        New-TestFile 'mixed/sub1/PLAN_OK.md' "**Achievement 1.1**: Fine`n- Dependencies: None`n"
        [IO.File]::WriteAllBytes((Join-Path $TestDrive 'mixed/PLAN_BIN.md'), [byte[]](0, 1, 2))
        $r = Invoke-Bad (Join-Path $TestDrive 'mixed') -Literal
        $r2 = Get-ParallelPlan -LiteralPath (Join-Path $TestDrive 'mixed') -Recurse -ErrorVariable e2 -ErrorAction SilentlyContinue
        $r2.Title | Should -Be 'Fine'
        $e2[0].FullyQualifiedErrorId | Should -BeLike 'PlanFileBinary*'
    }
}
