BeforeAll {
    . $PSScriptRoot/TestHelpers.ps1

    # What ConvertTo-Json writes for an object whose ids or enum-like values are not plain: an id as its parts, a
    # status as { Value }, an enum as its number.
    $script:Enums = 'Status|Readiness|Severity|Kind|Result|State|Action|Provenance|Target|Assumption'
    function Assert-PlainJson([object[]] $Objects, [string] $What) {
        $Objects.Count | Should -BeGreaterThan 0 -Because "$What emits something to check"
        $json = $Objects | ConvertTo-Json -Depth 5 -WarningAction SilentlyContinue
        $json | Should -Not -Match '"(Major|Minor|Value)"\s*:' -Because "$What writes ids and statuses as plain text"
        $json | Should -Not -Match ('"(' + $Enums + ')"\s*:\s*-?\d') -Because "$What writes enum-like values by name"
        $json | Should -Not -Match '"(Id|From|To)"\s*:\s*\{' -Because "$What writes ids as strings"
        $json | Should -Not -Match '"Ticks"\s*:' -Because "$What writes durations as seconds, not as TimeSpan objects"
        $json
    }
}

Describe 'ConvertTo-Json of every output type gives plain values (docs/reference/objects.md)' {
    BeforeAll {
        $script:Root = Join-Path $TestDrive 'json'
        $script:Plan = New-TestFile 'json/PLAN_DEMO.md' $DemoPlan
        New-TestFile 'json/execution/feedbacks/APPROVED_11.md' 'ok' | Out-Null
    }

    It 'Get-ParallelPlan: achievements, their edges and their plan' {
        $a = Get-ParallelPlan $Plan
        $json = Assert-PlainJson $a 'Get-ParallelPlan'
        $one = ($a | Where-Object Id -eq 1.2 | ConvertTo-Json -Depth 2 -WarningAction SilentlyContinue | ConvertFrom-Json)
        $one.Id | Should -Be '1.2'
        $one.Status | Should -Be 'not_started'
        $one.Dependencies | Should -Be @('1.1')
        $one.DependencyEdges[0].To | Should -Be '1.1'
        $one.DependencyEdges[0].Provenance | Should -Match '^Declared'
        $one.EstimatedHours.Min | Should -Be 1
        $first = ($a | Where-Object Id -eq 1.1 | ConvertTo-Json -Depth 2 -WarningAction SilentlyContinue | ConvertFrom-Json)
        $first.EstimatedHours.Min | Should -Be 2
        $first.EstimatedHours.Max | Should -Be 3
        $first.Status | Should -Be 'complete'
        $json | Should -Match '"Assumption"\s*:\s*"Sequential"'
    }

    It 'Get-AchievementStatus: "Id": "1.1", "Status": "complete", "Readiness": "Done"' {
        $s = Get-AchievementStatus $Plan
        $null = Assert-PlainJson $s 'Get-AchievementStatus'
        $one = Get-AchievementStatus $Plan -Id 1.1 | ConvertTo-Json -Depth 1 -WarningAction SilentlyContinue
        $one | Should -Match '"Id"\s*:\s*"1\.1"'
        $one | Should -Match '"Status"\s*:\s*"complete"'
        $one | Should -Match '"Readiness"\s*:\s*"Done"'
        (Get-AchievementStatus $Plan -Id 1.2 | ConvertTo-Json -Depth 1 -WarningAction SilentlyContinue) | Should -Match '"Readiness"\s*:\s*"Ready"'
    }

    It 'Get-ParallelProgress and Measure-ParallelPlan' {
        $p = Get-ParallelProgress $Plan
        $json = Assert-PlainJson $p 'Get-ParallelProgress'
        $json | Should -Match '"ReadyIds"\s*:\s*\[\s*"1\.2"'
        $m = Measure-ParallelPlan $Plan -WarningAction SilentlyContinue
        $json = Assert-PlainJson $m 'Measure-ParallelPlan'
        $json | Should -Match '"CriticalPath"\s*:\s*\[\s*"\d+\.\d+"'
        ($m | ConvertTo-Json -Depth 3 | ConvertFrom-Json).SequentialHours.Max | Should -BeGreaterThan 0
    }

    It 'Invoke-ParallelPlan: run results and the -WhatIf schedule' {
        $r = Invoke-ParallelPlan $Plan -ScriptBlock { } -WarningAction SilentlyContinue
        $json = Assert-PlainJson $r 'Invoke-ParallelPlan'
        $json | Should -Match '"Result"\s*:\s*"(Succeeded|AlreadyComplete)"'
        $ran = @($json | ConvertFrom-Json | Where-Object Result -eq 'Succeeded')[0]
        $ran.DurationSeconds | Should -BeOfType [double]
        $ran.Duration | Should -Match '^\d\d:\d\d:\d\d\.\d{3}$'
        $plan2 = New-TestFile 'json-whatif/PLAN_DEMO.md' $DemoPlan
        $w = Invoke-ParallelPlan $plan2 -ScriptBlock { } -WhatIf -WarningAction SilentlyContinue 6>$null
        $json = Assert-PlainJson $w 'Invoke-ParallelPlan -WhatIf'
        $json | Should -Match '"State"\s*:\s*"[A-Z][a-z]+'
    }

    It 'the prompt cmdlets and Undo-ParallelBatch' {
        $plan3 = New-TestFile 'json-prompts/PLAN_DEMO.md' $DemoPlan
        $json = Assert-PlainJson @(New-ParallelDiscoveryPrompt $plan3 -WarningAction SilentlyContinue) 'New-ParallelDiscoveryPrompt'
        $json | Should -Match '"Kind"\s*:\s*"Discovery"'
        $sub = @(New-BatchSubplanPrompt $plan3 -Scaffold -Confirm:$false -WarningAction SilentlyContinue)
        $json = Assert-PlainJson $sub 'New-BatchSubplanPrompt'
        $json | Should -Match '"Kind"\s*:\s*"Subplan"'
        $undo = @(Undo-ParallelBatch $plan3 -Confirm:$false -WarningAction SilentlyContinue)
        $json = Assert-PlainJson $undo 'Undo-ParallelBatch'
        $json | Should -Match '"Action"\s*:\s*"Removed"'
    }

    It 'Test-ParallelJson -Detailed: "Severity": "Error"' {
        $file = New-TestFile 'json-registry/parallel.json' '{"plan_name":"DEMO","levels":[{"level":1,"achievements":[{"id":"1.1","title":"A","dependencies":["9.9"]}]}]}'
        $records = @(Test-ParallelJson -LiteralPath $file -Detailed -ErrorAction SilentlyContinue -WarningAction SilentlyContinue)
        $json = Assert-PlainJson $records 'Test-ParallelJson'
        $json | Should -Match '"Severity"\s*:\s*"Error"'
    }

    It 'Export-ParallelWorkflow' {
        $plan4 = Split-Path (New-TestFile 'json-workflow/plan/PLAN_DEMO.md' $DemoPlan)
        $repo = Split-Path $plan4
        $null = git -C $repo init -q 2>&1
        $null = git -C $repo -c user.name=t -c user.email=t@t add -A 2>&1
        $null = git -C $repo -c user.name=t -c user.email=t@t commit -qm plan 2>&1
        $out = Join-Path $TestDrive 'json-workflow/wf.yml'
        $e = @(Export-ParallelWorkflow -LiteralPath $plan4 -Target GitHubActions -Run 'echo {Id}' -OutFile $out -WarningAction SilentlyContinue)
        $json = Assert-PlainJson $e 'Export-ParallelWorkflow'
        $json | Should -Match '"Target"\s*:\s*"GitHubActions"'
        $json | Should -Match '"Jobs"\s*:\s*\[\s*"1\.1"'
    }
}
