BeforeAll { . $PSScriptRoot/TestHelpers.ps1 }

Describe 'Get-ParallelPlan' {
    BeforeAll {
        $script:Demo = New-TestFile 'demo/PLAN_DEMO.md' $DemoPlan
    }

    Context 'achievement objects' {
        It 'emits ParallelExec.Achievement objects in numeric id order' {
            $a = Get-ParallelPlan -Path $Demo
            $a[0].PSObject.TypeNames[0] | Should -Be 'ParallelExec.Achievement'
            ($a.Id | ForEach-Object ToString) -join ' ' | Should -Be '1.1 1.2 1.10 2.1 10.1'
        }

        It 'ids are plain strings; the objects sort numerically by themselves, Sort-Object Id sorts the text' {
            $a = Get-ParallelPlan -Path $Demo
            ($a | Where-Object Id -eq '1.10').Title | Should -Be 'Tenth Thing'
            ($a | Where-Object { $_.Id -eq '1.1' }).Title | Should -Be 'First Thing'
            '1.2' -eq $a[1].Id | Should -BeTrue
            $a[0].Id | Should -BeOfType [string]
            (($a | Sort-Object -Descending).Id) -join ' ' | Should -Be '10.1 2.1 1.10 1.2 1.1'
            (($a | Sort-Object Id).Id) -join ' ' | Should -Be '1.1 1.10 1.2 10.1 2.1'
            (($a | Sort-Object { [ParallelExec.AchievementId]$_.Id }).Id) -join ' ' | Should -Be '1.1 1.2 1.10 2.1 10.1'
            [ParallelExec.AchievementId]$a[0].Id -lt [ParallelExec.AchievementId]$a[2].Id | Should -BeTrue
            [ParallelExec.AchievementId]'1.10' -gt [ParallelExec.AchievementId]'1.9' | Should -BeTrue
        }

        It 'carries the properties the issue names' {
            $a = Get-ParallelPlan -Path $Demo | Where-Object Id -eq '1.1'
            foreach ($p in 'PlanName', 'Id', 'Title', 'Priority', 'Level', 'Wave', 'EstimatedHours', 'Dependencies', 'Blocks', 'Dependents',
                'DependencyEdges', 'Goal', 'Deliverables', 'Section', 'PlanPath', 'Plan', 'Status') {
                $a.PSObject.Properties.Name | Should -Contain $p
            }
            $a.PlanName | Should -Be 'DEMO'
            $a.EstimatedHours.Min | Should -Be 2
            $a.EstimatedHours.Max | Should -Be 3
            $a.Goal | Should -Be 'Do the first thing'
            $a.Priority | Should -Be 1
            $a.PlanPath | Should -Be $Demo
            $a.Plan.Name | Should -Be 'DEMO'
            $a.Status | Should -Be 'not_started'
            $a.Status -eq 'not_started' | Should -BeTrue
            ($a.Dependents | ForEach-Object ToString) -join ',' | Should -Be '1.2'
            ($a.Blocks | ForEach-Object ToString) | Should -Be '1.2'
        }

        It 'has a null estimate where the plan gives none' {
            (Get-ParallelPlan -Path $Demo | Where-Object Id -eq '2.1').EstimatedHours | Should -BeNullOrEmpty
        }

        It 'levels by the longest dependency path and supports Where Level' {
            $a = Get-ParallelPlan -Path $Demo
            ($a | ForEach-Object { "$($_.Id)=$($_.Wave)" }) -join ' ' | Should -Be '1.1=1 1.2=2 1.10=1 2.1=3 10.1=4'
            (Get-ParallelPlan -Path $Demo | Where-Object Level -eq 1).Id.Count | Should -Be 2
        }

        It 'shows edge provenance' {
            $e = (Get-ParallelPlan -Path $Demo | Where-Object Id -eq '1.2').DependencyEdges
            $e.Count | Should -Be 1
            "$($e.Provenance)" | Should -Be 'Declared, Blocks'
        }
    }

    Context 'where it reads from' {
        It 'reads a plan folder, a PLAN file and a parallel.json alike' {
            $byFolder = Get-ParallelPlan -Path (Split-Path $Demo)
            $byFile = Get-ParallelPlan -Path $Demo
            New-TestFile 'demo/parallel.json' '{ "plan": "DEMO", "version": "1.0.0", "levels": [ { "level": 1, "achievements": [ { "id": "1.1", "title": "First Thing", "dependencies": [] } ] } ] }'
            try {
                $byRegistry = Get-ParallelPlan -Path (Join-Path (Split-Path $Demo) 'parallel.json') -WarningAction SilentlyContinue
                $byRegistry.Count | Should -Be 5
                ($byRegistry | Where-Object Id -eq '1.1').Plan.RegistryPath | Should -Match 'parallel\.json$'
            }
            finally { Remove-Item (Join-Path (Split-Path $Demo) 'parallel.json') }
            $byFolder.Count | Should -Be 5
            $byFile.Count | Should -Be 5
        }

        It 'reads the current folder when no path is given, whatever the current folder' {
            Push-Location (Split-Path $Demo)
            try { (Get-ParallelPlan).Count | Should -Be 5 }
            finally { Pop-Location }
        }

        It 'expands wildcards and takes Get-ChildItem output from the pipeline' {
            New-TestFile 'many/PLAN_A.md' "**Achievement 1.1**: A`n- Dependencies: None`n"
            New-TestFile 'many/PLAN_B.md' "**Achievement 1.1**: B`n- Dependencies: None`n**Achievement 1.2**: C`n- Dependencies: 1.1`n"
            (Get-ParallelPlan -Path (Join-Path $TestDrive 'many/PLAN_*.md')).Count | Should -Be 3
            (Get-ChildItem (Join-Path $TestDrive 'many') -Filter 'PLAN_*.md' | Get-ParallelPlan).Count | Should -Be 3
            (Get-ChildItem (Join-Path $TestDrive 'many') -Filter 'PLAN_*.md' | Get-ParallelPlan | Group-Object PlanName).Name -join ',' | Should -Be 'A,B'
        }

        It 'takes -LiteralPath with wildcard characters in the name' {
            $odd = New-TestFile 'odd[1]/PLAN_ODD.md' "**Achievement 1.1**: Odd`n- Dependencies: None`n"
            (Get-ParallelPlan -LiteralPath $odd).Title | Should -Be 'Odd'
        }

        It 'reads every plan of a workspace with -Recurse, in both layouts' {
            New-TestFile 'ws/work-space/plans/ONE/PLAN_ONE.md' "**Achievement 1.1**: One`n- Dependencies: None`n"
            New-TestFile 'ws/documentation/archive/two/planning/PLAN_TWO.md' "**Achievement 1.1**: Two`n- Dependencies: None`n"
            $a = Get-ParallelPlan -Path (Join-Path $TestDrive 'ws') -Recurse
            ($a.PlanName | Sort-Object) -join ',' | Should -Be 'ONE,TWO'
            ($a | Where-Object PlanName -eq 'TWO').Plan.PlanRoot | Should -Be (Join-Path $TestDrive 'ws/documentation/archive/two')
        }

        It 'emits a plan once even when two paths lead to it' {
            (Get-ParallelPlan -Path $Demo, (Split-Path $Demo)).Count | Should -Be 5
        }
    }

    Context 'registry levels that contradict the dependencies' {
        It 'warns once per plan, naming the first conflict, and keeps the registry''s Level beside the computed Wave' {
            New-TestFile 'conflict/PLAN_C.md' "# PLAN: C`n`n**Achievement 1.1**: A (1h)`n`n**Achievement 1.2**: B (1h)`n`n**Achievement 1.3**: C (1h)`n" | Out-Null
            New-TestFile 'conflict/parallel.json' '{ "plan": "C", "version": "1.0.0", "levels": [ { "level": 1, "achievements": [ { "id": "1.1", "dependencies": [] }, { "id": "1.2", "dependencies": ["1.1"] }, { "id": "1.3", "dependencies": ["1.2"] } ] } ] }' | Out-Null
            $a = Get-ParallelPlan (Join-Path $TestDrive 'conflict') -WarningVariable w -WarningAction SilentlyContinue
            @($w).Count | Should -Be 1
            "$($w[0])" | Should -BeLike '`[RegistryLevelConflict`] C: parallel.json puts 2 achievements in the level of, or before, one it depends on (1.2 in level 1 depends on 1.1 in level 1)*'
            ($a | ForEach-Object { "$($_.Id)=$($_.Level)/$($_.Wave)" }) -join ' ' | Should -Be '1.1=1/1 1.2=1/2 1.3=1/3'
        }
        It 'is not repeated by Export-ParallelJson and ConvertTo-ParallelJson, which recompute the levels' {
            $folder = Join-Path $TestDrive 'conflict'
            $null = ConvertTo-ParallelJson $folder -WarningVariable w1
            Export-ParallelJson $folder -Force -WarningVariable w2
            @($w1) + @($w2) | Where-Object { "$_" -like '*RegistryLevelConflict*' } | Should -BeNullOrEmpty
            $null = Get-ParallelPlan $folder -WarningVariable w3
            $w3 | Should -BeNullOrEmpty
        }
        It 'reports an unknown id under a registry''s blocks as UnknownBlock, and under its dependencies as UnknownDependency' {
            New-TestFile 'unknown/PLAN_U.md' "# PLAN: U`n`n**Achievement 1.1**: A (1h)`n`n**Achievement 1.2**: B (1h)`n" | Out-Null
            New-TestFile 'unknown/parallel.json' '{ "plan": "U", "version": "1.0.0", "levels": [ { "level": 1, "achievements": [ { "id": "1.1", "dependencies": [], "blocks": ["1.2", "7.7"] } ] }, { "level": 2, "achievements": [ { "id": "1.2", "dependencies": ["1.1", "8.8"] } ] } ] }' | Out-Null
            $null = Get-ParallelPlan (Join-Path $TestDrive 'unknown') -WarningVariable w -WarningAction SilentlyContinue
            ($w | Where-Object { "$_" -like '*7.7*' }) | Should -BeLike '`[UnknownBlock`]*'
            ($w | Where-Object { "$_" -like '*8.8*' }) | Should -BeLike '`[UnknownDependency`]*'
        }
        It 'says nothing when every dependency is in an earlier level' {
            $null = Get-ParallelPlan (Join-Path $RepoRoot 'examples/one-priority') -WarningVariable w
            $w | Should -BeNullOrEmpty
        }
    }

    Context 'assumed dependencies' {
        BeforeAll {
            $script:Undeclared = New-TestFile 'undeclared/PLAN_U.md' "**Achievement 1.1**: A`n**Achievement 1.2**: B`n**Achievement 2.1**: C`n**Achievement 2.2**: D`n"
        }

        It 'assumes a sequence by default and says so once, with the count' {
            $a = Get-ParallelPlan -Path $Undeclared -WarningVariable w -WarningAction SilentlyContinue
            ($a | ForEach-Object { "$($_.Id)=$($_.Wave)" }) -join ' ' | Should -Be '1.1=1 1.2=2 2.1=3 2.2=4'
            $w.Count | Should -Be 1
            "$w" | Should -Match 'DependenciesAssumed'
            "$w" | Should -Match '3 edges were assumed \(Sequential\)'
            $a[1].DependencyEdges[0].Provenance | Should -Be 'Inferred'
            $a[1].HasAssumedDependencies | Should -BeTrue
        }

        It 'assumes priority tiers with -Assume PriorityTier' {
            $a = Get-ParallelPlan -Path $Undeclared -Assume PriorityTier -WarningVariable w -WarningAction SilentlyContinue
            ($a | ForEach-Object { "$($_.Id)=$($_.Wave)" }) -join ' ' | Should -Be '1.1=1 1.2=1 2.1=2 2.2=2'
            "$w" | Should -Match '4 edges were assumed \(PriorityTier\)'
        }

        It 'assumes nothing with -Assume Independent, and still says so' {
            $a = Get-ParallelPlan -Path $Undeclared -Assume Independent -WarningVariable w -WarningAction SilentlyContinue
            ($a.Wave | Sort-Object -Unique) | Should -Be 1
            "$w" | Should -Match 'treated as independent'
        }

        It 'completes the -Assume values' {
            $r = TabExpansion2 -inputScript 'Get-ParallelPlan -Assume Pri' -cursorColumn 'Get-ParallelPlan -Assume Pri'.Length
            $r.CompletionMatches.CompletionText | Should -Contain 'PriorityTier'
        }
    }

    Context 'cycles' {
        It 'still emits every achievement, gives the cycle a null Wave and names the cycle in an error' {
            $cyclic = New-TestFile 'cycle/PLAN_C.md' "**Achievement 2.1**: A`n- Dependencies: 2.3`n**Achievement 2.2**: B`n- Dependencies: 2.1`n**Achievement 2.3**: C`n- Dependencies: 2.2`n**Achievement 3.1**: D`n- Dependencies: None`n"
            $a = Get-ParallelPlan -Path $cyclic -ErrorVariable e -ErrorAction SilentlyContinue
            $a.Count | Should -Be 4
            @($a | Where-Object { $null -eq $_.Wave }).Count | Should -Be 3
            ($a | Where-Object Id -eq '3.1').Wave | Should -Be 1
            $e.Count | Should -Be 1
            $e[0].FullyQualifiedErrorId | Should -BeLike 'CircularDependency*'
            $e[0].TargetObject | Should -Be '2.1 -> 2.3 -> 2.2 -> 2.1'
            $e[0].Exception.Message | Should -Match '2\.1 -> 2\.3 -> 2\.2 -> 2\.1'
            $e[0].ErrorDetails.RecommendedAction | Should -Match 'Remove one of these dependencies, most likely 2\.1 -> 2\.3'
        }
    }

    Context 'the default view' {
        It 'groups by plan and level and shows Id, Title, Estimate, Dependencies and Status' {
            $text = Get-ParallelPlan -Path $Demo | Out-String -Width 200
            $text | Should -Match 'Plan: DEMO\s+Level 1'
            $text | Should -Match 'Plan: DEMO\s+Level 4'
            $text | Should -Match 'Id\s+Title\s+Estimate\s+Dependencies\s+Status'
            $text | Should -Match '2\.1 Third Thing\s+1\.2, 1\.10\s+not_started'
        }

        It 'prints an id, a status or an estimate shown on its own as it reads, not as a table of its parts' {
            $a = Get-ParallelPlan -Path $Demo
            $lines = { param($v) @(($v | Out-String -Width 120) -split "`r?`n" | Where-Object { $_.Trim() }) }
            & $lines $a.Id | Should -Be @('1.1', '1.2', '1.10', '2.1', '10.1')
            & $lines ($a | Where-Object Id -eq '2.1').Dependencies | Should -Be @('1.2', '1.10')
            & $lines $a[0].Status | Should -Be @('not_started')
            & $lines $a[0].EstimatedHours | Should -Be @('2-3h')
        }

        It 'marks assumed dependencies with ~' {
            $u = New-TestFile 'mark/PLAN_M.md' "**Achievement 1.1**: A`n**Achievement 1.2**: B`n"
            Get-ParallelPlan -Path $u -WarningAction SilentlyContinue | Out-String | Should -Match '~1\.1'
        }
    }
}
