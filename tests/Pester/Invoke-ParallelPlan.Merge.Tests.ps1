BeforeAll {
    . $PSScriptRoot/TestHelpers.ps1
    # A repository the test owns: a plan, .parallel/ ignored (the run's logs live there), one commit.
    function New-TestRepo([string] $PlanText) {
        $repo = Join-Path $TestDrive ('repo-' + [guid]::NewGuid().ToString('N').Substring(0, 6))
        $null = New-Item -ItemType Directory -Force $repo
        [IO.File]::WriteAllText((Join-Path $repo 'PLAN_MQ.md'), $PlanText)
        [IO.File]::WriteAllText((Join-Path $repo '.gitignore'), ".parallel/`n")
        [IO.File]::WriteAllText((Join-Path $repo 'shared.txt'), "base`n")
        git -C $repo init -q -b main 2>$null
        git -C $repo config user.email t@example.com
        git -C $repo config user.name t
        git -C $repo add -A
        git -C $repo commit -q -m start
        $repo
    }
    $script:HasGit = [bool](Get-Command git -CommandType Application -ErrorAction SilentlyContinue)
}

Describe 'Invoke-ParallelPlan -Worktree -Merge' -Skip:(-not (Get-Command git -CommandType Application -ErrorAction SilentlyContinue)) {
    It 'merges three achievements in dependency order: every commit on the current branch, a clean tree, dependents see their dependencies' {
        $repo = New-TestRepo "# PLAN: MQ`n`n**Achievement 1.1**: One`n- **Dependencies**: None`n`n**Achievement 1.2**: Two`n- **Dependencies**: 1.1`n`n**Achievement 1.3**: Three`n- **Dependencies**: None`n"
        $r = Invoke-ParallelPlan (Join-Path $repo 'PLAN_MQ.md') -Worktree -Merge -ThrottleLimit 2 -ScriptBlock {
            $id = $_.Id.ToString()
            if ($id -eq '1.2' -and -not (Test-Path 'one.txt')) { throw 'the work of 1.1 is not in the branch of 1.2' }
            Set-Content "f$id.txt" $id
            if ($id -eq '1.1') { Set-Content 'one.txt' 'from 1.1' }
            git add -A; git commit -q -m "work of $id"
        }
        $r | ForEach-Object { "$($_.Id) $($_.Result) $($_.Error)" } | Sort-Object | Should -Be @('1.1 Succeeded ', '1.2 Succeeded ', '1.3 Succeeded ') -Because 'each succeeds and is merged'
        foreach ($x in $r) {
            $x.MergeCommit | Should -Not -BeNullOrEmpty
            git -C $repo merge-base --is-ancestor $x.Branch main; $LASTEXITCODE | Should -Be 0 -Because "$($x.Branch) is merged"
        }
        git -C $repo log --format=%s main | Should -Contain 'work of 1.2'
        git -C $repo status --porcelain | Should -BeNullOrEmpty
        (Get-ChildItem $repo -Filter 'f1.*.txt').Name | Sort-Object | Should -Be @('f1.1.txt', 'f1.2.txt', 'f1.3.txt')
        # Branches are kept (never deleted), merged or not.
        git -C $repo branch --list 'parallel/MQ/*' | Should -HaveCount 3
    }

    It 'reports, after each merge, the files a branch changed outside the write-set its PLAN declares (scope drift)' {
        $repo = New-TestRepo "# PLAN: MQ`n`n**Achievement 1.1**: One`n- **Dependencies**: None`n- **Deliverables**: ``src/a.txt```n`n**Achievement 1.2**: Two (declares nothing)`n- **Dependencies**: 1.1`n"
        $r = Invoke-ParallelPlan (Join-Path $repo 'PLAN_MQ.md') -Worktree -Merge -ScriptBlock {
            $null = New-Item -ItemType Directory -Force src
            Set-Content "src/a.txt" 'declared'
            Set-Content "extra-$($_.Id).txt" 'not declared'
            git add -A; git commit -q -m "work of $($_.Id)"
        }
        $by = @{}; $r | ForEach-Object { $by[$_.Id] = $_ }
        $by['1.1'].Result | Should -Be 'Succeeded'
        $by['1.1'].ScopeDrift | Should -Be @('extra-1.1.txt') -Because 'src/a.txt is declared, the other file is not'
        @($by['1.2'].ScopeDrift).Count | Should -Be 0 -Because 'an achievement that declares nothing has no scope to drift from'
    }

    It 'a textual conflict leaves the current branch clean, keeps both branches and their commits, reports the files and blocks the dependents' {
        $repo = New-TestRepo "# PLAN: MQ`n`n**Achievement 1.1**: One (1h)`n- **Dependencies**: None`n`n**Achievement 1.2**: Two (3h)`n- **Dependencies**: None`n`n**Achievement 1.3**: After both (1h)`n- **Dependencies**: 1.1, 1.2`n"
        $before = git -C $repo rev-parse HEAD
        # Both start from the same HEAD (two at once), so the second merge meets the first's change.
        $r = Invoke-ParallelPlan (Join-Path $repo 'PLAN_MQ.md') -Worktree -Merge -ThrottleLimit 2 -ErrorVariable e -ErrorAction SilentlyContinue -ScriptBlock {
            Set-Content shared.txt "changed by $($_.Id)"
            git add -A; git commit -q -m "shared by $($_.Id)"
        }
        $by = @{}; $r | ForEach-Object { $by[$_.Id] = $_ }
        # Whichever of 1.1 and 1.2 merges first succeeds; the other then conflicts on shared.txt.
        $won = @($r | Where-Object Result -eq 'Succeeded')
        $lost = @($r | Where-Object Result -eq 'MergeConflict')
        $won.Count | Should -Be 1; $lost.Count | Should -Be 1
        $lost[0].ConflictFiles | Should -Be @('shared.txt')
        $lost[0].Error | Should -Match 'shared\.txt'
        $by['1.3'].Result | Should -Be 'Blocked'
        $by['1.3'].Attempts | Should -Be 0
        ($e.FullyQualifiedErrorId -match '^MergeConflict,').Count | Should -Be 1
        # The current branch: clean, not mid-merge, holding the winner's merge only.
        git -C $repo status --porcelain | Should -BeNullOrEmpty
        git -C $repo rev-parse --verify --quiet MERGE_HEAD; $LASTEXITCODE | Should -Not -Be 0
        Get-Content (Join-Path $repo 'shared.txt') | Should -Be "changed by $($won[0].Id)"
        git -C $repo rev-list --count "$before..main" | Should -Be 2
        # Both branches and their commits are intact; the conflicting one is not on main, and its worktree is kept.
        git -C $repo log --format=%s -1 parallel/MQ/1.1 | Should -Be 'shared by 1.1'
        git -C $repo log --format=%s -1 parallel/MQ/1.2 | Should -Be 'shared by 1.2'
        git -C $repo merge-base --is-ancestor $lost[0].Branch main; $LASTEXITCODE | Should -Be 1
        Test-Path $lost[0].WorkingDirectory | Should -BeTrue
        $json = Get-Content -Raw (Get-ChildItem (Join-Path $repo '.parallel/runs') -Filter *.json).FullName | ConvertFrom-Json
        ($json.achievements | Where-Object achievement -eq $lost[0].Id).result | Should -Be 'merge_conflict'
        ($json.achievements | Where-Object achievement -eq $lost[0].Id).conflict_files | Should -Be @('shared.txt')
    }

    It 'without -Merge a dependent''s branch starts from the merge of its dependencies'' branches' {
        $repo = New-TestRepo "# PLAN: MQ`n`n**Achievement 1.1**: One`n- **Dependencies**: None`n`n**Achievement 1.2**: Two`n- **Dependencies**: None`n`n**Achievement 1.3**: Both`n- **Dependencies**: 1.1, 1.2`n"
        $r = Invoke-ParallelPlan (Join-Path $repo 'PLAN_MQ.md') -Worktree -ThrottleLimit 2 -ScriptBlock {
            $id = $_.Id.ToString()
            if ($id -eq '1.3') { Set-Content seen.txt ((Test-Path f1.1.txt), (Test-Path f1.2.txt) -join ','); return }
            Set-Content "f$id.txt" $id; git add -A; git commit -q -m "work of $id"
        }
        ($r | Where-Object Result -ne 'Succeeded') | Should -BeNullOrEmpty
        Get-Content (Join-Path ($r | Where-Object Id -eq '1.3').WorkingDirectory 'seen.txt') | Should -Be 'True,True'
        # Nothing was merged into main.
        git -C $repo rev-list --count main | Should -Be 1
    }

    It 'refuses -Merge on a dirty tree, without -Worktree, and outside a repository; -WhatIf merges nothing' {
        $repo = New-TestRepo "# PLAN: MQ`n`n**Achievement 1.1**: One`n- **Dependencies**: None`n"
        $plan = Join-Path $repo 'PLAN_MQ.md'
        { Invoke-ParallelPlan $plan -Merge -ScriptBlock { } -ErrorAction Stop } | Should -Throw -ErrorId 'MergeNeedsWorktree,*'
        Add-Content (Join-Path $repo 'shared.txt') 'uncommitted'
        $r = Invoke-ParallelPlan $plan -Worktree -Merge -ScriptBlock { throw 'must not run' } -ErrorVariable e -ErrorAction SilentlyContinue
        $r | Should -BeNullOrEmpty
        $e[0].FullyQualifiedErrorId | Should -Match '^WorkingTreeDirty,'
        "$($e[0].ErrorDetails.RecommendedAction) $($e[0].ErrorDetails.Message) $($e[0])" | Should -Match 'stash|Commit'
        git -C $repo checkout -q -- shared.txt
        $null = Invoke-ParallelPlan $plan -Worktree -Merge -WhatIf -ScriptBlock { Set-Content x.txt x; git add -A; git commit -q -m x }
        git -C $repo rev-list --count main | Should -Be 1
        git -C $repo branch --list 'parallel/*' | Should -BeNullOrEmpty
    }
}

