BeforeAll {
    . $PSScriptRoot/TestHelpers.ps1
    function New-MenuSeed([string] $Name) {
        $folder = Join-Path $TestDrive $Name
        if (-not (New-SeedFolder $folder)) { return $null }
        $folder
    }
    function Get-Menu([string] $Folder) { (New-CoreObject 'ParallelExec.Menu.ParallelMenu' @((Get-ParallelPlan -Path $Folder -WarningAction SilentlyContinue)[0].Plan)) }

    # The tmux walks: the menu of a plan folder in a detached 120x40 session whose pane stays after the menu exits, so
    # that its last words ('Bye.') can still be read.
    # With -Script, the session runs that script file instead of the menu alone.
    function Start-MenuSession([string] $Folder, [string] $Script) {
        $name = 'pe-menu-' + [guid]::NewGuid().ToString('N').Substring(0, 8)
        $exe = [Environment]::ProcessPath
        $pre = if ([IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { "'$(Join-Path $PSHOME 'pwsh.dll')' " } else { '' }
        # After the menu the process stays a while, so that the screen it left can be read before the pane dies.
        $inner = "Import-Module '$RepoRoot/ParallelExec.psd1'; Show-ParallelMenu -Path '$Folder' -WarningAction SilentlyContinue; [Threading.Thread]::Sleep(20000)"
        $run = if ($Script) { "-File '$Script'" } else { "-Command `"$inner`"" }
        & tmux new-session -d -s $name -x 120 -y 40 "'$exe' $pre-NoProfile $run"
        & tmux set-option -t $name remain-on-exit on | Out-Null
        $name
    }
    # Screen captures go to out/test-results/tmux/<name>.txt (the test log stays quiet; the files show what was seen).
    function Save-Capture([string] $Name, [string] $Text) {
        $dir = Join-Path $RepoRoot 'out/test-results/tmux'
        $null = New-Item -ItemType Directory -Force $dir
        Set-Content -LiteralPath (Join-Path $dir "$Name.txt") -Value $Text
    }
    # The whole history of the pane, and the screen alone.
    function Get-Pane([string] $Session) { (& tmux capture-pane -p -J -S - -t $Session) -join "`n" }
    function Get-Screen([string] $Session) { (& tmux capture-pane -p -J -t $Session) -join "`n" }
    # The menu is one screen (the alternate buffer, redrawn in place): wait until the screen itself shows the pattern.
    function Wait-Screen([string] $Session, [string] $Pattern) {
        $deadline = [DateTime]::UtcNow.AddSeconds(30)
        while ([DateTime]::UtcNow -lt $deadline) {
            $screen = Get-Screen $Session
            if ($screen -match $Pattern) { return $screen }
            Start-Sleep -Milliseconds 150
        }
        throw "Timed out waiting for '$Pattern' on the screen. The screen:`n$(Get-Screen $Session)"
    }
    # A menu screen: one menu, drawn once, with the prompt at its end.
    function Assert-OneMenu([string] $Screen) {
        [regex]::Matches($Screen, '=== PARALLEL EXECUTION MENU ===').Count | Should -Be 1
        [regex]::Matches($Screen, 'Choose an option:').Count | Should -Be 1
        $Screen.TrimEnd() | Should -Match 'Choose an option:\s*$'
    }
    function Wait-Pane([string] $Session, [string] $Pattern, [int] $Count = 1) {
        $deadline = [DateTime]::UtcNow.AddSeconds(30)
        while ([DateTime]::UtcNow -lt $deadline) {
            $pane = Get-Pane $Session
            if ([regex]::Matches($pane, $Pattern).Count -ge $Count) { return $pane }
            Start-Sleep -Milliseconds 200
        }
        throw "Timed out waiting for '$Pattern' (x$Count). The pane:`n$(Get-Pane $Session)"
    }
}

Describe 'ParallelMenu (the menu''s logic)' {
    BeforeEach {
        $script:Folder = New-MenuSeed ([guid]::NewGuid().ToString('N'))
        if (-not $Folder) { Set-ItResult -Skipped -Because 'the seed plan is absent' }
    }

    It 'shows the plan and the progress per level, and offers SUBPLANs for the first level' {
        $m = Get-Menu $Folder
        $h = $m.Header()
        $h[0].Kind | Should -Be 'Title'
        "$($h[0])" | Should -Be '=== PARALLEL EXECUTION MENU ==='
        $h[1].Kind | Should -Be 'Plan'
        $h.Text | Should -Contain 'Level 3 (0/3 complete)'
        ($h | Where-Object Text -eq 'Level 3 (0/3 complete)').Kind | Should -Be 'Level'
        $o = $m.Find('1')
        $o.Enabled | Should -BeTrue
        $o.Label | Should -Be 'Create SUBPLANs for level 1'
        $r = $m.Run($o)
        $r.PromptName | Should -Be 'subplans-level-1'
        $r.PromptText | Should -Match 'SUBPLAN'
        $m.Find('2').Enabled | Should -BeFalse
        $m.Find('2').DisabledReason | Should -Match 'SUBPLANs'
        $m.Find('7').DisabledReason | Should -Match 'parallel.json exists'
    }

    It 'offers EXECUTIONs for a level whose SUBPLANs exist and the execution prompt of a ready achievement' {
        foreach ($id in '1.1', '1.2', '1.3') { New-SeedSubplan $Folder $id @() | Out-Null }
        $m = Get-Menu $Folder
        $m.Find('1').Label | Should -Be 'Create SUBPLANs for level 2'
        $m.Find('2').Label | Should -Be 'Create EXECUTIONs for level 1'
        $m.Run($m.Find('2')).PromptName | Should -Be 'executions-level-1'
        ($m.ReadyForExecution().Id | ForEach-Object ToString) -join ' ' | Should -Be '1.1'
        $r = $m.ExecutionFor([ParallelExec.AchievementId]::Parse('1.1'))
        $r.PromptName | Should -Be 'execution-1.1'
        $m.ExecutionFor([ParallelExec.AchievementId]::Parse('3.1')).PromptText | Should -BeNullOrEmpty
    }

    It 'gives a retry prompt with every EXECUTION_TASK of the achievement, asking for the FIX_<NN>_RESOLUTION.md the status rules read' {
        New-SeedSubplan $Folder '1.1' @() | Out-Null
        $leaf = Split-Path $Folder -Leaf
        New-TestFile "$leaf/execution/EXECUTION_TASK_PARALLEL-EXECUTION-AUTOMATION_11_01.md" "# EXECUTION_TASK`n`n**Achievement**: 1.1`n`nFirst part.`n" | Out-Null
        New-TestFile "$leaf/execution/EXECUTION_TASK_PARALLEL-EXECUTION-AUTOMATION_11_02.md" "# EXECUTION_TASK`n`n**Achievement**: 1.1`n`nSecond part.`n" | Out-Null
        New-TestFile "$leaf/execution/feedbacks/FIX_11.md" "# FIX`n`n- Both parts need tests.`n" | Out-Null
        $text = (Get-Menu $Folder).FixPrompt([ParallelExec.AchievementId]::Parse('1.1'))
        $text | Should -Match 'First part\.'
        $text | Should -Match 'Second part\.'
        $text | Should -Match 'EXECUTION_TASK_PARALLEL-EXECUTION-AUTOMATION_11_01\.md'
        $text | Should -Match 'EXECUTION_TASK_PARALLEL-EXECUTION-AUTOMATION_11_02\.md'
        $text | Should -Match 'Write execution/feedbacks/FIX_11_RESOLUTION\.md'
        # The file it asks for is the one the status rules read: with it, 1.1 is no longer failed.
        New-TestFile "$leaf/execution/feedbacks/FIX_11_RESOLUTION.md" "# Resolution`n`nTests added.`n" | Out-Null
        (Get-AchievementStatus $Folder -Id 1.1 -WarningAction SilentlyContinue).Status | Should -Not -Be 'failed'
    }

    It 'takes a level or ids for options 1 and 2' {
        $m = Get-Menu $Folder
        $m.Batch($m.Find('1'), '').PromptName | Should -Be 'subplans-level-1'
        $m.Batch($m.Find('1'), '2').PromptName | Should -Be 'subplans-level-2'
        $r = $m.Batch($m.Find('1'), '1.2, 2.1')
        $r.PromptName | Should -Be 'subplans-1.2-2.1'
        $r.Message | Should -Match 'SUBPLAN prompt for 1\.2, 2\.1'
        $m.Batch($m.Find('1'), '9').Message | Should -Match 'no level 9'
        $m.Batch($m.Find('1'), 'x.y').Message | Should -Match 'neither a level nor an achievement id'
    }

    It 'shows a failure with what it blocks and the recovery options, each doing what it says' {
        New-SeedSubplan $Folder '1.1' @() | Out-Null
        New-TestFile "$(Split-Path $Folder -Leaf)/execution/EXECUTION_TASK_PARALLEL-EXECUTION-AUTOMATION_11_01.md" "# EXECUTION_TASK`n`n**Achievement**: 1.1`n**Status**: Complete`n`nBuilt the prompt.`n" | Out-Null
        New-TestFile "$(Split-Path $Folder -Leaf)/execution/feedbacks/FIX_11.md" "# FIX`n`n- The prompt misses the schema.`n" | Out-Null
        $m = Get-Menu $Folder
        $section = $m.Failures()
        $section[0].Kind | Should -Be 'Error'
        $section[-1].Kind | Should -Be 'Help'
        $f = @($section | Where-Object Kind -eq 'Failure')
        "$($f[0])" | Should -Match '^  Achievement 1\.1 failed during execution'
        "$($f[1])" | Should -Be '    It blocks: 1.2, 1.3, 2.1, 2.2, 2.3, 3.1, 3.2, 3.3' # transitively: everything downstream of 1.1
        ($m.Header() | Where-Object Text -like 'Level 1 *').Kind | Should -Be 'LevelFailed'
        $m.Find('r').Action | Should -Be 'Refresh' # r refreshes by hand; the failure's retry is f
        $fix = $m.Run($m.Find('f'))
        $fix.PromptName | Should -Be 'fix-1.1'
        $fix.PromptText | Should -Match 'The prompt misses the schema'
        $fix.PromptText | Should -Match 'Built the prompt'
        $m.Run($m.Find('c')).Message | Should -Match '1\.1 stays failed'
        $m.Skip([ParallelExec.AchievementId]::Parse('1.1'), 'x', [datetime]::UtcNow).Message | Should -Match 'To undo the skip, delete that file'
        Remove-Item (Join-Path $Folder 'execution/feedbacks/SKIPPED_11.md')
        $m.Skip([ParallelExec.AchievementId]::Parse('1.1'), 'Not needed.', [datetime]::UtcNow).Message | Should -Match 'SKIPPED_11\.md'
        $after = Get-Menu $Folder
        $after.Failures() | Should -BeNullOrEmpty
        $after.Find('f') | Should -BeNullOrEmpty
        $after.Header().Text | Should -Contain 'Level 1 (0/3 complete) - 1 skipped; ready: 1.2' # a skip is not a completion
    }

    It 'views the graph, validates parallel.json, makes the discovery prompt and has help' {
        $m = Get-Menu $Folder
        $m.Run($m.Find('4')).Message | Should -Match '(?m)^○ 1\.1 Parallel Discovery Prompt Created'
        $m.Run($m.Find('5')).Message | Should -Not -BeNullOrEmpty
        $m.Run($m.Find('6')).PromptName | Should -Be 'discovery'
        $m.Run($m.Find('h')).Message | Should -Match 'clipboard'
        $m.Run($m.Find('q')).Exit | Should -BeTrue
    }

    It 'gives its screen as lines with kinds, in the order Show-ParallelMenu prints them' {
        $feedbacks = Join-Path $Folder 'execution/feedbacks'
        $null = New-Item -ItemType Directory -Force $feedbacks
        foreach ($n in '11', '12', '13') { Set-Content (Join-Path $feedbacks "SKIPPED_$n.md") 'Not needed.' }
        Set-Content (Join-Path $feedbacks 'FIX_21.md') '# FIX'
        $m = Get-Menu $Folder
        $screen = $m.Screen()
        ($screen.Kind -join ',') | Should -Match '^Blank,Title,Plan,(Level\w*,)+Blank,Error,(Failure,)+Help,Blank,((Disabled)?Option,)+Blank,Prompt$'
        "$($screen[1])" | Should -Be '=== PARALLEL EXECUTION MENU ==='
        $screen[-1].Text | Should -Be 'Choose an option: '
        ($screen | Where-Object Text -like 'Level 1 *').Kind | Should -Be 'LevelDone'
        ($screen | Where-Object Text -like 'Level 2 *').Kind | Should -Be 'LevelFailed'
        ($screen | Where-Object Text -like 'Level 3 *').Kind | Should -Be 'Level'
        ($screen | Where-Object Text -like 'Level *').Indent | Select-Object -Unique | Should -Be 2
        $options = @($screen | Where-Object { $_.Kind -in 'Option', 'DisabledOption' })
        $options.Count | Should -Be $m.Options.Count
        for ($i = 0; $i -lt $options.Count; $i++) {
            "$($options[$i])" | Should -Be "  $($m.Options[$i])"
            $options[$i].Option | Should -Be $m.Options[$i]
            $options[$i].Kind | Should -Be $(if ($m.Options[$i].Enabled) { 'Option' } else { 'DisabledOption' })
        }
        @($options | Where-Object Kind -eq 'DisabledOption').Count | Should -BeGreaterThan 0
    }

    It 'exports parallel.json when the plan has none' {
        Remove-Item (Join-Path $Folder 'parallel.json')
        $m = Get-Menu $Folder
        $m.Find('5').Enabled | Should -BeFalse
        $m.Run($m.Find('7')).Message | Should -Match 'Wrote .*parallel\.json'
        Test-Path (Join-Path $Folder 'parallel.json') | Should -BeTrue
    }
}

Describe 'ParallelMenu and blocked levels' {
    It 'never offers SUBPLANs for a level whose achievements are blocked, directly or through others' {
        $text = "# PLAN: Blocked`n`n**Achievement 1.1**: A`n- **Dependencies**: None`n`n**Achievement 2.1**: B`n- **Dependencies**: 1.1`n`n**Achievement 3.1**: C`n- **Dependencies**: 2.1`n"
        $root = Split-Path (New-TestFile 'blocked-menu/PLAN_BLOCKED.md' $text)
        New-TestFile 'blocked-menu/subplans/SUBPLAN_BLOCKED_11.md' "# SUBPLAN`n`n**Achievement**: 1.1`n**Status**: Done`n`nWork.`n" | Out-Null
        New-TestFile 'blocked-menu/execution/EXECUTION_TASK_BLOCKED_11_01.md' "# EXECUTION_TASK`n`n**Achievement**: 1.1`n**Status**: Complete`n" | Out-Null
        New-TestFile 'blocked-menu/execution/feedbacks/FIX_11.md' "# FIX`n`n- Redo it.`n" | Out-Null
        $s = Get-AchievementStatus $root
        ($s | ForEach-Object { "$($_.Id)=$($_.Readiness)" }) -join ' ' | Should -Be '1.1=Blocked 2.1=Blocked 3.1=Blocked'
        "$(($s | Where-Object Id -eq '3.1').BlockedBy)" | Should -Be '1.1' # the root failure, through 2.1
        $m = Get-Menu $root
        $one = $m.Find('1')
        $one.Enabled | Should -BeFalse
        $one.Label | Should -Be 'Create SUBPLANs for the next level'
        # Skipping the failure unblocks the levels after it: the next level needing SUBPLANs is offered again.
        New-TestFile 'blocked-menu/execution/feedbacks/SKIPPED_11.md' "# SKIPPED`n" | Out-Null
        (Get-Menu $root).Find('1').Label | Should -Be 'Create SUBPLANs for level 2'
    }
}

Describe 'ParallelMenu with a broken plan' {
    It 'still opens on a cycle, shows it with its fix and disables the batch options' {
        $path = New-TestFile 'cycle/PLAN_CYCLE.md' "# PLAN: Cycle`n`n**Achievement 1.1**: A (1h)`n- **Dependencies**: 1.2`n`n**Achievement 1.2**: B (1h)`n- **Dependencies**: 1.1`n"
        $m = (New-CoreObject 'ParallelExec.Menu.ParallelMenu' @((Get-ParallelPlan -Path $path -WarningAction SilentlyContinue -ErrorAction SilentlyContinue)[0].Plan))
        $m.Problems().Text -join "`n" | Should -Match 'CircularDependency.*Fix:'
        $m.Problems()[0].Kind | Should -Be 'Warning'
        $m.Problems()[0].Code.Name | Should -Be 'CircularDependency'
        foreach ($k in '1', '2', '3', '7') { $m.Find($k).DisabledReason | Should -Match 'circular dependency' }
        $m.Run($m.Find('1')).Message | Should -Match 'disabled'
        $m.Find('4').Enabled | Should -BeTrue
    }

    It 'still opens on an invalid parallel.json and shows the error with its fix' {
        $plan = Split-Path (New-TestFile 'badjson/PLAN_BAD.md' "# PLAN: Bad`n`n**Achievement 1.1**: A (1h)`n- **Dependencies**: None`n")
        New-TestFile 'badjson/parallel.json' '{ "levels": [ ' | Out-Null
        $m = (New-CoreObject 'ParallelExec.Menu.ParallelMenu' @((Get-ParallelPlan -Path $plan -WarningAction SilentlyContinue)[0].Plan))
        $m.Problems().Text -join "`n" | Should -Match 'parallel\.json.*the PLAN was read without it'
        $m.Problems().Kind | Select-Object -Unique | Should -Be 'Warning'
        $m.Find('5').Enabled | Should -BeTrue
        $m.Run($m.Find('5')).Message | Should -Match 'Error'
        $m.Find('7').Enabled | Should -BeFalse
    }
}

Describe 'Show-ParallelMenu' {
    It 'refuses a non-interactive host with MenuRequiresInteractiveHost instead of hanging' {
        $plan = Split-Path (New-TestFile 'ni/PLAN_NI.md' "# PLAN: Ni`n`n**Achievement 1.1**: A (1h)`n- **Dependencies**: None`n")
        $out = Invoke-FreshPwsh "Import-Module '$RepoRoot/ParallelExec.psd1'; try { Show-ParallelMenu -Path '$plan' } catch { `$_.FullyQualifiedErrorId }" 2>&1
        ($out -join "`n") | Should -Match 'MenuRequiresInteractiveHost'
    }

    It 'is walked through tmux, one screen after each key: SUBPLANs by level, EXECUTIONs by ids, a mistyped key, a file created meanwhile, the graph, exit' {
        if (-not (Get-Command tmux -ErrorAction SilentlyContinue)) { Set-ItResult -Skipped -Because 'tmux is not installed'; return }
        $folder = New-MenuSeed 'tmux-walk'
        if (-not $folder) { Set-ItResult -Skipped -Because 'the seed plan is absent'; return }
        $session = Start-MenuSession $folder
        try {
            $shot = Wait-Screen $session 'Choose an option:'
            Save-Capture 1-menu $shot
            Assert-OneMenu $shot
            $shot | Should -Match 'Level 1 \(0/3 complete\)'
            $shot | Should -Match '1\. Create SUBPLANs for level 1'

            & tmux send-keys -t $session 'z'
            $shot = Wait-Screen $session "'z' is not an option\."
            Save-Capture 2-mistyped $shot
            Assert-OneMenu $shot

            & tmux send-keys -t $session 'r'
            $shot = Wait-Screen $session "Read the plan's files again\."
            Save-Capture 2-refreshed $shot
            Assert-OneMenu $shot
            $shot | Should -Not -Match "'z' is not an option"

            & tmux send-keys -t $session '1'
            $shot = Wait-Screen $session 'Level \(Enter for level 1\), or achievement ids'
            & tmux send-keys -t $session Enter
            $shot = Wait-Screen $session 'Press any key to return'
            Save-Capture 3-subplans $shot
            $shot | Should -Match 'SUBPLAN prompt for level 1'
            $shot | Should -Not -Match 'Choose an option:'

            & tmux send-keys -t $session 'Space'
            $shot = Wait-Screen $session 'Choose an option:'
            Assert-OneMenu $shot
            # Files written while the menu waits for a key: the screen follows them by itself.
            foreach ($id in '1.1', '1.2', '1.3') { New-SeedSubplan $folder $id @() | Out-Null }
            $shot = Wait-Screen $session 'files changed'
            Save-Capture 4-files-changed $shot
            Assert-OneMenu $shot
            $shot | Should -Match '2\. Create EXECUTIONs for level 1'
            $shot | Should -Not -Match '1\. Create SUBPLANs for level 1'

            & tmux send-keys -t $session '2'
            Wait-Screen $session 'Level \(Enter for level 1\), or achievement ids' | Out-Null
            & tmux send-keys -t $session '1.1' Enter
            $shot = Wait-Screen $session 'Press any key to return'
            Save-Capture 5-executions $shot
            $shot | Should -Match 'EXECUTION prompt for 1\.1\.'

            & tmux send-keys -t $session 'Space'
            Assert-OneMenu (Wait-Screen $session 'Choose an option:')
            & tmux send-keys -t $session '4'
            $shot = Wait-Screen $session 'Press any key to return'
            Save-Capture 6-graph $shot
            $shot | Should -Match '└── ◐ 1\.2 parallel\.json Schema Implemented'

            # 5, 6 and h: each a screen of its own, then the menu again
            foreach ($step in @(@{ Key = '5'; Shows = 'parallel\.json is valid: no findings|\[[A-Za-z]+\] ' }, @{ Key = '6'; Shows = 'Discovery prompt for parallel\.json' }, @{ Key = 'h'; Shows = '1 and 2 make one prompt for a whole level' })) {
                & tmux send-keys -t $session 'Space'
                Assert-OneMenu (Wait-Screen $session 'Choose an option:')
                & tmux send-keys -t $session $step.Key
                $shot = Wait-Screen $session 'Press any key to return'
                Save-Capture "6-option-$($step.Key)" $shot
                $shot | Should -Match $step.Shows
                $shot | Should -Not -Match 'Choose an option:'
            }

            & tmux send-keys -t $session 'Space'
            Assert-OneMenu (Wait-Screen $session 'Choose an option:')
            & tmux send-keys -t $session 'q'
            $shot = Wait-Screen $session 'Bye\.'
            Save-Capture 7-exit $shot
            # Back on the normal screen: no menu left on it, and none in its scrollback.
            $shot | Should -Not -Match 'Choose an option:'
            Get-Pane $session | Should -Not -Match 'PARALLEL EXECUTION MENU'
        }
        finally {
            & tmux kill-session -t $session 2>$null
        }
    }

    It 'leaves cleanly on Ctrl+C: the screen restored, no error' {
        if (-not (Get-Command tmux -ErrorAction SilentlyContinue)) { Set-ItResult -Skipped -Because 'tmux is not installed'; return }
        $folder = New-MenuSeed 'tmux-ctrlc'
        if (-not $folder) { Set-ItResult -Skipped -Because 'the seed plan is absent'; return }
        # A stopped pipeline emits no output, even from a finally block: the marker is written to the console directly.
        $script = Join-Path $TestDrive 'menu-ctrlc.ps1'
        Set-Content $script @(
            "Import-Module '$RepoRoot/ParallelExec.psd1'"
            "[Console]::WriteLine('BEFORE-MENU')"
            "try { Show-ParallelMenu -Path '$folder' -WarningAction SilentlyContinue } finally { [Console]::WriteLine('AFTER-MENU'); [Threading.Thread]::Sleep(20000) }"
        )
        $session = Start-MenuSession -Script $script
        try {
            Assert-OneMenu (Wait-Screen $session 'Choose an option:')
            & tmux send-keys -t $session C-c
            $shot = Wait-Screen $session 'AFTER-MENU'
            Save-Capture ctrl-c $shot
            $shot | Should -Match 'BEFORE-MENU'
            $shot | Should -Not -Match 'Choose an option:|Exception|at line'
            Get-Pane $session | Should -Not -Match 'PARALLEL EXECUTION MENU'
        }
        finally {
            & tmux kill-session -t $session 2>$null
        }
    }
    It 'colours its screen and its graph like Show-ParallelGraph, and not at all under NO_COLOR or $PSStyle.OutputRendering PlainText' -ForEach @(
        @{ Setting = ''; Coloured = $true }
        @{ Setting = '$env:NO_COLOR = ''1'''; Coloured = $false }
        @{ Setting = '$PSStyle.OutputRendering = ''PlainText'''; Coloured = $false }
    ) {
        if (-not (Get-Command tmux -ErrorAction SilentlyContinue)) { Set-ItResult -Skipped -Because 'tmux is not installed'; return }
        $folder = New-MenuSeed ('tmux-colour-' + [guid]::NewGuid().ToString('N').Substring(0, 6))
        if (-not $folder) { Set-ItResult -Skipped -Because 'the seed plan is absent'; return }
        $script = Join-Path $TestDrive ('menu-colour-' + [guid]::NewGuid().ToString('N').Substring(0, 6) + '.ps1')
        Set-Content $script @(
            "Import-Module '$RepoRoot/ParallelExec.psd1'"
            $Setting
            "Show-ParallelMenu -Path '$folder' -WarningAction SilentlyContinue"
            "Show-ParallelGraph -Path '$folder' -WarningAction SilentlyContinue | Out-Host"
            "[Console]::WriteLine('GRAPH-DONE'); [Threading.Thread]::Sleep(20000)"
        )
        $session = Start-MenuSession -Script $script
        try {
            Wait-Screen $session 'Choose an option:' | Out-Null
            $menu = (& tmux capture-pane -p -e -J -t $session) -join "`n"
            & tmux send-keys -t $session '4'
            Wait-Screen $session 'Press any key to return' | Out-Null
            $inMenu = (& tmux capture-pane -p -e -J -t $session) -join "`n"
            & tmux send-keys -t $session 'Space'
            Wait-Screen $session 'Choose an option:' | Out-Null
            & tmux send-keys -t $session 'q'
            Wait-Screen $session 'GRAPH-DONE' | Out-Null
            $outside = (& tmux capture-pane -p -e -J -t $session) -join "`n"
            Save-Capture "colour-$Coloured-$($Setting.Length)" ($menu + "`n----`n" + $inMenu + "`n----`n" + $outside)
            $esc = [regex]::Escape([string][char]27) + '\[[0-9;]*3[0-9]m'
            # (compared as booleans: an ESC in a failure message breaks Pester's XML report)
            if ($Coloured) {
                ($menu -match $esc) | Should -BeTrue -Because 'the menu colours its lines'
                # the tree's lines (an id and a title with its estimate), as the menu's graph screen shows them
                $tree = @($inMenu -split "`n" | Where-Object { $_ -match '\d\.\d \S.*\(\d' })
                $tree.Count | Should -BeGreaterThan 5
                @($tree | Where-Object { $_ -match $esc }).Count | Should -BeGreaterThan 0 -Because 'the graph in the menu is coloured'
                # (tmux writes resets where the previous line's colour ends: compared without them)
                $reset = [regex]::Escape([string][char]27) + '\[(0|39|49)?m'
                $outsideLines = @($outside -split "`n" | ForEach-Object { ($_ -replace $reset, '').TrimEnd() })
                foreach ($line in $tree | ForEach-Object { ($_ -replace $reset, '').TrimEnd() }) {
                    ($outsideLines -ccontains $line) | Should -BeTrue -Because "the graph inside the menu is coloured as Show-ParallelGraph colours it: $($line -replace [string][char]27, '<ESC>')"
                }
            }
            else {
                (($menu + $inMenu + $outside) -match $esc) | Should -BeFalse -Because 'no colour is asked for'
                ($inMenu -match '1\.2 parallel\.json Schema Implemented') | Should -BeTrue
            }
        }
        finally {
            & tmux kill-session -t $session 2>$null
        }
    }

    It 'ends with the plan''s own error (a ParallelExecException) when the plan can no longer be read after an action' {
        if (-not (Get-Command tmux -ErrorAction SilentlyContinue)) { Set-ItResult -Skipped -Because 'tmux is not installed'; return }
        $folder = New-MenuSeed 'tmux-reload'
        if (-not $folder) { Set-ItResult -Skipped -Because 'the seed plan is absent'; return }
        $script = Join-Path $TestDrive 'menu-reload.ps1'
        Set-Content $script @(
            "Import-Module '$RepoRoot/ParallelExec.psd1'"
            "try { Show-ParallelMenu -Path '$folder' -WarningAction SilentlyContinue }"
            'catch [ParallelExec.ParallelExecException] { "Caught $($_.FullyQualifiedErrorId) ($($_.Exception.GetType().FullName)): $($_.Exception.Message)" }'
        )
        $session = Start-MenuSession -Script $script
        try {
            Wait-Screen $session 'Choose an option:' | Out-Null
            & tmux send-keys -t $session 'h'
            Wait-Screen $session 'Press any key to return' | Out-Null
            # While the help is shown, the PLAN becomes unreadable (a binary file): the reload after the key fails.
            [IO.File]::WriteAllBytes((Join-Path $folder 'PLAN_PARALLEL-EXECUTION-AUTOMATION.md'), [byte[]](0x23, 0x20, 0x00, 0x0a))
            & tmux send-keys -t $session 'Space'
            $pane = Wait-Pane $session 'Caught ' 1
            Save-Capture reload-error (Get-Screen $session)
            $pane | Should -Match 'Caught PlanFileBinary,ParallelExec\.Commands\.ShowParallelMenuCommand \(ParallelExec\.ParallelExecException\): .*binary file'
            $pane | Should -Not -Match 'Choose an option:' # the normal screen is back
        }
        finally {
            & tmux kill-session -t $session 2>$null
        }
    }

    It 'is walked through tmux: a ready achievement''s prompt (3), and a failed one retried (f) and skipped (s)' {
        if (-not (Get-Command tmux -ErrorAction SilentlyContinue)) { Set-ItResult -Skipped -Because 'tmux is not installed'; return }
        $folder = New-MenuSeed 'tmux-failed'
        if (-not $folder) { Set-ItResult -Skipped -Because 'the seed plan is absent'; return }
        # 1.1 has its SUBPLAN (ready for its EXECUTION prompt); 1.2's review asked for fixes (failed).
        New-SeedSubplan $folder '1.1' @() | Out-Null
        $null = New-Item -ItemType Directory -Force (Join-Path $folder 'execution/feedbacks')
        Set-Content (Join-Path $folder 'execution/feedbacks/FIX_12.md') '# FIX: Achievement 1.2'
        $session = Start-MenuSession $folder
        try {
            $shot = Wait-Screen $session 'Choose an option:'
            Save-Capture failed-menu $shot
            Assert-OneMenu $shot
            $shot | Should -Match 'f\. Retry 1\.2: its fix prompt'
            $shot | Should -Match 's\. Skip 1\.2 \(Skip-Achievement\)'
            $shot | Should -Match 'c\. Continue with the rest \(leave 1\.2 failed\)'

            & tmux send-keys -t $session '3'
            Wait-Screen $session 'Achievement id \(Enter to go back\):' | Out-Null
            & tmux send-keys -t $session '1.1' Enter
            $shot = Wait-Screen $session 'Press any key to return'
            $shot | Should -Match 'EXECUTION prompt for 1\.1\.'
            $shot | Should -Not -Match 'for 1\.1 \(1\.1\)'

            & tmux send-keys -t $session 'Space'
            Assert-OneMenu (Wait-Screen $session 'Choose an option:')
            & tmux send-keys -t $session 'f'
            $shot = Wait-Screen $session 'Press any key to return'
            $shot | Should -Match 'Fix prompt for 1\.2'
            $fix = Get-ChildItem (Join-Path $folder '.parallel/prompts') -Filter 'fix-1.2.md' -ErrorAction SilentlyContinue
            if ($fix) { Get-Content -Raw $fix.FullName | Should -Match 'execution/feedbacks/FIX_12_RESOLUTION\.md' }

            & tmux send-keys -t $session 'Space'
            Assert-OneMenu (Wait-Screen $session 'Choose an option:')
            & tmux send-keys -t $session 'c'
            $shot = Wait-Screen $session 'Press any key to return'
            $shot | Should -Match '1\.2 stays failed; achievements that do not depend on it go on'

            & tmux send-keys -t $session 'Space'
            Assert-OneMenu (Wait-Screen $session 'Choose an option:')
            & tmux send-keys -t $session 's'
            Wait-Screen $session 'Why is 1\.2 skipped\?' | Out-Null
            & tmux send-keys -t $session 'done by hand' Enter
            Wait-Screen $session 'Skip 1\.2\? .*deleting that file undoes it\. \[y/N\]' | Out-Null
            & tmux send-keys -t $session 'n' Enter
            Wait-Screen $session 'Not skipped: 1\.2 stays failed\.' | Out-Null
            Test-Path (Join-Path $folder 'execution/feedbacks/SKIPPED_12.md') | Should -BeFalse

            & tmux send-keys -t $session 'Space'
            Assert-OneMenu (Wait-Screen $session 'Choose an option:')
            & tmux send-keys -t $session 's'
            Wait-Screen $session 'Why is 1\.2 skipped\?' | Out-Null
            & tmux send-keys -t $session 'done by hand' Enter
            Wait-Screen $session '\[y/N\]' | Out-Null
            & tmux send-keys -t $session 'y' Enter
            $shot = Wait-Screen $session 'Press any key to return'
            $shot | Should -Match 'To undo the skip, delete that file'
            Test-Path (Join-Path $folder 'execution/feedbacks/SKIPPED_12.md') | Should -BeTrue
            Get-Content -Raw (Join-Path $folder 'execution/feedbacks/SKIPPED_12.md') | Should -Match 'done by hand'

            & tmux send-keys -t $session 'Space'
            $shot = Wait-Screen $session 'Choose an option:'
            Save-Capture after-skip $shot
            Assert-OneMenu $shot
            # 1.2 is skipped: not counted as complete, and no recovery options.
            $shot | Should -Match 'Level 1 \(0/3 complete\) - 1 skipped'
            $shot | Should -Not -Match 'Retry 1\.2'
            & tmux send-keys -t $session 'q'
            Wait-Screen $session 'Bye\.' | Out-Null
        }
        finally {
            & tmux kill-session -t $session 2>$null
        }
    }
}
