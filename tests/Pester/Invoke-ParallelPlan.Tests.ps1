BeforeAll { . $PSScriptRoot/TestHelpers.ps1 }

Describe 'Invoke-ParallelPlan' {
    BeforeEach {
        $script:Root = Join-Path $TestDrive ('p-' + [guid]::NewGuid().ToString('N').Substring(0, 6))
        $script:Plan = New-TestFile ((Split-Path $Root -Leaf) + '/PLAN_DEMO.md') $DemoPlan
        $script:Marks = Join-Path $Root 'marks'
        $null = New-Item -ItemType Directory -Force $Marks
    }

    It 'runs every achievement once, emits one RunResult each and records the run' {
        $r = Invoke-ParallelPlan $Plan -ThrottleLimit 3 { param($a, $p) New-Item -ItemType File (Join-Path $using:Marks $a.Id) | Out-Null; "ran $($_.Id)" }
        $r.Count | Should -Be 5
        $r | ForEach-Object { $_.PSObject.TypeNames[0] } | Select-Object -Unique | Should -Be 'ParallelExec.RunResult'
        ($r | Where-Object Result -eq Succeeded).Count | Should -Be 5
        (Get-ChildItem $Marks).Name | Sort-Object | Should -Be @('1.1', '1.10', '1.2', '10.1', '2.1')
        $record = Get-ChildItem (Join-Path $Root '.parallel/runs') -Filter *.json
        $record.Count | Should -Be 1
        $json = Get-Content -Raw $record.FullName | ConvertFrom-Json
        $json.achievements.Count | Should -Be 5
        $json.achievements[0].PSObject.Properties.Name | Should -Contain 'duration_seconds'
        $one = $r | Where-Object { $_.Id.ToString() -eq '1.1' }
        Get-Content $one.LogPath | Should -Be 'ran 1.1'
        $one.Duration | Should -Match '^\d\d:\d\d:\d\d\.\d{3}$'
        $one.DurationSeconds | Should -BeGreaterOrEqual 0
        [timespan]$one.Duration | Should -Be ([timespan]::FromSeconds($one.DurationSeconds))
        [timespan]$one.Duration | Should -Be ([timespan]::FromMilliseconds([math]::Floor(($one.CompletedAt - $one.StartedAt).TotalMilliseconds)))
    }

    It '$using: reads the caller''s scope (a function''s locals, members, nested blocks)' {
        function Invoke-Inner($PlanPath) {
            $local = 'from-function'
            $table = @{ key = 'member' }
            Invoke-ParallelPlan $PlanPath -Id '1.1' -ScriptBlock { "$using:local $($using:table.key) $(& { $using:local })" }
        }
        $r = Invoke-Inner $Plan
        Get-Content $r.LogPath | Should -Be 'from-function member from-function'
        $made = [scriptblock]::Create('param($a) "made $($a.Id) $using:Marks"')
        $r2 = Invoke-ParallelPlan $Plan -Id '1.1' -ScriptBlock $made
        Get-Content $r2.LogPath | Should -Be "made 1.1 $Marks"
    }

    It 'respects dependencies: a dependent starts only after its dependency completed' {
        $r = Invoke-ParallelPlan $Plan -ThrottleLimit 4 { Start-Sleep -Milliseconds 30 }
        $by = @{}; $r | ForEach-Object { $by[$_.Id.ToString()] = $_ }
        $by['1.2'].StartedAt | Should -BeGreaterOrEqual $by['1.1'].CompletedAt
        $by['2.1'].StartedAt | Should -BeGreaterOrEqual $by['1.2'].CompletedAt
        $by['2.1'].StartedAt | Should -BeGreaterOrEqual $by['1.10'].CompletedAt
        $by['10.1'].StartedAt | Should -BeGreaterOrEqual $by['2.1'].CompletedAt
    }

    It 'opens the runspaces a wide level needs before the first achievement, so that the level starts at once' {
        # A RunspacePool creates all but its first runspace on demand, inside BeginInvoke: without a warm-up the four
        # achievements of level 2 started one runspace creation (100-300 ms) after another.
        $text = "**Achievement 1.1**: Base (1h)`n- **Dependencies**: None`n" + (-join (1..4 | ForEach-Object { "**Achievement 2.$_**: Side $_ (1h)`n- **Dependencies**: 1.1`n" }))
        $wide = New-TestFile ((Split-Path $Root -Leaf) + '/wide/PLAN_WIDE.md') $text
        $null = Invoke-ParallelPlan $wide -ThrottleLimit 4 { }
        $r = Invoke-ParallelPlan $wide -ThrottleLimit 4 { Start-Sleep -Milliseconds 250 }
        $level2 = @($r | Where-Object { $_.Id -like '2.*' })
        $level2.Count | Should -Be 4
        $firstStart = ($level2.StartedAt | Measure-Object -Minimum).Minimum
        $lastStart = ($level2.StartedAt | Measure-Object -Maximum).Maximum
        ($lastStart - $firstStart).TotalMilliseconds | Should -BeLessThan 75
        ($level2.CompletedAt | Measure-Object -Minimum).Minimum | Should -BeGreaterThan $lastStart
    }

    It 'a failing achievement blocks exactly its dependents' {
        $r = Invoke-ParallelPlan $Plan { if ($_.Id.ToString() -eq '1.2') { throw 'broken' } }
        $by = @{}; $r | ForEach-Object { $by[$_.Id.ToString()] = $_ }
        $by['1.2'].Result | Should -Be 'Failed'
        $by['1.2'].Error | Should -Match 'broken'
        $by['2.1'].Result | Should -Be 'Blocked'
        $by['10.1'].Result | Should -Be 'Blocked'
        $by['2.1'].Attempts | Should -Be 0
        $by['1.1'].Result | Should -Be 'Succeeded'
        $by['1.10'].Result | Should -Be 'Succeeded'
    }

    It 'retries a failing achievement up to -MaxAttempts' {
        $r = Invoke-ParallelPlan $Plan -Id '1.10' -MaxAttempts 3 {
            $f = Join-Path $using:Marks 'count'
            Add-Content $f 'x'
            if ((Get-Content $f).Count -lt 3) { Write-Error 'not yet' }
        }
        $r.Result | Should -Be 'Succeeded'
        $r.Attempts | Should -Be 3
        $r2 = Invoke-ParallelPlan $Plan -Id '1.10' -MaxAttempts 2 { throw 'always' }
        $r2.Result | Should -Be 'Failed'
        $r2.Attempts | Should -Be 2
    }

    It 'resume: achievements complete on disk are not run again' {
        $null = New-TestFile ((Split-Path $Root -Leaf) + '/execution/feedbacks/APPROVED_11.md') 'ok'
        $r = Invoke-ParallelPlan $Plan { New-Item -ItemType File (Join-Path $using:Marks $_.Id) | Out-Null }
        ($r | Where-Object { $_.Id.ToString() -eq '1.1' }).Result | Should -Be 'AlreadyComplete'
        (Get-ChildItem $Marks).Name | Should -Not -Contain '1.1'
        (Get-ChildItem $Marks).Name | Should -Contain '1.2'
    }

    It 'passes the execution prompt, or $null without a SUBPLAN' {
        $null = New-TestFile ((Split-Path $Root -Leaf) + '/subplans/SUBPLAN_DEMO_110.md') "# SUBPLAN: Tenth`n`n**Achievement**: 1.10`n**Status**: Planned`n`n## Objective`nDo it.`n"
        $r = Invoke-ParallelPlan $Plan -Id '1.1', '1.10' { param($a, $p) if ($null -eq $p) { 'NULL' } else { 'PROMPT ' + ($p -match 'EXECUTION_TASK') } }
        Get-Content ($r | Where-Object { $_.Id.ToString() -eq '1.1' }).LogPath | Should -Be 'NULL'
        Get-Content ($r | Where-Object { $_.Id.ToString() -eq '1.10' }).LogPath | Should -Be 'PROMPT True'
    }

    It '-WhatIf prints the schedule and runs nothing' {
        $rows = Invoke-ParallelPlan $Plan -ThrottleLimit 2 { New-Item -ItemType File (Join-Path $using:Marks $_.Id) } -WhatIf
        $rows.Count | Should -Be 5
        $rows[0].PSObject.TypeNames[0] | Should -Be 'ParallelExec.ScheduledAchievement'
        # 1.10 (4h) heads the longer remaining path (4 + 2.1 + 10.1) than 1.1 (2.5 + 1 + ...): both start at 0 with two executors.
        ($rows | Where-Object { $_.Id.ToString() -eq '1.10' }).StartHours | Should -Be 0
        ($rows | Where-Object { $_.Id.ToString() -eq '1.2' }).StartHours | Should -Be 2.5
        Get-ChildItem $Marks | Should -BeNullOrEmpty
        Test-Path (Join-Path $Root '.parallel') | Should -BeFalse
    }

    It 'runs -Command as a process with placeholders, its output in the log, exit code deciding' -Skip:(-not (Get-Command sh -CommandType Application -ErrorAction SilentlyContinue)) {
        $r = Invoke-ParallelPlan $Plan -Id '1.1', '1.10' -Command sh, '-c', 'echo "id={Id} plan={PlanName}"; [ "{Id}" != 1.10 ]'
        ($r | Where-Object { $_.Id.ToString() -eq '1.1' }).Result | Should -Be 'Succeeded'
        $bad = $r | Where-Object { $_.Id.ToString() -eq '1.10' }
        $bad.Result | Should -Be 'Failed'
        $bad.Error | Should -Be 'exit code 1'
        Get-Content $bad.LogPath | Should -Contain 'id=1.10 plan=DEMO'
    }

    It '-Command with a missing program is a clear error and runs nothing' {
        { Invoke-ParallelPlan $Plan -Command 'no-such-program-pe8' -ErrorAction Stop } | Should -Throw -ErrorId 'CommandProgramNotFound*'
        Test-Path (Join-Path $Root '.parallel') | Should -BeFalse
    }

    It 'needs exactly one action' {
        { Invoke-ParallelPlan $Plan -ErrorAction Stop } | Should -Throw -ErrorId 'ActionRequired*'
        { Invoke-ParallelPlan $Plan -Command sh -ScriptBlock { } -ErrorAction Stop } | Should -Throw -ErrorId 'ActionRequired*'
    }

    It 'takes achievements from the pipeline' {
        $r = Get-ParallelPlan $Plan | Where-Object Level -eq 1 | Invoke-ParallelPlan -ScriptBlock { }
        ($r.Id | ForEach-Object ToString | Sort-Object) | Should -Be @('1.1', '1.10')
    }

    It 'stopping the pipeline (Ctrl+C) cancels the running action and still writes a consistent record' {
        $ps = [powershell]::Create()
        $null = $ps.AddScript("Import-Module '$RepoRoot/ParallelExec.psd1'; Invoke-ParallelPlan -LiteralPath '$Plan' -ThrottleLimit 2 -ScriptBlock { Start-Sleep -Seconds 30 }")
        $watch = [Diagnostics.Stopwatch]::StartNew()
        $async = $ps.BeginInvoke()
        $runs = Join-Path $Root '.parallel/runs'
        while (-not (Get-ChildItem $runs -Directory -ErrorAction SilentlyContinue) -and $watch.Elapsed.TotalSeconds -lt 20) { Start-Sleep -Milliseconds 50 }
        Start-Sleep -Milliseconds 300
        $ps.Stop()
        $watch.Elapsed.TotalSeconds | Should -BeLessThan 15
        $ps.Dispose()
        $json = Get-Content -Raw (Get-ChildItem $runs -Filter *.json).FullName | ConvertFrom-Json
        $by = @{}; $json.achievements | ForEach-Object { $by[$_.achievement] = $_ }
        $by['1.1'].result | Should -Be 'cancelled'
        $by['1.10'].result | Should -Be 'cancelled'
        $by['1.1'].completed_at | Should -Not -BeNullOrEmpty
        $by['2.1'].result | Should -Be 'cancelled'
        $by['2.1'].attempts | Should -Be 0
    }

    Context '-Worktree' -Skip:(-not (Get-Command git -CommandType Application -ErrorAction SilentlyContinue)) {
        BeforeEach {
            $script:Repo = Join-Path $TestDrive ('repo-' + [guid]::NewGuid().ToString('N').Substring(0, 6))
            $null = New-Item -ItemType Directory -Force $Repo
            $rp = Join-Path $Repo 'PLAN_WT.md'
            [IO.File]::WriteAllText($rp, "# PLAN: WT`n`n**Achievement 1.1**: One`n- **Dependencies**: None`n`n**Achievement 1.2**: Two`n- **Dependencies**: 1.1`n`n**Achievement 1.3**: Three`n- **Dependencies**: None`n")
            git -C $Repo init -q -b main 2>$null
            git -C $Repo config user.email t@example.com
            git -C $Repo config user.name t
            git -C $Repo add -A
            git -C $Repo commit -q -m start
            $script:WtPlan = $rp
        }

        It 'creates each worktree when the achievement starts (from HEAD, or from its dependencies'' branches), runs there, and cleans only clean ones' {
            $r = Invoke-ParallelPlan $WtPlan -Worktree -Cleanup -ThrottleLimit 1 -WarningVariable w -WarningAction SilentlyContinue -ScriptBlock {
                $head = (git rev-parse HEAD)
                Set-Content (Join-Path $using:Marks "$($_.Id).txt") "$head|$((Get-Location).Path)|$(git branch --show-current)"
                # 1.1 stands for work merged into main before its dependent starts.
                if ($_.Id.ToString() -eq '1.1') { git -C $using:Repo commit -q --allow-empty -m merged }
                if ($_.Id.ToString() -eq '1.3') { Set-Content dirty.txt 'uncommitted' }
            }
            ($r | Where-Object Result -ne 'Succeeded') | Should -BeNullOrEmpty
            $one = (Get-Content (Join-Path $Marks '1.1.txt')) -split '\|'
            $two = (Get-Content (Join-Path $Marks '1.2.txt')) -split '\|'
            $one[2] | Should -Be 'parallel/WT/1.1'
            $one[1] | Should -Be (Join-Path (Split-Path $Repo) ((Split-Path $Repo -Leaf) + '.parallel/WT/1.1'))
            # A dependent's branch starts from its dependency's branch (its results), not from the repository's HEAD.
            $two[0] | Should -Be (git -C $Repo rev-parse parallel/WT/1.1)
            $two[0] | Should -Not -Be (git -C $Repo rev-parse HEAD)
            # Clean ones are removed, the dirty one is kept (with a warning); branches stay.
            Test-Path $one[1] | Should -BeFalse
            $three = ((Get-Content (Join-Path $Marks '1.3.txt')) -split '\|')[1]
            Test-Path (Join-Path $three 'dirty.txt') | Should -BeTrue
            "$w" | Should -Match 'uncommitted'
            git -C $Repo branch --list 'parallel/WT/*' | Should -HaveCount 3
        }

        It 'without -Cleanup keeps every worktree' {
            $r = Invoke-ParallelPlan $WtPlan -Id '1.3' -Worktree -ScriptBlock { }
            Test-Path $r.WorkingDirectory | Should -BeTrue
            $r.WorkingDirectory | Should -Match 'WT[\\/]1\.3$'
        }

        It '-Command runs in the worktree, {PlanRoot} pointing at the plan inside it' -Skip:(-not (Get-Command sh -CommandType Application -ErrorAction SilentlyContinue)) {
            $r = Invoke-ParallelPlan $WtPlan -Id '1.3' -Worktree -Command sh, '-c', 'pwd; echo "root={PlanRoot}"; ls {PlanRoot}'
            $r.Result | Should -Be 'Succeeded'
            $log = Get-Content $r.LogPath
            $log | Should -Contain $r.WorkingDirectory
            $log | Should -Contain "root=$($r.WorkingDirectory)"
            $log | Should -Contain 'PLAN_WT.md'
        }

        It 'reports a plan outside a repository' {
            $null = Invoke-ParallelPlan $Plan -Worktree -ScriptBlock { } -ErrorVariable e -ErrorAction SilentlyContinue
            $e[0].FullyQualifiedErrorId | Should -Match '^NotAGitRepository'
        }
    }
}