Describe 'Invoke-ParallelPlan -Resume' {
    BeforeEach {
        $script:Root = Join-Path $TestDrive ('r-' + [guid]::NewGuid().ToString('N').Substring(0, 6))
        $script:Plan = New-TestFile ((Split-Path $Root -Leaf) + '/PLAN_RES.md') "# PLAN: RES`n`n**Achievement 1.1**: One`n- **Dependencies**: None`n`n**Achievement 1.2**: Two`n- **Dependencies**: 1.1`n`n**Achievement 1.3**: Three`n- **Dependencies**: None`n`n**Achievement 1.4**: Four`n- **Dependencies**: 1.3`n"
        $script:Marks = Join-Path $Root 'marks'
        $null = New-Item -ItemType Directory -Force $Marks
    }

    It 'after one failure runs only the failure and its dependents' {
        $action = {
            Add-Content (Join-Path $using:Marks 'ran.txt') $_.Id.ToString()
            if ($_.Id.ToString() -eq '1.1' -and -not (Test-Path (Join-Path $using:Marks 'fixed'))) { throw 'broken' }
        }
        $first = Invoke-ParallelPlan $Plan -ScriptBlock $action -ErrorAction SilentlyContinue
        ($first | Where-Object Result -eq 'Failed').Id | Should -Be '1.1'
        ($first | Where-Object Result -eq 'Blocked').Id | Should -Be '1.2'
        Remove-Item (Join-Path $Marks 'ran.txt')
        Start-Sleep -Milliseconds 20   # a new record stamp
        $null = New-Item (Join-Path $Marks 'fixed')
        $second = Invoke-ParallelPlan $Plan -Resume -ScriptBlock $action
        Get-Content (Join-Path $Marks 'ran.txt') | Sort-Object | Should -Be @('1.1', '1.2')
        $by = @{}; $second | ForEach-Object { $by[$_.Id] = $_.Result }
        $by['1.1'] | Should -Be 'Succeeded'; $by['1.2'] | Should -Be 'Succeeded'
        $by['1.3'] | Should -Be 'AlreadyComplete'; $by['1.4'] | Should -Be 'AlreadyComplete'
    }

    It 'without -Resume, a dependency that succeeded earlier is named as not counted, with how to count it' {
        $null = Invoke-ParallelPlan $Plan -Id '1.1' -ScriptBlock { }
        Start-Sleep -Milliseconds 20
        $r = Invoke-ParallelPlan $Plan -Id '1.2' -ScriptBlock { }
        $r.Result | Should -Be 'Blocked'
        $r.Error | Should -Match 'succeeded in the earlier run .* not counted: add -Resume'
        Start-Sleep -Milliseconds 20
        $r2 = Invoke-ParallelPlan $Plan -Id '1.2' -Resume -ScriptBlock { }
        $r2.Result | Should -Be 'Succeeded'
    }
}

