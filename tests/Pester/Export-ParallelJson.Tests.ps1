BeforeAll { . $PSScriptRoot/TestHelpers.ps1 }

Describe 'Export-ParallelJson and ConvertTo-ParallelJson' {
    BeforeEach {
        $script:Folder = Join-Path $TestDrive ([Guid]::NewGuid().ToString('N'))
        $null = New-Item -ItemType Directory -Path $Folder
        $script:Plan = Join-Path $Folder 'PLAN_DEMO.md'
        [IO.File]::WriteAllText($Plan, $DemoPlan)
        $script:Registry = Join-Path $Folder 'parallel.json'
    }

    It 'writes parallel.json beside the PLAN, in the schema form, and it validates clean' {
        Get-ParallelPlan $Plan | Export-ParallelJson
        Test-Path $Registry | Should -BeTrue
        (Test-ParallelJson $Registry -Detailed).Code | Should -Be 'Valid'
        $json = Get-Content -Raw $Registry | ConvertFrom-Json
        $json.plan | Should -Be 'DEMO'
        $json.levels.level | Should -Be @(1, 2, 3, 4)
        ($json.levels[0].achievements.id) | Should -Be @('1.1', '1.10')
        ($json.levels | ForEach-Object achievements | Where-Object id -eq '1.1').blocks | Should -Be @('1.2')
        ($json.levels | ForEach-Object achievements | Where-Object id -eq '1.1').estimated_hours | Should -Be '2-3 hours'
    }

    It 'reads back the same graph (round trip)' {
        $before = Get-ParallelPlan $Plan
        Export-ParallelJson -Path $Plan
        $after = Get-ParallelPlan $Plan
        ($after | ForEach-Object { "$($_.Id):$($_.Dependencies -join ',')" }) | Should -Be ($before | ForEach-Object { "$($_.Id):$($_.Dependencies -join ',')" })
        ($after | ForEach-Object Level) | Should -Be ($before | ForEach-Object Wave)
        $after[0].Plan.RegistryPath | Should -Be $Registry
        ($after.DependencyEdges.Provenance | Sort-Object -Unique) | Should -Be 'Registry'
    }

    It 'computes the strategy from the estimates' {
        # 1.1 (2-3h) and 1.10 (4h) start together; 1.2 (1h) after 1.1; 2.1 (none) after both; 10.1 (0.5h) last.
        $json = ConvertTo-ParallelJson -Path $Plan | ConvertFrom-Json
        $json.parallelization_strategy.total_sequential_time | Should -Be '7.5-8.5 hours'
        $json.parallelization_strategy.total_parallel_time | Should -Be '4.5 hours'
        $json.parallelization_strategy.time_saved | Should -Be '3-4 hours'
        $json.parallelization_strategy.reduction_percentage | Should -Be '40-47%'
    }

    It 'writes nothing with -WhatIf' {
        Export-ParallelJson -Path $Plan -WhatIf
        Test-Path $Registry | Should -BeFalse
        @(Get-ChildItem $Folder -Force).Name | Should -Be 'PLAN_DEMO.md'
    }

    It 'never overwrites without -Force, and replaces in one step with it' {
        Set-Content $Registry 'keep me'
        Export-ParallelJson -Path $Plan -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].FullyQualifiedErrorId | Should -BeLike 'RegistryExists*'
        $e[0].TargetObject | Should -Be $Registry
        Get-Content $Registry | Should -Be 'keep me'
        Export-ParallelJson -Path $Plan -Force -PassThru | ForEach-Object FullName | Should -Be $Registry
        (Test-ParallelJson $Registry) | Should -BeTrue
        @(Get-ChildItem $Folder -Force -Filter '*.tmp') | Should -BeNullOrEmpty
    }

    It 'writes to -OutFile, and refuses -OutFile for several plans' {
        $out = Join-Path $Folder 'other.json'
        Export-ParallelJson -Path $Plan -OutFile $out
        Test-Path $out | Should -BeTrue
        Test-Path $Registry | Should -BeFalse
        $second = Join-Path $TestDrive 'second'; $null = New-Item -ItemType Directory -Force $second
        Copy-Item $Plan (Join-Path $second 'PLAN_TWO.md')
        { Get-ParallelPlan $Plan, $second | Export-ParallelJson -OutFile (Join-Path $Folder 'both.json') -ErrorAction Stop } | Should -Throw -ErrorId 'OutFileForManyPlans*'
    }

    It 'exports every plan piped in, each beside its own PLAN' {
        $second = Join-Path $TestDrive ('two-' + [Guid]::NewGuid().ToString('N')); $null = New-Item -ItemType Directory $second
        Copy-Item $Plan (Join-Path $second 'PLAN_TWO.md')
        Get-ParallelPlan $Plan, $second | Where-Object Level -eq 1 | Export-ParallelJson
        Test-Path $Registry | Should -BeTrue
        Test-Path (Join-Path $second 'parallel.json') | Should -BeTrue
        ((Get-Content -Raw (Join-Path $second 'parallel.json') | ConvertFrom-Json).levels.achievements.id).Count | Should -Be 5
    }

    It 'refuses a plan with a cycle and writes nothing' {
        [IO.File]::WriteAllText($Plan, "**Achievement 1.1**: A`n- Dependencies: 1.2`n**Achievement 1.2**: B`n- Dependencies: 1.1`n")
        Export-ParallelJson -Path $Plan -ErrorVariable e -ErrorAction SilentlyContinue
        ($e | Where-Object { $_.FullyQualifiedErrorId -like 'CircularDependency*' }).Count | Should -BeGreaterOrEqual 1
        Test-Path $Registry | Should -BeFalse
    }

    It 'converts the older flat form to the schema form' {
        Set-Content $Registry '{ "plan_name": "DEMO", "achievements": [ { "achievement_id": "1.1", "dependencies": [] }, { "achievement_id": "1.2", "dependencies": ["1.1"] }, { "achievement_id": "1.10", "dependencies": [] }, { "achievement_id": "2.1", "dependencies": ["1.10"] }, { "achievement_id": "10.1", "dependencies": ["1.1"] } ] }'
        (Test-ParallelJson $Registry -Detailed).Code | Should -Contain 'LegacyFormat'
        Export-ParallelJson -Path $Registry -Force
        $r = Test-ParallelJson $Registry -Detailed
        $r.Code | Should -Not -Contain 'LegacyFormat'
        $r.Severity | Should -Not -Contain 'Error'
        (Get-ParallelPlan $Plan | Where-Object Id -eq '2.1').Dependencies | ForEach-Object ToString | Should -Be '1.10'
    }

    It 'ConvertTo-ParallelJson returns the text and writes nothing' {
        $text = Get-ParallelPlan $Plan | ConvertTo-ParallelJson
        $text | Should -BeOfType [string]
        ($text | ConvertFrom-Json).plan | Should -Be 'DEMO'
        Test-Path $Registry | Should -BeFalse
    }

    It 'reports a read-only folder clearly and leaves no partial file' {
        if ((id -u) -eq 0) { Set-ItResult -Skipped -Because 'root can write to a read-only folder'; return }
        chmod 555 $Folder
        try {
            Export-ParallelJson -Path $Plan -ErrorVariable e -ErrorAction SilentlyContinue
            $e[0].FullyQualifiedErrorId | Should -BeLike 'RegistryWriteFailed*'
            @(Get-ChildItem $Folder -Force).Name | Should -Be 'PLAN_DEMO.md'
        }
        finally { chmod 755 $Folder }
    }
}
