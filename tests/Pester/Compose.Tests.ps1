BeforeAll {
    . $PSScriptRoot/TestHelpers.ps1
    function New-ComposePlan([string] $Name) {
        $plan = Split-Path (New-TestFile "$Name/PLAN_DEMO.md" $DemoPlan)
        New-TestFile "$Name/execution/feedbacks/APPROVED_11.md" 'ok' | Out-Null
        $plan
    }
}

Describe 'Objects that name an achievement bind to the cmdlets that take achievements' {
    It 'pipes ready statuses into New-BatchSubplanPrompt (only those achievements)' {
        $plan = New-ComposePlan 'status-prompt'
        $ready = Get-AchievementStatus $plan | Where-Object Readiness -eq Ready
        ($ready.Id | ForEach-Object ToString) | Should -Be @('1.2', '1.10')
        $prompt = $ready | New-BatchSubplanPrompt
        ($prompt.Achievements.Id | ForEach-Object ToString) | Should -Be @('1.2', '1.10')
    }

    It 'takes statuses of one plan from two commands as one plan' {
        $plan = New-ComposePlan 'two-commands'
        $both = @(Get-AchievementStatus $plan -Id 1.2) + @(Get-AchievementStatus $plan -Id 1.10)
        $prompts = @($both | New-BatchSubplanPrompt)
        $prompts.Count | Should -Be 1
        ($prompts[0].Achievements.Id | ForEach-Object ToString) | Should -Be @('1.2', '1.10')
    }

    It 'pipes statuses into Show-ParallelGraph' {
        $plan = New-ComposePlan 'graph'
        $text = Get-AchievementStatus $plan | Show-ParallelGraph -NoColor
        $text | Should -Match '10\.1'
    }

    It 'skips the piped achievements with Skip-Achievement (no -Id needed), and -WhatIf writes nothing' {
        $plan = New-ComposePlan 'skip'
        Get-AchievementStatus $plan -Id 1.10 | Skip-Achievement -Reason 'Not needed.' -WhatIf
        Join-Path $plan 'execution/feedbacks/SKIPPED_110.md' | Should -Not -Exist
        $file = Get-AchievementStatus $plan -Id 1.10 | Skip-Achievement -Reason 'Not needed.'
        $file.FullName | Should -Be (Join-Path $plan 'execution/feedbacks/SKIPPED_110.md')
        (Get-AchievementStatus $plan -Id 1.10).Status | Should -Be 'skipped'
    }

    It 'binds any object with PlanPath and Id by property name (a run result, a [pscustomobject])' {
        $plan = New-ComposePlan 'by-name'
        $planFile = Join-Path $plan 'PLAN_DEMO.md'
        $prompt = [pscustomobject]@{ PlanPath = $planFile; Id = '2.1' } | New-BatchSubplanPrompt
        ($prompt.Achievements.Id | ForEach-Object ToString) | Should -Be @('2.1')
        $result = Invoke-ParallelPlan -Path $plan -Id 1.2 -ScriptBlock { } -WarningAction SilentlyContinue
        $result.PlanPath | Should -Be $planFile
        (($result | Get-AchievementStatus).Id | ForEach-Object ToString) | Should -Be @('1.2')
    }

    It 'binds a validation record by its registry path and achievement id' {
        $plan = New-ComposePlan 'record'
        Set-Content (Join-Path $plan 'PLAN_DEMO.md') "# PLAN: Demo`n`n**Achievement 1.1**: First Thing (1h)`n- **Dependencies**: None`n`n**Achievement 1.2**: Second Thing (1h)`n- **Dependencies**: 1.1`n"
        # the registry leaves out the PLAN's 1.1 -> 1.2 edge: PlanDrift, with the achievement's id
        Set-Content (Join-Path $plan 'parallel.json') ('{"plan_name":"DEMO","levels":[{"level":1,"achievements":[' +
            '{"id":"1.1","title":"First Thing","dependencies":[]},{"id":"1.2","title":"Second Thing","dependencies":[]}]}]}')
        $record = Test-ParallelJson (Join-Path $plan 'parallel.json') -Detailed | Where-Object Code -eq PlanDrift
        $record.Id | Should -Be '1.2'
        (($record | Get-AchievementStatus).Id | ForEach-Object ToString) | Should -Be @('1.2')
    }

    It 'says which plan lacks the id an object names' {
        $plan = New-ComposePlan 'missing'
        $err = $null
        [pscustomobject]@{ PlanPath = (Join-Path $plan 'PLAN_DEMO.md'); Id = '7.7' } |
            New-BatchSubplanPrompt -ErrorVariable err -ErrorAction SilentlyContinue
        "$err" | Should -Match 'has no achievement 7\.7'
    }
}

