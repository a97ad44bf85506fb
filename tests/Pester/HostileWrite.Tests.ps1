BeforeAll {
    . $PSScriptRoot/TestHelpers.ps1
    $script:Pwsh = [Environment]::ProcessPath
    $script:PwshPre = @(if ([IO.Path]::GetFileNameWithoutExtension($Pwsh) -eq 'dotnet') { Join-Path $PSHOME 'pwsh.dll' })
}

# Issue 18, the writers and runs: nothing written or removed outside the plan root, documented errors, real Ctrl+C and kill -9.
Describe 'Writers under hostile input and faults' {
    BeforeEach {
        $script:Root = Join-Path $TestDrive ('p-' + [guid]::NewGuid().ToString('N').Substring(0, 6))
        $script:Plan = New-TestFile ((Split-Path $Root -Leaf) + '/PLAN_DEMO.md') $DemoPlan
        $script:Elsewhere = Join-Path $TestDrive ('elsewhere-' + [guid]::NewGuid().ToString('N').Substring(0, 6))
        $null = New-Item -ItemType Directory $Elsewhere
    }

    # Symbolic links need privileges on Windows: the context is skipped there.
    Context 'a folder below the plan root that links elsewhere' -Skip:$IsWindows {

        It 'New-BatchSubplanPrompt -Scaffold refuses subplans/ linked out (PathOutsidePlan) and writes nothing there' {
            $null = New-Item -ItemType SymbolicLink -Path (Join-Path $Root 'subplans') -Target $Elsewhere
            $p = New-BatchSubplanPrompt $Plan -Level 1 -Scaffold -Confirm:$false -ErrorVariable e -ErrorAction SilentlyContinue
            $p | Should -BeNullOrEmpty
            $e[0].FullyQualifiedErrorId | Should -Match '^PathOutsidePlan,'
            $e[0].CategoryInfo.Category | Should -Be 'InvalidData'
            $e[0].TargetObject | Should -BeLike (Join-Path $Root 'subplans*')
            Get-ChildItem -Force $Elsewhere | Should -BeNullOrEmpty
            Test-Path (Join-Path $Root '.parallel') | Should -BeFalse
        }

        It 'Skip-Achievement refuses execution/ linked out' {
            $null = New-Item -ItemType SymbolicLink -Path (Join-Path $Root 'execution') -Target $Elsewhere
            $null = Skip-Achievement $Plan -Id 1.1 -Reason 'not needed' -Confirm:$false -ErrorVariable e -ErrorAction SilentlyContinue
            $e[0].FullyQualifiedErrorId | Should -Match '^PathOutsidePlan,'
            Get-ChildItem -Force -Recurse $Elsewhere | Should -BeNullOrEmpty
        }

        It 'Invoke-ParallelPlan refuses .parallel/ linked out and runs nothing' {
            $null = New-Item -ItemType SymbolicLink -Path (Join-Path $Root '.parallel') -Target $Elsewhere
            $r = Invoke-ParallelPlan $Plan { 'ran' } -ErrorVariable e -ErrorAction SilentlyContinue
            $r | Should -BeNullOrEmpty
            $e[0].FullyQualifiedErrorId | Should -Match '^PathOutsidePlan,'
            Get-ChildItem -Force -Recurse $Elsewhere | Should -BeNullOrEmpty
        }

        It 'Export-ParallelJson refuses a parallel.json beside the PLAN that links out of the plan, and writes nothing there' {
            $outside = Join-Path $Elsewhere 'victim.json'
            Set-Content $outside 'keep me'
            $null = New-Item -ItemType SymbolicLink -Path (Join-Path $Root 'parallel.json') -Target $outside
            Export-ParallelJson $Plan -Force -Confirm:$false -ErrorVariable e -ErrorAction SilentlyContinue
            $e[0].FullyQualifiedErrorId | Should -Match '^PathOutsidePlan,'
            Get-Content -Raw $outside | Should -Be "keep me$([Environment]::NewLine)"
        }

        It 'Undo-ParallelBatch refuses a batch whose folder became a link, and deletes nothing there' {
            $p = New-BatchSubplanPrompt $Plan -Level 1 -Scaffold -Confirm:$false
            Copy-Item $p.TargetPaths $Elsewhere
            Remove-Item -Recurse (Join-Path $Root 'subplans')
            $null = New-Item -ItemType SymbolicLink -Path (Join-Path $Root 'subplans') -Target $Elsewhere
            $r = Undo-ParallelBatch $Plan -Confirm:$false -ErrorVariable e -ErrorAction SilentlyContinue
            $r | Should -BeNullOrEmpty
            $e[0].FullyQualifiedErrorId | Should -Match '^PathOutsidePlan,'
            (Get-ChildItem $Elsewhere).Count | Should -Be $p.TargetPaths.Count
        }
    }

    It 'Undo-ParallelBatch refuses a tampered record naming <Named> outright' -TestCases @(@{ Named = '../outside.md' }, @{ Named = '/etc/hostname' }) {
        $outside = New-TestFile 'outside.md' 'not the batch''s'
        $p = New-BatchSubplanPrompt $Plan -Level 1 -Scaffold -Confirm:$false
        $record = Get-ChildItem (Join-Path $Root '.parallel/batches') -Filter *.json
        $json = Get-Content -Raw $record.FullName | ConvertFrom-Json
        $json.files[0].path = $Named
        $json | ConvertTo-Json -Depth 5 | Set-Content $record.FullName
        $r = Undo-ParallelBatch $Plan -Confirm:$false -ErrorVariable e -ErrorAction SilentlyContinue
        $r | Should -BeNullOrEmpty
        $e[0].FullyQualifiedErrorId | Should -Match '^PathOutsidePlan,'
        "$($e[0])" | Should -Match ([regex]::Escape($record.Name))
        $p.TargetPaths | ForEach-Object { Test-Path $_ | Should -BeTrue }
        Test-Path $outside | Should -BeTrue
    }

    It 'Undo-ParallelBatch gives BatchRecordUnreadable for a record path with a NUL' {
        $null = New-BatchSubplanPrompt $Plan -Level 1 -Scaffold -Confirm:$false
        $record = Get-ChildItem (Join-Path $Root '.parallel/batches') -Filter *.json
        (Get-Content -Raw $record.FullName).Replace('subplans/SUBPLAN_DEMO_11.md', 'subplans/SUB\u0000PLAN.md') | Set-Content $record.FullName
        $null = Undo-ParallelBatch $Plan -Confirm:$false -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].FullyQualifiedErrorId | Should -Match '^BatchRecordUnreadable,'
        $e[0].TargetObject | Should -Be $record.FullName
    }

    # The test name says <Label>, not the path: a NUL in a test name breaks the NUnit report.
    It 'Export-ParallelJson -OutFile <Label> is an error and writes nothing' -TestCases @(
        @{ Label = 'Env:pe_hostile_x'; OutFile = 'Env:pe_hostile_x'; Code = 'OutFileNotFileSystem' }
        @{ Label = 'Function:pe_hostile_x'; OutFile = 'Function:pe_hostile_x'; Code = 'OutFileNotFileSystem' }
        @{ Label = 'with a NUL'; OutFile = "a`0b.json"; Code = 'OutFileInvalid' }
    ) {
        Push-Location $Root
        try {
            { Export-ParallelJson $Plan -OutFile $OutFile -ErrorAction Stop } | Should -Throw -ErrorId "$Code,*"
            Test-Path (Join-Path $Root 'pe_hostile_x') | Should -BeFalse
            Test-Path Env:pe_hostile_x | Should -BeFalse
            Get-ChildItem $Root -Filter *.json | Should -BeNullOrEmpty
        }
        finally { Pop-Location }
    }

    It 'Invoke-ParallelPlan with a file named .parallel is RunFolderNotWritable, the file as TargetObject' {
        $blocker = New-TestFile ((Split-Path $Root -Leaf) + '/.parallel') 'a file'
        $r = Invoke-ParallelPlan $Plan { 'ran' } -ErrorVariable e -ErrorAction SilentlyContinue
        $r | Should -BeNullOrEmpty
        $e[0].FullyQualifiedErrorId | Should -Match '^RunFolderNotWritable,'
        $e[0].TargetObject | Should -Be $blocker
        "$($e[0])" | Should -Not -Match 'at System\.'
    }

    It 'Invoke-ParallelPlan in a read-only plan folder is RunFolderNotWritable' {
        if ($IsWindows) { Set-ItResult -Skipped -Because 'read-only folders are a POSIX mode here'; return }
        chmod 555 $Root
        try {
            $probe = Join-Path $Root 'probe'
            $writable = try { [IO.File]::WriteAllText($probe, ''); Remove-Item $probe; $true } catch { $false }
            if ($writable) { Set-ItResult -Skipped -Because 'a read-only folder does not stop this user (root)'; return }
            $null = Invoke-ParallelPlan $Plan { } -ErrorVariable e -ErrorAction SilentlyContinue
            $e[0].FullyQualifiedErrorId | Should -Match '^RunFolderNotWritable,'
        }
        finally { chmod 755 $Root }
    }

    It 'runs an achievement whose id hashes to int.MinValue (37864951.11)' {
        $big = New-TestFile ((Split-Path $Root -Leaf) + '/big/PLAN_BIG.md') "# PLAN: BIG`n`n**Achievement 37864951.11**: Huge id`n- **Dependencies**: None`n"
        $r = Invoke-ParallelPlan $big { Start-Sleep -Milliseconds 300 }
        $r.Result | Should -Be 'Succeeded'
    }

    It 'an action ending with <Ending> is Failed with its exit code, and the caller''s session goes on' -TestCases @(
        @{ Ending = 'exit 3'; Block = { 'work'; exit 3 }; Expected = 'exit code 3' }
        @{ Ending = '$host.SetShouldExit(1)'; Block = { $host.SetShouldExit(1); 'after' }; Expected = 'exit code 1' }
    ) {
        $r = Invoke-ParallelPlan $Plan -Id 1.1 -ScriptBlock $Block
        $r.Result | Should -Be 'Failed'
        $r.Error | Should -Be $Expected
        (Invoke-ParallelPlan $Plan -Id 1.1 { exit 0 }).Result | Should -Be 'Succeeded'
    }

    It 'PowerShell.Stop() during [Threading.Thread]::Sleep(600000) returns within seconds and writes the record' {
        # In a child process: the abandoned action's thread sleeps on in its process (a .NET call cannot be interrupted),
        # which must not be the test run's. The child reports how long Stop() took and leaves with Environment.Exit.
        $script = Join-Path $TestDrive ('stop-' + [guid]::NewGuid().ToString('N').Substring(0, 6) + '.ps1')
        $report = "$script.txt"
        Set-Content $script @"
`$ps = [powershell]::Create()
`$null = `$ps.AddScript("Import-Module '$RepoRoot/ParallelExec.psd1'; Invoke-ParallelPlan -LiteralPath '$Plan' -ThrottleLimit 2 -ScriptBlock { [Threading.Thread]::Sleep(600000) }")
`$async = `$ps.BeginInvoke()
`$runs = '$(Join-Path $Root '.parallel/runs')'
`$wait = [Diagnostics.Stopwatch]::StartNew()
while (-not (Get-ChildItem `$runs -Directory -ErrorAction SilentlyContinue) -and `$wait.Elapsed.TotalSeconds -lt 30) { Start-Sleep -Milliseconds 50 }
Start-Sleep -Milliseconds 500
`$watch = [Diagnostics.Stopwatch]::StartNew()
`$ps.Stop()
Set-Content '$report' `$watch.Elapsed.TotalSeconds
[Environment]::Exit(0)
"@
        $child = Start-Process -FilePath $Pwsh -ArgumentList ($PwshPre + @('-NoProfile', '-NonInteractive', '-File', $script)) -PassThru
        try {
            $null = $child.WaitForExit(60000)
            [double](Get-Content $report) | Should -BeLessThan 6
            $runs = Join-Path $Root '.parallel/runs'
            $json = Get-Content -Raw (Get-ChildItem $runs -Filter *.json).FullName | ConvertFrom-Json
            ($json.achievements | Where-Object achievement -eq '1.1').result | Should -Be 'cancelled'
        }
        finally { if (-not $child.HasExited) { $child.Kill() } }
    }

    It 'a real Ctrl+C (tmux C-c) during [Threading.Thread]::Sleep(600000) returns the prompt within seconds and writes the record' {
        if ($IsWindows -or -not (Get-Command tmux -CommandType Application -ErrorAction SilentlyContinue)) {
            Set-ItResult -Skipped -Because 'needs tmux to send a terminal its Ctrl+C'; return
        }
        $session = 'pe-ctrlc-' + [guid]::NewGuid().ToString('N').Substring(0, 8)
        $done = Join-Path $Root 'after-ctrl-c'
        $cmd = ($PwshPre + @('-NoProfile', '-NoLogo') | ForEach-Object { "'$_'" }) -join ' '
        tmux new-session -d -s $session -x 200 -y 50 "'$Pwsh' $cmd"
        try {
            $line = "Import-Module '$RepoRoot/ParallelExec.psd1'; Invoke-ParallelPlan -LiteralPath '$Plan' -ThrottleLimit 2 -ScriptBlock { [Threading.Thread]::Sleep(600000) }; Set-Content '$done' next"
            # Type only once the prompt is there (keys sent while pwsh starts may be dropped).
            $wait = [Diagnostics.Stopwatch]::StartNew()
            while (-not ((tmux capture-pane -p -t $session) -match '^PS ') -and $wait.Elapsed.TotalSeconds -lt 30) { Start-Sleep -Milliseconds 200 }
            tmux send-keys -t $session $line Enter
            $runs = Join-Path $Root '.parallel/runs'
            $wait = [Diagnostics.Stopwatch]::StartNew()
            while (-not (Get-ChildItem $runs -Directory -ErrorAction SilentlyContinue) -and $wait.Elapsed.TotalSeconds -lt 40) { Start-Sleep -Milliseconds 100 }
            Get-ChildItem $runs -Directory -ErrorAction SilentlyContinue | Should -Not -BeNullOrEmpty -Because "the run starts; the terminal shows:`n$((tmux capture-pane -p -t $session) -join "`n")"
            Start-Sleep -Milliseconds 800
            $watch = [Diagnostics.Stopwatch]::StartNew()
            tmux send-keys -t $session C-c
            while (-not (Get-ChildItem $runs -Filter *.json -ErrorAction SilentlyContinue) -and $watch.Elapsed.TotalSeconds -lt 20) { Start-Sleep -Milliseconds 100 }
            $screen = (tmux capture-pane -p -t $session) -join "`n"
            $watch.Elapsed.TotalSeconds | Should -BeLessThan 8 -Because "the record follows Ctrl+C within the 2 s grace; the terminal shows:`n$screen"
            # The prompt is back: the next command line runs (Ctrl+C stopped the whole line, so Set-Content did not).
            tmux send-keys -t $session "Set-Content '$done' prompt" Enter
            while (-not (Test-Path $done) -and $watch.Elapsed.TotalSeconds -lt 20) { Start-Sleep -Milliseconds 100 }
            Get-Content $done -ErrorAction SilentlyContinue | Should -Be 'prompt' -Because "the terminal shows:`n$((tmux capture-pane -p -t $session) -join "`n")"
            $json = Get-Content -Raw (Get-ChildItem $runs -Filter *.json).FullName | ConvertFrom-Json
            ($json.achievements | Where-Object achievement -eq '1.1').result | Should -Be 'cancelled'
        }
        finally { tmux kill-session -t $session 2>$null }
    }

    It 'kill -9 in the middle of -Scaffold leaves nothing that the next run does not clean' {
        if ($IsWindows) { Set-ItResult -Skipped -Because 'kill -9 is POSIX'; return }
        $text = "# PLAN: WIDE`n`n**Achievement 1.1**: Base`n- **Dependencies**: None`n" + (-join (1..150 | ForEach-Object { "**Achievement 2.$_**: Side $_`n- **Dependencies**: 1.1`n" }))
        $wide = New-TestFile ((Split-Path $Root -Leaf) + '/wide/PLAN_WIDE.md') $text
        $wroot = Split-Path $wide
        $loop = "Import-Module '$RepoRoot/ParallelExec.psd1'; Set-Content '$wroot/ready' 1; while (`$true) { `$null = New-BatchSubplanPrompt -LiteralPath '$wide' -Level 2 -Scaffold -Confirm:`$false -WarningAction SilentlyContinue; `$null = Undo-ParallelBatch -LiteralPath '$wide' -Confirm:`$false -WarningAction SilentlyContinue }"
        $random = [Random]::new(18)
        foreach ($round in 1..4) {
            Remove-Item "$wroot/ready" -ErrorAction SilentlyContinue
            $child = Start-Process -FilePath $Pwsh -ArgumentList ($PwshPre + @('-NoProfile', '-NonInteractive', '-Command', $loop)) -PassThru
            $wait = [Diagnostics.Stopwatch]::StartNew()
            while (-not (Test-Path "$wroot/ready") -and $wait.Elapsed.TotalSeconds -lt 30) { Start-Sleep -Milliseconds 50 }
            Start-Sleep -Milliseconds (200 + $random.Next(800))
            kill -9 $child.Id
            $child.WaitForExit()
            # The next run: a scaffold of another level cleans what the killed one left, then everything is in a record.
            $null = New-BatchSubplanPrompt -LiteralPath $wide -Id 1.1 -Scaffold -Confirm:$false -WarningAction SilentlyContinue
            $recorded = @(Get-ChildItem "$wroot/.parallel/batches" -Filter *.json | ForEach-Object { (Get-Content -Raw $_.FullName | ConvertFrom-Json).files.path })
            $onDisk = @(Get-ChildItem "$wroot/subplans" -File -Force -ErrorAction SilentlyContinue | ForEach-Object { "subplans/$($_.Name)" })
            $onDisk | Where-Object { $_ -notin $recorded } | Should -BeNullOrEmpty -Because "round $round left skeletons no record names"
            Get-ChildItem $wroot -Recurse -Force -Include *.tmp, *.lock | Should -BeNullOrEmpty -Because "round $round left temporary files"
            foreach ($k in 1..5) { if (Test-Path "$wroot/.parallel/batches") { $null = Undo-ParallelBatch -LiteralPath $wide -Confirm:$false -WarningAction SilentlyContinue } }
            Test-Path "$wroot/subplans" | Should -BeFalse
        }
    }
}
