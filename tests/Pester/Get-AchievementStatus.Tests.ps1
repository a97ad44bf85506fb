BeforeAll {
    . $PSScriptRoot/TestHelpers.ps1

    # A plan with every kind of evidence: 1.1 approved, 1.2 failed, 1.3 executing, 2.1 a SUBPLAN, 2.2 a scaffold,
    # 2.3 skipped, 3.1 blocked by 1.2 (failed), 3.2 ready (2.3 skipped counts as done, 1.1 approved).
    function New-StatusPlan([string] $Folder) {
        $plan = @'
# PLAN: Status

**Achievement 1.1**: Approved One ✅
- **Dependencies**: None

**Achievement 1.2**: Failed One
- **Dependencies**: None

**Achievement 1.3**: Running One
- **Dependencies**: None

**Achievement 2.1**: Planned One
- **Dependencies**: 1.1

**Achievement 2.2**: Scaffold One
- **Dependencies**: 1.1

**Achievement 2.3**: Skipped One ✅
- **Dependencies**: None

**Achievement 3.1**: Behind A Failure
- **Dependencies**: 1.2

**Achievement 3.2**: Behind A Skip
- **Dependencies**: 2.3, 1.1
'@
        New-TestFile "$Folder/PLAN_STATUS.md" $plan | Out-Null
        New-TestFile "$Folder/subplans/SUBPLAN_STATUS_11.md" "# SUBPLAN: One`n`n**Achievement**: 1.1`n" | Out-Null
        New-TestFile "$Folder/execution/EXECUTION_TASK_STATUS_11_01.md" "# EXECUTION_TASK: One`n`n**Achievement**: 1.1`n**Status**: ✅ Complete`n" | Out-Null
        New-TestFile "$Folder/execution/feedbacks/APPROVED_11.md" "Approved.`n" | Out-Null
        New-TestFile "$Folder/execution/EXECUTION_TASK_STATUS_12_01.md" "# EXECUTION_TASK: Two`n`n**Achievement**: 1.2`n**Status**: Complete`n" | Out-Null
        New-TestFile "$Folder/execution/feedbacks/FIX_12.md" "Fix this.`n" | Out-Null
        New-TestFile "$Folder/execution/EXECUTION_TASK_STATUS_13_01.md" "# EXECUTION_TASK: Three`n`n**Achievement**: 1.3`n**Status**: 🚧 In Progress`n" | Out-Null
        New-TestFile "$Folder/subplans/SUBPLAN_STATUS_21.md" "# SUBPLAN: Four`n`n**Achievement**: 2.1`n`n## Approach`n`nDo it.`n" | Out-Null
        New-TestFile "$Folder/subplans/SUBPLAN_STATUS_22.md" "# SUBPLAN: Five`n`n**Achievement**: 2.2`n`n## Approach`n`n[TO BE FILLED]`n" | Out-Null
        New-TestFile "$Folder/execution/feedbacks/SKIPPED_23.md" "Not needed.`n" | Out-Null
        return (Join-Path $TestDrive $Folder)
    }
    $script:Plan = New-StatusPlan 'status/work-space/plans/STATUS'
    $script:Expected = [ordered]@{
        '1.1' = 'complete'; '1.2' = 'failed'; '1.3' = 'in_progress'; '2.1' = 'subplan_created'
        '2.2' = 'not_started'; '2.3' = 'skipped'; '3.1' = 'not_started'; '3.2' = 'not_started'
    }
    function Format-Statuses($items) { ($items | ForEach-Object { "$($_.Id)=$($_.Status)" }) -join ' ' }
    $script:ExpectedText = ($Expected.Keys | ForEach-Object { "$_=$($Expected[$_])" }) -join ' '
}