Describe 'Filters users reach for, with completion' {
    BeforeAll {
        $script:FilterPlan = New-ComposePlan 'filters'
        function Complete([string] $Line) {
            (TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches.CompletionText
        }
    }

    It 'Get-ParallelPlan -Level, -Id (wildcards) and -Status narrow the achievements' {
        (Get-ParallelPlan $FilterPlan -Level 1 | ForEach-Object { "$($_.Id)" }) | Should -Be @('1.1', '1.10')
        (Get-ParallelPlan $FilterPlan -Id '1.*' | ForEach-Object { "$($_.Id)" }) | Should -Be @('1.1', '1.2', '1.10')
        (Get-ParallelPlan $FilterPlan -Status complete | ForEach-Object { "$($_.Id)" }) | Should -Be @('1.1')
        (Get-ParallelPlan $FilterPlan -Level 2 -Status not_started | ForEach-Object { "$($_.Id)" }) | Should -Be @('1.2')
    }

    It 'Get-ParallelPlan -Id reports an id no plan has, and not one another filter left out' {
        $err = $null
        $null = Get-ParallelPlan $FilterPlan -Id 9.9 -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -BeLike 'AchievementNotFound*'
        $null = Get-ParallelPlan $FilterPlan -Id 1.2 -Level 1 -ErrorVariable err -ErrorAction SilentlyContinue
        $err | Should -BeNullOrEmpty
    }

    It 'Get-AchievementStatus -Level, -Status and -Readiness narrow the statuses' {
        (Get-AchievementStatus $FilterPlan -Level 1 | ForEach-Object { "$($_.Id)" }) | Should -Be @('1.1', '1.10')
        (Get-AchievementStatus $FilterPlan -Status not_started -Readiness Waiting | ForEach-Object { "$($_.Id)" }) | Should -Be @('2.1', '10.1')
        (Get-ParallelProgress $FilterPlan -Level 1).Total | Should -Be 2
    }

    It '-Status accepts exactly the statuses of the model, and Tab completes them' {
        $set = (Get-Command Get-ParallelPlan).Parameters['Status'].Attributes |
            Where-Object { $_ -is [System.Management.Automation.ValidateSetAttribute] }
        $set.ValidValues | Should -Be ([ParallelExec.AchievementStatus]::All.Value)
        (Get-Command Get-AchievementStatus).Parameters['Status'].Attributes.ValidValues | Should -Be ([ParallelExec.AchievementStatus]::All.Value)
        Complete "Get-AchievementStatus '$FilterPlan' -Status sk" | Should -Be 'skipped'
    }

    It 'completes -Level and -Id of Get-ParallelPlan from the plan of -Path' {
        Complete "Get-ParallelPlan '$FilterPlan' -Level " | Should -Be @('1', '2', '3', '4')
        Complete "Get-ParallelPlan '$FilterPlan' -Id 1." | Should -Be @('1.1', '1.2', '1.10')
        Complete "Get-AchievementStatus '$FilterPlan' -Level " | Should -Be @('1', '2', '3', '4')
    }

    It 'completes Undo-ParallelBatch -Id with the recorded batches, newest first' {
        $plan = New-ComposePlan 'batches'
        $null = New-BatchSubplanPrompt $plan -Id 1.2 -Scaffold -Confirm:$false
        $null = New-BatchSubplanPrompt $plan -Id 1.10 -Scaffold -Confirm:$false
        $ids = @((Get-ChildItem (Join-Path $plan '.parallel/batches') -Filter *.json | Sort-Object Name).BaseName)
        $ids.Count | Should -Be 2
        Complete "Undo-ParallelBatch '$plan' -Id " | Should -Be @($ids[1], $ids[0])
        Complete "Undo-ParallelBatch '$plan' -Id $($ids[0])" | Should -Be $ids[0]
    }
}

Describe 'Help shows what the cmdlets really take' {
    It 'SYNTAX shows [-WhatIf] [-Confirm] on every cmdlet that supports them, and Get-Help -Parameter WhatIf answers' {
        $writers = Get-Command -Module ParallelExec -CommandType Cmdlet | Where-Object { $_.Parameters.ContainsKey('WhatIf') }
        $writers.Count | Should -BeGreaterThan 4
        foreach ($c in $writers) {
            $syntax = (Get-Help $c.Name).syntax | Out-String -Width 400
            $syntax | Should -Match '\[-WhatIf\] \[-Confirm\]' -Because "$($c.Name) supports ShouldProcess"
            (Get-Help $c.Name -Parameter WhatIf).name | Should -Be 'WhatIf'
            (Get-Help $c.Name -Parameter Confirm).description.Text | Should -Not -BeNullOrEmpty
        }
        (Get-Help Get-ParallelPlan).syntax | Out-String -Width 400 | Should -Not -Match 'WhatIf'
    }

    It 'gives the real defaults (-ThrottleLimit 4, -MaxAttempts 1, -Assume Sequential)' {
        (Get-Help Invoke-ParallelPlan -Parameter ThrottleLimit).defaultValue | Should -Be '4'
        (Get-Help Invoke-ParallelPlan -Parameter MaxAttempts).defaultValue | Should -Be '1'
        (Get-Help Get-ParallelPlan -Parameter Assume).defaultValue | Should -Be 'Sequential'
        (Get-Help Get-ParallelPlan -Parameter Path).defaultValue | Should -Be 'None'
    }

    It 'files returned are the provider''s files (PSPath), as Get-Item gives them' {
        $plan = New-ComposePlan 'files'
        $json = Export-ParallelJson $plan -PassThru -WarningAction SilentlyContinue
        $json | Should -BeOfType [IO.FileInfo]
        $json.PSPath | Should -Be (Get-Item $json.FullName).PSPath
        $json.PSIsContainer | Should -BeFalse
        $skip = Skip-Achievement $plan -Id 1.10 -Reason 'x'
        $skip.PSChildName | Should -Be 'SKIPPED_110.md'
        $skip | Remove-Item
        Join-Path $plan 'execution/feedbacks/SKIPPED_110.md' | Should -Not -Exist
    }
}

Describe '-Verbose says what was read and decided' {
    It 'names the PLAN, the registry (or its absence), the assumed edges, each status''s files and what filters left out' {
        $plan = New-ComposePlan 'verbose'
        New-TestFile 'verbose/subplans/SUBPLAN_DEMO_11.md' "# SUBPLAN`n" | Out-Null
        $lines = @(Get-AchievementStatus $plan -Level 1 -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message)
        $lines | Should -Contain "DEMO: read $(Join-Path $plan 'PLAN_DEMO.md') (5 achievements, 4 levels, plan root $plan)."
        $lines | Should -Contain "DEMO: no parallel.json used; levels computed from the PLAN's dependencies."
        $lines | Should -Contain 'DEMO 1.1: complete (approved (APPROVED_11.md)), Done: decided by APPROVED_11.md; files mapped to it: SUBPLAN_DEMO_11.md, APPROVED_11.md.'
        $lines | Should -Contain 'DEMO: 3 of 5 achievements left out by -Id/-Level/-Status/-Readiness.'
        $lines | Where-Object { $_ -like 'DEMO 1.2:*' } | Should -BeNullOrEmpty
    }

    It 'Get-ParallelPlan and the plan-input cmdlets name the assumptions they applied' {
        $plan = Split-Path (New-TestFile 'assumed/PLAN_A.md' "# PLAN: A`n`n**Achievement 1.1**: One`n`n**Achievement 1.2**: Two`n")
        $lines = @(Get-ParallelPlan $plan -Verbose 4>&1 -WarningAction SilentlyContinue | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message)
        $lines | Should -Contain 'A: assumed (Sequential) 1 dependency the PLAN does not state: 1.2 <- 1.1.'
        $lines = @(Show-ParallelGraph $plan -NoColor -Verbose 4>&1 -WarningAction SilentlyContinue | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message)
        $lines | Should -Contain "A: read $(Join-Path $plan 'PLAN_A.md') (2 achievements, 2 levels, plan root $plan)."
    }

    It 'says nothing without -Verbose' {
        $plan = New-ComposePlan 'quiet'
        @(Get-AchievementStatus $plan 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Count | Should -Be 0
    }
}

Describe 'What a default view shows, Select-Object gives by the same name' {
    BeforeAll {
        [xml] $script:Formats = Get-Content (Join-Path $RepoRoot 'module/ParallelExec.format.ps1xml')
        $script:Model = [ParallelExec.AchievementId].Assembly
        function Get-ViewColumn($View) {
            if ($View.TableControl) {
                $heads = @($View.TableControl.TableHeaders.TableColumnHeader)
                $items = @($View.TableControl.TableRowEntries.TableRowEntry.TableColumnItems.TableColumnItem)
                for ($i = 0; $i -lt $items.Count; $i++) {
                    $label = if ($heads[$i].Label) { $heads[$i].Label } else { $items[$i].PropertyName }
                    [pscustomobject]@{ Label = $label; Property = $items[$i].PropertyName; Script = $items[$i].ScriptBlock }
                }
            }
            elseif ($View.ListControl) {
                foreach ($item in @($View.ListControl.ListEntries.ListEntry.ListItems.ListItem)) {
                    $label = if ($item.Label) { $item.Label } else { $item.PropertyName }
                    [pscustomobject]@{ Label = $label; Property = $item.PropertyName; Script = $item.ScriptBlock }
                }
            }
        }
    }

    It 'every column is a property of its type (the class''s, or the types file''s), and a column that is not the class''s shows that property' {
        $known = @('Start (h)', 'End (h)') # ScheduledAchievement's hour columns (StartHours/EndHours, blank when it would not run)
        foreach ($view in $Formats.Configuration.ViewDefinitions.View) {
            $typeName = $view.ViewSelectedBy.TypeName
            $type = $Model.GetType($typeName)
            if (-not $type) { continue }
            $extended = @((Get-TypeData $typeName).Members.Keys)
            foreach ($c in Get-ViewColumn $view) {
                if ($c.Label -in $known) { continue }
                $isClass = $null -ne $type.GetProperty($c.Label)
                ($isClass -or $c.Label -in $extended) | Should -BeTrue -Because "$($view.Name) shows a column $($c.Label)"
                if (-not $isClass -and $c.Property -ne $c.Label) {
                    # or the property cut to a width (the cell truncation of long values): $c = [string]$($_.<Label>) …
                    $c.Script | Should -Match ('^\$(c = \[string\]\$\(|t = @\()\$_\.' + [regex]::Escape($c.Label) + '\b') -Because "$($view.Name)'s $($c.Label) column shows the property of that name"
                }
            }
        }
    }

    It 'a prompt''s Characters and Files are what its table shows, and its Text comes last in Format-List *' {
        $plan = New-ComposePlan 'views'
        $prompt = New-BatchSubplanPrompt $plan -Id 1.2
        $row = ($prompt | Format-Table | Out-String -Width 200) -split "`n" | Where-Object { $_ -match '^Subplan' }
        $row | Should -Match "\b$($prompt.Files) +$($prompt.Characters)\s*$"
        $prompt.Characters | Should -Be $prompt.Text.Length
        $prompt.Files | Should -Be 1
        @($prompt.PSObject.Properties | Where-Object MemberType -ne 'AliasProperty')[-1].Name | Should -Be 'Text'
        $names = @(($prompt | Format-List * | Out-String -Width 200) -split "`n" | Where-Object { $_ -match '^(\w+)\s+:' } | ForEach-Object { $Matches[1] })
        $names[-1] | Should -Be 'Text'
    }

    It 'a measure''s Parallelism and Actual, a level''s Sequential, a plan''s Waves select as shown' {
        $plan = New-ComposePlan 'measure'
        $m = Measure-ParallelPlan $plan -WarningAction SilentlyContinue
        $m.Parallelism | Should -Be ('{0} at most, {1} waves' -f $m.MaxParallelism, $m.Waves)
        $m.Actual | Should -Be 'none recorded'
        ($m | Format-List | Out-String -Width 200) | Should -Match "Parallelism +: $([regex]::Escape($m.Parallelism))"
        $m.Levels[0].Sequential | Should -Be $m.Levels[0].SequentialHours
        (Get-ParallelPlan $plan -WarningAction SilentlyContinue)[0].Plan.Waves | Should -Be 4
    }
}

Describe 'A clone, before and after the build' {
    It 'Import-Module ./ParallelExec.psd1 in an unbuilt clone says to run ./build.ps1 first' {
        $clone = Join-Path $TestDrive 'clone'
        $null = New-Item -ItemType Directory -Force (Join-Path $clone 'tools')
        Copy-Item (Join-Path $RepoRoot 'ParallelExec.psd1') $clone
        Copy-Item (Join-Path $RepoRoot 'tools/Assert-ModuleBuilt.ps1') (Join-Path $clone 'tools')
        $out = Invoke-FreshPwsh "Import-Module '$clone/ParallelExec.psd1' -ErrorAction Continue 2>&1 | ForEach-Object { `"`$_`" }; 'loaded:' + [bool](Get-Module ParallelExec)" 2>&1
        ($out -join "`n") | Should -Match 'not built in this clone.*Run \./build\.ps1'
        $out[-1] | Should -Be 'loaded:False'
    }

    It 'the manifests and the README agree on the PowerShell version' {
        $dev = (Import-PowerShellDataFile (Join-Path $RepoRoot 'ParallelExec.psd1')).PowerShellVersion
        $module = (Import-PowerShellDataFile (Join-Path $RepoRoot 'module/ParallelExec.psd1')).PowerShellVersion
        $dev | Should -Be $module
        Get-Content -Raw (Join-Path $RepoRoot 'README.md') | Should -Match "PowerShell $([regex]::Escape($module))\+"
    }
}

Describe 'The test run''s log is quiet' {
    It 'the menu''s screen captures go to out/test-results/tmux, and build.ps1 sends the Pester output to a log' {
        $menuTests = Get-Content -Raw (Join-Path $RepoRoot 'tests/Pester/Show-ParallelMenu.Tests.ps1')
        $menuTests | Should -Not -Match '(?m)^[^#]*Write-Host'
        $menuTests | Should -Match "Join-Path \`$RepoRoot 'out/test-results/tmux'"
        $build = Get-Content -Raw (Join-Path $RepoRoot 'build.ps1')
        $build | Should -Match '-LogFile \$pesterLog'
        $build | Should -Match 'SkipReasons'
    }
}