Describe 'Invoke-ParallelPlan failures are visible' {
    BeforeEach {
        $script:Root = Join-Path $TestDrive ('v-' + [guid]::NewGuid().ToString('N').Substring(0, 6))
        $script:Plan = New-TestFile ((Split-Path $Root -Leaf) + '/PLAN_VIS.md') "# PLAN: VIS`n`n**Achievement 1.1**: One`n- **Dependencies**: None`n`n**Achievement 1.2**: Two`n- **Dependencies**: None`n"
    }

    It 'writes one non-terminating error per failed achievement, so $? is false' {
        $r = Invoke-ParallelPlan $Plan -ScriptBlock { throw "broken $($_.Id)" } -ErrorVariable e -ErrorAction SilentlyContinue
        $ok = $?
        $ok | Should -BeFalse
        $r.Count | Should -Be 2
        $e.Count | Should -Be 2
        $e | ForEach-Object FullyQualifiedErrorId | Select-Object -Unique | Should -Match '^AchievementFailed,'
        "$($e[0])" | Should -Match 'broken'
        $null = Invoke-ParallelPlan $Plan -ScriptBlock { }
        $? | Should -BeTrue
    }

    It 'records every attempt''s error' {
        $r = Invoke-ParallelPlan $Plan -Id '1.1' -MaxAttempts 3 -ScriptBlock { throw "attempt failed at $([datetime]::UtcNow.Ticks)" } -ErrorAction SilentlyContinue
        $json = Get-Content -Raw (Get-ChildItem (Join-Path $Root '.parallel/runs') -Filter *.json).FullName | ConvertFrom-Json
        $errors = $json.achievements[0].attempt_errors
        $errors.Count | Should -Be 3
        $errors[0] | Should -Match '^attempt 1: .*attempt failed'
        $errors[2] | Should -Match '^attempt 3: '
        $r.AttemptErrors.Count | Should -Be 3
    }

    It 'logs every stream of a script block, each retry after a separator' {
        $r = Invoke-ParallelPlan $Plan -Id '1.1' -MaxAttempts 2 -ErrorAction SilentlyContinue -ScriptBlock {
            'out'; Write-Warning 'warn'; Write-Verbose 'verb'; Write-Information 'info'; Write-Host 'host'
            throw 'again'
        }
        $log = Get-Content $r.LogPath
        foreach ($line in 'out', 'WARNING: warn', 'VERBOSE: verb', 'INFO: info', 'HOST: host', '===== attempt 2 =====') { $log | Should -Contain $line }
        ($log | Where-Object { $_ -eq 'WARNING: warn' }).Count | Should -Be 2
    }

    It 'warns when {PromptFile} is given for an achievement without a SUBPLAN' -Skip:(-not (Get-Command sh -CommandType Application -ErrorAction SilentlyContinue)) {
        $r = Invoke-ParallelPlan $Plan -Id '1.1' -Command sh, '-c', 'echo "prompt=[$0]"', '{PromptFile}' -WarningVariable w -WarningAction SilentlyContinue
        $r.Result | Should -Be 'Succeeded'
        "$w" | Should -Match 'NoPromptForPromptFile.*no SUBPLAN'
        $null = Invoke-ParallelPlan $Plan -Id '1.1' -Command sh, '-c', 'true' -WarningVariable w2 -WarningAction SilentlyContinue
        $w2 | Should -BeNullOrEmpty
    }
}