Describe 'Get-AchievementStatus' {
    Context 'status objects' {
        It 'emits one ParallelExec.AchievementStatusInfo per achievement, in id order, with the table''s statuses' {
            $s = Get-AchievementStatus -Path $Plan
            $s[0].PSObject.TypeNames[0] | Should -Be 'ParallelExec.AchievementStatusInfo'
            Format-Statuses $s | Should -Be $ExpectedText
        }

        It 'carries the properties the issue names' {
            $s = Get-AchievementStatus -Path $Plan | Where-Object Id -eq '1.1'
            foreach ($p in 'PlanName', 'Id', 'Status', 'Readiness', 'BlockedBy', 'Detail', 'Evidence', 'SubplanPath', 'ExecutionPaths', 'FeedbackPaths', 'Drift') {
                $s.PSObject.Properties.Name | Should -Contain $p
            }
            $s.PlanName | Should -Be 'STATUS'
            $s.Readiness | Should -Be 'Done'
            $s.Evidence | Should -Be (Join-Path $Plan 'execution/feedbacks/APPROVED_11.md')
            $s.SubplanPath | Should -Be (Join-Path $Plan 'subplans/SUBPLAN_STATUS_11.md')
            $s.ExecutionPaths | Should -Be (Join-Path $Plan 'execution/EXECUTION_TASK_STATUS_11_01.md')
            $s.Detail | Should -Match 'APPROVED_11'
        }

        It 'Status compares equal to the schema''s strings' {
            $s = Get-AchievementStatus -Path $Plan
            foreach ($id in $Expected.Keys) {
                ($s | Where-Object Id -eq $id).Status -eq $Expected[$id] | Should -BeTrue -Because $id
            }
            @($s | Where-Object Status -eq 'complete').Id | Should -Be '1.1'
            @($s | Where-Object Status -in 'failed', 'skipped').Count | Should -Be 2
        }

        It 'blocks the dependents of a failed achievement, names what blocks them, and counts a skipped one as done' {
            $s = Get-AchievementStatus -Path $Plan
            $blocked = $s | Where-Object Readiness -eq 'Blocked'
            ($blocked.Id | ForEach-Object ToString) -join ' ' | Should -Be '1.2 3.1' # the failed one is its own root failure
            "$(($s | Where-Object Id -eq '3.1').BlockedBy)" | Should -Be '1.2'
            ($s | Where-Object Id -eq '3.2').Readiness | Should -Be 'Ready'
            ($s | Where-Object Id -eq '2.1').Readiness | Should -Be 'Ready'
            ($s | Where-Object Id -eq '2.3').Readiness | Should -Be 'Done'
        }

        It 'reports the PLAN''s checkmark as drift when the files disagree' {
            $s = Get-AchievementStatus -Path $Plan
            ($s | Where-Object Id -eq '1.1').Drift | Should -BeNullOrEmpty
            ($s | Where-Object Id -eq '2.3').Drift | Should -Match "marks it '✅'.*skipped"
        }

        It 'has a default table view grouped by plan, marking drift with !' {
            $text = Get-AchievementStatus -Path $Plan | Out-String -Width 200
            $text | Should -Match 'Plan: STATUS'
            $text | Should -Match 'Id\s+Title\s+Status\s+Readiness\s+Detail'
            $text | Should -Match '3\.1 .*Blocked\s+blocked by 1\.2; '
            $text | Should -Match '2\.3 .*skipped !'
        }

        It 'Get-ParallelPlan fills Status from the same resolver' {
            $a = Get-ParallelPlan -Path $Plan
            Format-Statuses $a | Should -Be $ExpectedText
        }
    }

    Context 'inputs' {
        It 'takes achievements from Get-ParallelPlan, deriving afresh' {
            $piped = Get-ParallelPlan -Path $Plan | Get-AchievementStatus
            Format-Statuses $piped | Should -Be $ExpectedText
            $piped[0].PSObject.TypeNames[0] | Should -Be 'ParallelExec.AchievementStatusInfo'
        }

        It 'judges readiness on the graph of the piped plan (-Assume)' {
            $f = New-TestFile 'assume/PLAN_ASSUME.md' "**Achievement 1.1**: A`n`n**Achievement 1.2**: B`n"
            (Get-ParallelPlan $f -WarningAction SilentlyContinue | Get-AchievementStatus | Where-Object Id -eq '1.2').Readiness | Should -Be 'Waiting'
            (Get-ParallelPlan $f -Assume Independent -WarningAction SilentlyContinue | Get-AchievementStatus | Where-Object Id -eq '1.2').Readiness | Should -Be 'Ready'
        }

        It 'sees files that changed since Get-ParallelPlan read the plan' {
            $dir = Split-Path (New-TestFile 'fresh/PLAN_FRESH.md' "**Achievement 1.1**: A`n- Dependencies: None`n")
            $a = Get-ParallelPlan $dir
            $a.Status | Should -Be 'not_started'
            New-TestFile 'fresh/execution/feedbacks/SKIPPED_11.md' 'skip' | Out-Null
            ($a | Get-AchievementStatus).Status | Should -Be 'skipped'
        }

        It 'takes paths from the pipeline, and Get-Item output by PSPath' {
            Format-Statuses ($Plan | Get-AchievementStatus) | Should -Be $ExpectedText
            Format-Statuses (Get-Item $Plan | Get-AchievementStatus) | Should -Be $ExpectedText
            Format-Statuses (Get-AchievementStatus -LiteralPath (Join-Path $Plan 'PLAN_STATUS.md')) | Should -Be $ExpectedText
        }

        It 'expands wildcards in -Path' {
            $s = Get-AchievementStatus -Path (Join-Path (Split-Path $Plan) 'STAT*')
            Format-Statuses $s | Should -Be $ExpectedText
        }

        It '-Id filters, with wildcards' {
            (Get-AchievementStatus $Plan -Id 1.2).Status | Should -Be 'failed'
            (Get-AchievementStatus $Plan -Id '2.*' | ForEach-Object { "$($_.Id)" }) -join ' ' | Should -Be '2.1 2.2 2.3'
            (Get-ParallelPlan $Plan | Get-AchievementStatus -Id 3.1, 1.1 | ForEach-Object { "$($_.Id)" }) -join ' ' | Should -Be '1.1 3.1'
        }

        It 'an -Id no plan has: AchievementNotFound, after the others are written' {
            $s = Get-AchievementStatus $Plan -Id 1.1, 9.9 -ErrorVariable e -ErrorAction SilentlyContinue
            "$($s.Id)" | Should -Be '1.1'
            $e.Count | Should -Be 1
            $e[0].FullyQualifiedErrorId | Should -BeLike 'AchievementNotFound*'
            $e[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $e[0].TargetObject | Should -Be '9.9'
            $e[0].ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
        }

        It 'works from any current directory, with relative and absolute paths' {
            $elsewhere = Join-Path $TestDrive 'elsewhere/deeper'
            $null = New-Item -ItemType Directory -Force $elsewhere
            Push-Location $elsewhere
            try {
                Format-Statuses (Get-AchievementStatus $Plan) | Should -Be $ExpectedText
                Format-Statuses (Get-AchievementStatus ../../status/work-space/plans/STATUS) | Should -Be $ExpectedText
            }
            finally { Pop-Location }
            Push-Location $Plan
            try { Format-Statuses (Get-AchievementStatus) | Should -Be $ExpectedText }
            finally { Pop-Location }
            Push-Location (Join-Path $Plan 'execution')
            try { Format-Statuses (Get-AchievementStatus ..) | Should -Be $ExpectedText }
            finally { Pop-Location }
        }

        It '-Recurse reads every plan of a workspace in both layouts' {
            $ws = 'ws-both'
            New-StatusPlan "$ws/work-space/plans/STATUS" | Out-Null
            New-TestFile "$ws/documentation/archive/old/planning/PLAN_OLD.md" "**Achievement 1.1**: Old`n- Dependencies: None`n" | Out-Null
            New-TestFile "$ws/documentation/archive/old/execution/EXECUTION_TASK_OLD_11_01.md" "**Achievement**: 1.1`n**Status**: Complete`n" | Out-Null
            $s = Get-AchievementStatus (Join-Path $TestDrive $ws) -Recurse
            ($s | Group-Object PlanName | ForEach-Object { "$($_.Name):$($_.Count)" }) -join ' ' | Should -Be 'OLD:1 STATUS:8'
            ($s | Where-Object PlanName -eq 'OLD').Status | Should -Be 'complete'
        }

        It 'completes -Id with the ids of the plan given by -Path' {
            $line = "Get-AchievementStatus -Path '$Plan' -Id 2."
            $r = TabExpansion2 -inputScript $line -cursorColumn $line.Length
            $r.CompletionMatches.CompletionText | Should -Be @('2.1', '2.2', '2.3')
            $line = "Get-AchievementStatus -Path '$(Join-Path $TestDrive 'no-such-folder')' -Id "
            (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.Count | Should -Be 0
        }
    }

    Context 'mapping' {
        It 'an ambiguous file is one warning naming it, and is not counted' {
            $dir = Split-Path (New-TestFile 'amb/PLAN_AMB.md' "**Achievement 1.11**: A`n- Dependencies: None`n`n**Achievement 11.1**: B`n- Dependencies: None`n")
            $file = New-TestFile 'amb/execution/feedbacks/APPROVED_111.md' 'ok'
            $s = Get-AchievementStatus $dir -WarningVariable w -WarningAction SilentlyContinue
            ($s.Status | ForEach-Object ToString) | Should -Be @('not_started', 'not_started')
            @($w).Count | Should -Be 1
            "$w" | Should -Match 'AmbiguousFile'
            "$w" | Should -Match ([regex]::Escape($file))
            # Get-ParallelPlan warns once; piped on, the fresh derivation does not repeat it.
            $null = Get-ParallelPlan $dir -WarningVariable w1 -WarningAction SilentlyContinue | Get-AchievementStatus -WarningVariable w2 -WarningAction SilentlyContinue
            @($w1 | Where-Object { "$_" -match 'AmbiguousFile' }).Count | Should -Be 1
            @($w2).Count | Should -Be 0
        }

        It 'an orphan file is one warning naming it' {
            $dir = Split-Path (New-TestFile 'orphan/PLAN_ORPHAN.md' "**Achievement 1.1**: A`n- Dependencies: None`n")
            $file = New-TestFile 'orphan/subplans/SUBPLAN_ORPHAN_11.md' "# SUBPLAN`n`n**Achievement**: 7.7`n"
            $null = Get-AchievementStatus $dir -WarningVariable w -WarningAction SilentlyContinue
            @($w).Count | Should -Be 1
            "$w" | Should -Match 'OrphanFile'
            "$w" | Should -Match ([regex]::Escape($file))
        }
    }

    Context 'reads only' {
        It 'changes no file''s content or timestamp' {
            $ws = Join-Path $TestDrive 'readonly'
            New-StatusPlan 'readonly/work-space/plans/STATUS' | Out-Null
            New-TestFile 'readonly/work-space/plans/STATUS/parallel.json' '{ "plan_name": "STATUS", "achievements": [ { "achievement_id": "1.1", "dependencies": [], "status": "not_started" } ] }' | Out-Null
            function Get-State {
                Get-ChildItem -LiteralPath $ws -Recurse -File | Sort-Object FullName | ForEach-Object {
                    '{0}|{1}|{2}|{3}' -f $_.FullName, (Get-FileHash -LiteralPath $_.FullName -Algorithm SHA256).Hash, $_.LastWriteTimeUtc.Ticks, $_.Length
                }
            }
            $before = @(Get-State)
            $dirsBefore = @(Get-ChildItem -LiteralPath $ws -Recurse -Directory | ForEach-Object { "$($_.FullName)|$($_.LastWriteTimeUtc.Ticks)" })
            $null = Get-AchievementStatus $ws -Recurse -WarningAction SilentlyContinue
            $null = Get-ParallelPlan $ws -Recurse -WarningAction SilentlyContinue | Get-AchievementStatus
            $null = Get-ParallelProgress $ws -Recurse -WarningAction SilentlyContinue
            $after = @(Get-State)
            $before.Count | Should -BeGreaterThan 10
            $after | Should -Be $before
            @(Get-ChildItem -LiteralPath $ws -Recurse -Directory | ForEach-Object { "$($_.FullName)|$($_.LastWriteTimeUtc.Ticks)" }) | Should -Be $dirsBefore
        }
    }
}

Describe 'Get-AchievementStatus on bad input' {
    BeforeAll {
        function New-BadPlan([string] $Name) {
            Split-Path (New-TestFile "bad/$Name/PLAN_$Name.md" "**Achievement 1.1**: A`n- Dependencies: None`n`n**Achievement 1.2**: B`n- Dependencies: 1.1`n")
        }
    }

    It 'a missing path: PlanPathNotFound, and the next path is still read' {
        $missing = Join-Path $TestDrive 'nope/PLAN_NOPE.md'
        $s = Get-AchievementStatus $missing, $Plan -ErrorVariable e -ErrorAction SilentlyContinue
        Format-Statuses $s | Should -Be $ExpectedText
        $e[0].FullyQualifiedErrorId | Should -BeLike 'PlanPathNotFound*'
        $e[0].TargetObject | Should -Be $missing
        $e[0].Exception.Message | Should -Not -Match '\s+at [\w.]+\('
    }

    It 'an unreadable file: a warning, counted by its name' {
        $dir = New-BadPlan 'UNREAD'
        $file = New-TestFile 'bad/UNREAD/execution/EXECUTION_TASK_UNREAD_11_01.md' "**Achievement**: 1.1`n**Status**: Complete`n"
        if ($IsWindows) { Set-ItResult -Skipped -Because 'chmod is not available on Windows'; return }
        chmod 000 $file
        try {
            $readable = $true
            try { [IO.File]::ReadAllBytes($file) | Out-Null } catch { $readable = $false }
            if ($readable) { Set-ItResult -Skipped -Because 'this user (root) can still read a file with mode 000'; return }
            $s = Get-AchievementStatus $dir -WarningVariable w -WarningAction SilentlyContinue
            ($s | Where-Object Id -eq '1.1').Status | Should -Be 'execution_created'
            "$w" | Should -Match 'StatusFileUnreadable'
        }
        finally { chmod 644 $file }
    }

    It 'a dangling link named like an EXECUTION_TASK: StatusFileUnreadable, no crash' {
        if ($IsWindows) { Set-ItResult -Skipped -Because 'symbolic links need privileges on Windows'; return }
        $dir = New-BadPlan 'DANGLING'
        $null = New-Item -ItemType Directory -Force (Join-Path $dir 'execution')
        $link = Join-Path $dir 'execution/EXECUTION_TASK_DANGLING_11_01.md'
        $null = New-Item -ItemType SymbolicLink -Path $link -Target (Join-Path $dir 'gone.md')
        $s = Get-AchievementStatus $dir -WarningVariable w -WarningAction SilentlyContinue
        ($s | Where-Object Id -eq '1.1').Status | Should -Be 'execution_created'
        "$w" | Should -Match 'StatusFileUnreadable'
        "$w" | Should -Match ([regex]::Escape($link))
    }

    It 'a file where a folder is expected, and a folder named like a file' {
        $dir = New-BadPlan 'SHAPES'
        New-TestFile 'bad/SHAPES/execution' 'a file, not a folder' | Out-Null
        $null = New-Item -ItemType Directory -Force (Join-Path $dir 'subplans/SUBPLAN_SHAPES_11.md')
        New-TestFile 'bad/SHAPES/subplans/SUBPLAN_SHAPES_12.md' "**Achievement**: 1.2`n" | Out-Null
        $s = Get-AchievementStatus $dir -ErrorVariable e -ErrorAction SilentlyContinue
        $e | Should -BeNullOrEmpty
        Format-Statuses $s | Should -Be '1.1=not_started 1.2=subplan_created'
    }

    It 'symbolic link loops: not followed, no hang' {
        if ($IsWindows) { Set-ItResult -Skipped -Because 'symbolic links need privileges on Windows'; return }
        $dir = New-BadPlan 'LOOP'
        New-TestFile 'bad/LOOP/subplans/SUBPLAN_LOOP_11.md' "**Achievement**: 1.1`n" | Out-Null
        $null = New-Item -ItemType SymbolicLink -Path (Join-Path $dir 'subplans/back') -Target $dir
        $null = New-Item -ItemType SymbolicLink -Path (Join-Path $dir 'execution') -Target (Join-Path $dir 'execution')
        $sw = [Diagnostics.Stopwatch]::StartNew()
        $s = Get-AchievementStatus $dir -Recurse -WarningAction SilentlyContinue -ErrorAction SilentlyContinue
        $sw.Elapsed.TotalSeconds | Should -BeLessThan 10
        Format-Statuses $s | Should -Be '1.1=subplan_created 1.2=not_started'
        ($s | Where-Object Id -eq '1.1').SubplanPath | Should -Not -Match 'back'
    }

    It 'a 50 MB EXECUTION_TASK: read only at its ends, quickly' {
        $dir = New-BadPlan 'HUGE'
        $null = New-Item -ItemType Directory -Force (Join-Path $dir 'execution')
        $big = Join-Path $dir 'execution/EXECUTION_TASK_HUGE_11_01.md'
        $fs = [IO.File]::Create($big)
        try {
            $head = [Text.Encoding]::UTF8.GetBytes("# EXECUTION_TASK: Huge`n`n**Achievement**: 1.1`n**Status**: In Progress`n")
            $fs.Write($head, 0, $head.Length)
            $fs.SetLength(50MB)
        }
        finally { $fs.Dispose() }
        $sw = [Diagnostics.Stopwatch]::StartNew()
        $s = Get-AchievementStatus $dir
        $sw.Elapsed.TotalSeconds | Should -BeLessThan 5
        ($s | Where-Object Id -eq '1.1').Status | Should -Be 'in_progress'
        ($s | Where-Object Id -eq '1.1').ExecutionPaths | Should -Be $big
    }

    It 'names in odd case' {
        $dir = New-BadPlan 'ODD'
        New-TestFile 'bad/ODD/SUBPLANS/subplan_odd_11.MD' "**achievement**: 1.1`n" | Out-Null
        New-TestFile 'bad/ODD/Execution/FeedBacks/Approved_11.md' 'ok' | Out-Null
        New-TestFile 'bad/ODD/execution/Execution_Task_Odd_12_01.md' "**Achievement**: 1.2`n**STATUS**: in progress`n" | Out-Null
        Format-Statuses (Get-AchievementStatus $dir) | Should -Be '1.1=complete 1.2=in_progress'
    }
}

Describe 'Get-AchievementStatus on the corpus workspace' {
    BeforeAll {
        $script:Workspace = Join-Path $CorpusPath 'workspace'
        $script:HasCorpus = Test-Path $Workspace
    }

    It 'every achievement of GRAPHRAG-OBSERVABILITY-VALIDATION is complete' {
        if (-not $HasCorpus) { Set-ItResult -Skipped -Because "the corpus is not at $CorpusPath"; return }
        $s = Get-AchievementStatus (Join-Path $Workspace 'work-space/plans/GRAPHRAG-OBSERVABILITY-VALIDATION')
        $s.Count | Should -Be 24
        @($s | Where-Object Status -ne 'complete').Id | Should -BeNullOrEmpty
        # Its parallel.json stores statuses that the files contradict: drift, not belief.
        @($s | Where-Object Drift -match 'parallel.json says not_started').Count | Should -BeGreaterThan 0
    }

    It 'validation-nov-2025 maps each SUBPLAN to the achievement its header names' {
        if (-not $HasCorpus) { Set-ItResult -Skipped -Because "the corpus is not at $CorpusPath"; return }
        $root = Join-Path $Workspace 'documentation/archive/validation-nov-2025'
        $s = Get-AchievementStatus $root -WarningVariable w -WarningAction SilentlyContinue
        $subplans = Get-ChildItem (Join-Path $root 'subplans') -Filter 'SUBPLAN_*.md'
        $subplans.Count | Should -Be 7
        foreach ($file in $subplans) {
            $header = (Select-String -LiteralPath $file.FullName -Pattern '^\*\*Achievement[^*]*\*\*:\s*(.*)$' | Select-Object -First 1).Matches[0].Groups[1].Value
            $ids = [regex]::Matches($header, '\d+\.\d+') | ForEach-Object Value
            $ids | Should -Not -BeNullOrEmpty
            @($s | Where-Object SubplanPath -eq $file.FullName | ForEach-Object { "$($_.Id)" }) | Should -Be @($ids) -Because $file.Name
        }
        ($s | Where-Object Id -eq '1.1').SubplanPath | Should -Match 'SUBPLAN_GRAPHRAG-VALIDATION_02\.md$'
        "$w" | Should -Not -Match 'AmbiguousFile|OrphanFile'
    }

    It 'finds the plan above when run from its subplans/ or execution/ folder with no path' {
        $root = Split-Path (New-TestFile 'from-inside/PLAN_INSIDE.md' "# PLAN: Inside`n`n**Achievement 1.1**: A`n- **Dependencies**: None`n")
        New-TestFile 'from-inside/subplans/SUBPLAN_INSIDE_11.md' "# SUBPLAN`n`n**Achievement**: 1.1`n**Status**: Planning`n`nWork.`n" | Out-Null
        New-TestFile 'from-inside/execution/feedbacks/APPROVED_11.md' "ok" | Out-Null
        foreach ($inside in 'subplans', 'execution', 'execution/feedbacks') {
            Push-Location (Join-Path $root $inside)
            try {
                $s = Get-AchievementStatus
                $s.PlanName | Should -Be 'INSIDE' -Because $inside
                "$($s.Status)" | Should -Be 'complete' -Because $inside
                (Get-ParallelPlan).PlanName | Should -Be 'INSIDE' -Because $inside
            }
            finally { Pop-Location }
        }
    }

    It 'a_paused/METHODOLOGY-VALIDATION has no files: 0.1, which its PLAN marks done and archived, is complete, the rest not started' {
        if (-not $HasCorpus) { Set-ItResult -Skipped -Because "the corpus is not at $CorpusPath"; return }
        $s = Get-AchievementStatus (Join-Path $Workspace 'work-space/plans/a_paused/METHODOLOGY-VALIDATION')
        $s.Count | Should -BeGreaterThan 1
        $first = $s | Where-Object Id -eq '0.1'
        "$($first.Status)" | Should -Be 'complete'
        $first.Detail | Should -Match '^marked complete in the PLAN \(line [0-9]+\); no files$'
        $first.Evidence | Should -Match 'PLAN_METHODOLOGY-VALIDATION\.md:[0-9]+$'
        ($s | Where-Object Id -ne '0.1' | ForEach-Object { "$($_.Status)" } | Sort-Object -Unique) | Should -Be 'not_started'
    }

    It 'a_paused/METHODOLOGY-HIERARCHY-EVOLUTION: 0.1 to 3.1 are complete from their closing lines' {
        if (-not $HasCorpus) { Set-ItResult -Skipped -Because "the corpus is not at $CorpusPath"; return }
        $s = Get-AchievementStatus (Join-Path $Workspace 'work-space/plans/a_paused/METHODOLOGY-HIERARCHY-EVOLUTION')
        foreach ($id in '0.1', '0.2', '0.3', '1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '3.1') {
            $a = $s | Where-Object Id -eq $id
            "$($a.Status)" | Should -Be 'complete' -Because $id
            $a.Detail | Should -Match '^EXECUTION_TASK says Complete \(line [0-9]+\)' -Because $id
        }
        @($s | Where-Object { "$($_.Status)" -ne 'complete' }).Count | Should -Be 0
    }

    It 'a_paused/ANALYSES-TAXONOMY-COMPLIANCE: its PLAN_SUMMARY is a companion, not a plan' {
        if (-not $HasCorpus) { Set-ItResult -Skipped -Because "the corpus is not at $CorpusPath"; return }
        $folder = Join-Path $Workspace 'work-space/plans/a_paused/ANALYSES-TAXONOMY-COMPLIANCE'
        $s = Get-AchievementStatus $folder -WarningVariable w 3>$null
        ($s.PlanName | Sort-Object -Unique) | Should -Be 'ANALYSES-TAXONOMY-COMPLIANCE'
        $all = Get-AchievementStatus $Workspace -Recurse 3>$null
        $all.PlanName | Should -Not -Contain 'SUMMARY'
        Get-AchievementStatus (Join-Path $folder 'PLAN_SUMMARY.md') -WarningVariable cw 3>$null | Out-Null
        "$cw" | Should -Match '\[CompanionDocument\].*PLAN_ANALYSES-TAXONOMY-COMPLIANCE\.md'
    }

    It 'the two plans called GRAPHRAG-VALIDATION stay two plans, with a label each and one warning' {
        if (-not $HasCorpus) { Set-ItResult -Skipped -Because "the corpus is not at $CorpusPath"; return }
        $s = Get-AchievementStatus $Workspace -Recurse -WarningVariable w 3>$null
        $gv = $s | Where-Object PlanName -eq 'GRAPHRAG-VALIDATION'
        @($gv.PlanPath | Sort-Object -Unique).Count | Should -Be 2
        @($gv.PlanLabel | Sort-Object -Unique) | Should -Be @('GRAPHRAG-VALIDATION (documentation/archive/validation-nov-2025)', 'GRAPHRAG-VALIDATION (work-space/plans/GRAPHRAG-VALIDATION)')
        @($w | Where-Object { "$_" -match '^\[SharedPlanName\] 2 plans are called GRAPHRAG-VALIDATION' }).Count | Should -Be 1
        $p = Get-ParallelProgress $Workspace -Recurse -ByPlan 3>$null | Where-Object PlanName -eq 'GRAPHRAG-VALIDATION'
        @($p).Count | Should -Be 2
    }

    It 'the Status corpus task counts every plan of the workspace' {
        if (-not $HasCorpus) { Set-ItResult -Skipped -Because "the corpus is not at $CorpusPath"; return }
        $rows = & (Join-Path $RepoRoot 'tools/Invoke-StatusCorpus.ps1') -CorpusPath $CorpusPath -PassThru
        @($rows).Count | Should -Be 18 # 18 plans: ANALYSES-TAXONOMY-COMPLIANCE's PLAN_SUMMARY.md is a companion document
        foreach ($r in $rows) {
            $r.Total | Should -Be ($r.not_started + $r.subplan_created + $r.execution_created + $r.in_progress + $r.complete + $r.failed + $r.skipped) -Because $r.Plan
        }
        ($rows | Where-Object Plan -eq 'GRAPHRAG-OBSERVABILITY-VALIDATION').complete | Should -Be 24
        @($rows | Where-Object Where -like 'documentation*').Count | Should -BeGreaterThan 0
    }
}
