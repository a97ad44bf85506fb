BeforeAll { . $PSScriptRoot/TestHelpers.ps1 }

BeforeDiscovery {
    # A registry that is valid on its own; the broken ones below change one thing each.
    $script:Good = '{ "plan": "X", "version": "1.0.0", "levels": [ { "level": 1, "achievements": [ { "id": "1.1", "title": "A", "dependencies": [] } ] }, { "level": 2, "achievements": [ { "id": "1.2", "title": "B", "dependencies": ["1.1"] } ] } ] }'
    function One([string] $achievement) { '{ "plan": "X", "version": "1.0.0", "levels": [ { "level": 1, "achievements": [ ' + $achievement + ' ] } ] }' }
    function Chain([int] $n, [switch] $Cycle) {
        $sb = [Text.StringBuilder]::new('{ "plan": "X", "version": "1.0.0", "levels": [ { "level": 1, "achievements": [')
        for ($i = 0; $i -lt $n; $i++) {
            $id = '{0}.{1}' -f ([math]::Floor($i / 1000) + 1), ($i % 1000 + 1)
            $dep = if ($i -gt 0) { '"{0}.{1}"' -f ([math]::Floor(($i - 1) / 1000) + 1), (($i - 1) % 1000 + 1) } elseif ($Cycle) { '"{0}.{1}"' -f ([math]::Floor(($n - 1) / 1000) + 1), (($n - 1) % 1000 + 1) } else { '' }
            if ($i) { $null = $sb.Append(',') }
            $null = $sb.Append("{ `"id`": `"$id`", `"title`": `"T$i`", `"dependencies`": [$dep] }")
        }
        $sb.Append('] } ] }').ToString()
    }
    $script:Broken = @(
        @{ Name = 'truncated'; Text = '{ "plan": "X", "levels": ['; Code = 'InvalidJson' }
        @{ Name = 'empty file'; Text = ''; Code = 'InvalidJson' }
        @{ Name = 'only white space'; Text = "  `n`t  "; Code = 'InvalidJson' }
        @{ Name = 'a top-level string'; Text = '"hello"'; Code = 'SchemaViolation' }
        @{ Name = 'a top-level number'; Text = '42'; Code = 'SchemaViolation' }
        @{ Name = 'a top-level array'; Text = '[ 1, 2 ]'; Code = 'SchemaViolation' }
        @{ Name = 'a top-level null'; Text = 'null'; Code = 'SchemaViolation' }
        @{ Name = 'plan as a number'; Text = $Good -replace '"plan": "X"', '"plan": 7'; Code = 'SchemaViolation' }
        @{ Name = 'version as an object'; Text = $Good -replace '"version": "1.0.0"', '"version": { "major": 1 }'; Code = 'SchemaViolation' }
        @{ Name = 'levels as an object'; Text = '{ "plan": "X", "version": "1", "levels": { "level": 1 } }'; Code = 'SchemaViolation' }
        @{ Name = 'levels as a string'; Text = '{ "plan": "X", "version": "1", "levels": "1,2" }'; Code = 'SchemaViolation' }
        @{ Name = 'level number as a string'; Text = $Good -replace '"level": 1,', '"level": "1",'; Code = 'SchemaViolation' }
        @{ Name = 'level number as a fraction'; Text = $Good -replace '"level": 1,', '"level": 1.5,'; Code = 'SchemaViolation' }
        @{ Name = 'level number negative'; Text = $Good -replace '"level": 1,', '"level": -1,'; Code = 'SchemaViolation' }
        @{ Name = 'achievements as a string'; Text = '{ "plan": "X", "version": "1", "levels": [ { "level": 1, "achievements": "1.1" } ] }'; Code = 'SchemaViolation' }
        @{ Name = 'an achievement as a number'; Text = (One '11'); Code = 'SchemaViolation' }
        @{ Name = 'id as a number'; Text = (One '{ "id": 1.1, "title": "A" }'); Code = 'SchemaViolation' }
        @{ Name = 'id as an array'; Text = (One '{ "id": ["1.1"], "title": "A" }'); Code = 'SchemaViolation' }
        @{ Name = 'id as an object'; Text = (One '{ "id": { "major": 1 }, "title": "A" }'); Code = 'SchemaViolation' }
        @{ Name = 'id not an id'; Text = (One '{ "id": "one.one", "title": "A" }'); Code = 'SchemaViolation' }
        @{ Name = 'title missing'; Text = (One '{ "id": "1.1" }'); Code = 'SchemaViolation' }
        @{ Name = 'title as a number'; Text = (One '{ "id": "1.1", "title": 3 }'); Code = 'SchemaViolation' }
        @{ Name = 'status not in the enum'; Text = (One '{ "id": "1.1", "title": "A", "status": "done" }'); Code = 'SchemaViolation' }
        @{ Name = 'dependencies as a string'; Text = (One '{ "id": "1.1", "title": "A", "dependencies": "1.0" }'); Code = 'SchemaViolation' }
        @{ Name = 'a dependency given as an object'; Text = (One '{ "id": "1.1", "title": "A", "dependencies": [ { "id": "1.0" } ] }'); Code = 'SchemaViolation' }
        @{ Name = 'a dependency given as a number'; Text = (One '{ "id": "1.1", "title": "A", "dependencies": [ 1.0 ] }'); Code = 'SchemaViolation' }
        @{ Name = 'blocks as an object'; Text = (One '{ "id": "1.1", "title": "A", "blocks": { "1.2": true } }'); Code = 'SchemaViolation' }
        @{ Name = 'estimated_hours as an array'; Text = (One '{ "id": "1.1", "title": "A", "estimated_hours": [2, 3] }'); Code = 'SchemaViolation' }
        @{ Name = 'subplan_path as a number'; Text = (One '{ "id": "1.1", "title": "A", "subplan_path": 5 }'); Code = 'SchemaViolation' }
        @{ Name = 'execution_paths as a string'; Text = (One '{ "id": "1.1", "title": "A", "execution_paths": "x.md" }'); Code = 'SchemaViolation' }
        @{ Name = 'created not a date-time'; Text = $Good -replace '"version": "1.0.0",', '"version": "1.0.0", "created": "yesterday",'; Code = 'SchemaViolation' }
        @{ Name = 'actual_hours negative'; Text = (One '{ "id": "1.1", "title": "A", "actual_hours": -2 }'); Code = 'SchemaViolation' }
        @{ Name = 'duplicate keys'; Text = $Good -replace '"plan": "X",', '"plan": "X", "plan": "Y",'; Code = 'DuplicateKey' }
        @{ Name = 'a duplicate id'; Text = (One '{ "id": "1.1", "title": "A" }, { "id": "1.1", "title": "B" }'); Code = 'DuplicateId' }
        @{ Name = 'an unknown dependency'; Text = (One '{ "id": "1.1", "title": "A", "dependencies": ["9.9"] }'); Code = 'UnknownDependency' }
        @{ Name = 'an unknown block'; Text = (One '{ "id": "1.1", "title": "A", "blocks": ["9.9"] }'); Code = 'UnknownBlock' }
        @{ Name = 'a self dependency'; Text = (One '{ "id": "1.1", "title": "A", "dependencies": ["1.1"] }'); Code = 'SelfDependency' }
        @{ Name = 'a three-node cycle'; Text = '{ "plan": "X", "version": "1", "levels": [ { "level": 1, "achievements": [ { "id": "2.1", "title": "A", "dependencies": ["2.3"] }, { "id": "2.2", "title": "B", "dependencies": ["2.1"] } ] }, { "level": 2, "achievements": [ { "id": "2.3", "title": "C", "dependencies": ["2.2"] } ] } ] }'; Code = 'CircularDependency' }
        @{ Name = 'a 10,000-node cycle'; Text = (Chain 10000 -Cycle); Code = 'CircularDependency' }
        @{ Name = 'a 100,000-long chain in one level'; Text = (Chain 100000); Code = 'LevelContainsDependency' }
        @{ Name = 'a 5 MB string'; Text = (One ('{ "id": "1.1", "title": "' + ('x' * 5MB) + '", "status": 5 }')); Code = 'SchemaViolation' }
        @{ Name = 'nesting 1,000 deep (valid JSON, too deep to read)'; Text = ('[' * 1000) + (']' * 1000); Code = 'JsonTooDeep' }
        @{ Name = 'nesting 100 deep (valid JSON: not InvalidJson)'; Text = ('[' * 100) + (']' * 100); Code = 'SchemaViolation' }
        @{ Name = 'single quotes'; Text = "{ 'plan': 'X', 'version': '1', 'levels': [] }"; Code = 'InvalidJson' }
        @{ Name = 'a trailing comma'; Text = '{ "plan": "X", "version": "1", "levels": [], }'; Code = 'InvalidJson' }
        @{ Name = 'a comment'; Text = "{ `"plan`": `"X`", // the plan`n `"version`": `"1`", `"levels`": [] }"; Code = 'InvalidJson' }
        @{ Name = 'an unquoted key'; Text = '{ plan: "X", "version": "1", "levels": [] }'; Code = 'InvalidJson' }
        @{ Name = 'a hex number'; Text = '{ "plan": "X", "version": "1", "levels": [ { "level": 0x1, "achievements": [] } ] }'; Code = 'InvalidJson' }
        @{ Name = 'NaN'; Text = '{ "plan": "X", "version": "1", "levels": [ { "level": NaN, "achievements": [] } ] }'; Code = 'InvalidJson' }
        @{ Name = 'a raw tab inside a string'; Text = "{ `"plan`": `"X`tY`", `"version`": `"1`", `"levels`": [] }"; Code = 'InvalidJson' }
        @{ Name = 'a merge conflict inside'; Text = "{ `"plan`": `"X`",`n<<<<<<< HEAD`n `"version`": `"1`",`n=======`n `"version`": `"2`",`n>>>>>>> b`n `"levels`": [] }"; Code = 'InvalidJson' }
        @{ Name = 'a merge-conflict marker first'; Text = "<<<<<<< HEAD`n{ `"plan`": `"X`" }`n=======`n{}`n>>>>>>> b`n"; Code = 'RegistryNotJson' }
        @{ Name = 'a markdown heading'; Text = "# parallel.json`n"; Code = 'RegistryNotJson' }
        @{ Name = 'a huge level'; Text = '{ "plan": "X", "version": "1", "levels": [ { "level": 12345678901234567890, "achievements": [ { "id": "1.1", "title": "A" } ] } ] }'; Code = 'NumberOutOfRange' }
        @{ Name = 'a huge estimate'; Text = (One '{ "id": "1.1", "title": "A", "estimated_hours": 12345678901234567890 }'); Code = 'NumberOutOfRange' }
        @{ Name = 'an estimate past a double'; Text = (One '{ "id": "1.1", "title": "A", "estimated_hours": 1e400 }'); Code = 'NumberOutOfRange' }
        @{ Name = 'an id of Arabic-Indic digits'; Text = (One '{ "id": "١.١", "title": "A" }'); Code = 'SchemaViolation' }
        @{ Name = 'a NUL in the plan name'; Text = '{ "plan": "X\u0000Y", "version": "1", "levels": [] }'; Code = 'InvalidPlanName' }
        @{ Name = 'a flat entry without achievement_id'; Text = '{ "plan_name": "X", "achievements": [ { "achievement_id": "1.1", "dependencies": [] }, { "title": "B", "dependencies": [] } ] }'; Code = 'SchemaViolation' }
        @{ Name = 'a flat id "invalid"'; Text = '{ "plan_name": "X", "achievements": [ { "achievement_id": "invalid", "dependencies": [] } ] }'; Code = 'SchemaViolation' }
        @{ Name = 'a flat id of full-width digits'; Text = '{ "plan_name": "X", "achievements": [ { "achievement_id": "１.１", "dependencies": [] } ] }'; Code = 'SchemaViolation' }
        @{ Name = 'flat dependencies as a string'; Text = '{ "plan_name": "X", "achievements": [ { "achievement_id": "1.1", "dependencies": "1.0" } ] }'; Code = 'SchemaViolation' }
        @{ Name = 'a flat dependency "one"'; Text = '{ "plan_name": "X", "achievements": [ { "achievement_id": "1.1", "dependencies": ["one"] } ] }'; Code = 'SchemaViolation' }
        @{ Name = 'flat achievements as an object'; Text = '{ "plan_name": "X", "achievements": { "1.1": {} } }'; Code = 'SchemaViolation' }
        @{ Name = 'a flat status "completed"'; Text = '{ "plan_name": "X", "achievements": [ { "achievement_id": "1.1", "dependencies": [], "status": "completed" } ] }'; Code = 'SchemaViolation' }
        @{ Name = 'a flat entry without dependencies'; Text = '{ "plan_name": "X", "achievements": [ { "achievement_id": "1.1" } ] }'; Code = 'MissingDependencies' }
        @{ Name = 'a flat huge estimate'; Text = '{ "plan_name": "X", "achievements": [ { "achievement_id": "1.1", "dependencies": [], "estimated_hours": 12345678901234567890 } ] }'; Code = 'NumberOutOfRange' }
        @{ Name = 'text after the JSON'; Text = $Good + ' trailing'; Code = 'InvalidJson' }
        @{ Name = 'a level after its dependent'; Text = '{ "plan": "X", "version": "1", "levels": [ { "level": 1, "achievements": [ { "id": "1.2", "title": "B", "dependencies": ["1.1"] } ] }, { "level": 2, "achievements": [ { "id": "1.1", "title": "A" } ] } ] }'; Code = 'LevelOrder' }
        @{ Name = 'blocks not mirrored'; Text = '{ "plan": "X", "version": "1", "levels": [ { "level": 1, "achievements": [ { "id": "1.1", "title": "A", "blocks": ["1.2"] }, { "id": "1.2", "title": "B" } ] } ] }'; Code = 'BlocksMismatch' }
        @{ Name = 'a path outside the plan'; Text = (One '{ "id": "1.1", "title": "A", "subplan_path": "../../../etc/passwd" }'); Code = 'PathOutsidePlan' }
        @{ Name = 'an absolute path'; Text = (One '{ "id": "1.1", "title": "A", "execution_paths": ["/etc/passwd"] }'); Code = 'PathOutsidePlan' }
        @{ Name = 'a NUL in a path'; Text = (One '{ "id": "1.1", "title": "A", "subplan_path": "sub\u0000plan.md" }'); Code = 'PathOutsidePlan' }
        @{ Name = 'a missing file'; Text = (One '{ "id": "1.1", "title": "A", "subplan_path": "subplans/SUBPLAN_X_11.md" }'); Code = 'MissingFile' }
        @{ Name = 'the older flat form'; Text = '{ "plan_name": "X", "achievements": [ { "achievement_id": "1.1", "dependencies": [] }, { "achievement_id": "1.2", "dependencies": ["1.1"] } ] }'; Code = 'LegacyFormat' }
        @{ Name = 'the flat form with a cycle'; Text = '{ "plan_name": "X", "achievements": [ { "achievement_id": "1.1", "dependencies": ["1.2"] }, { "achievement_id": "1.2", "dependencies": ["1.1"] } ] }'; Code = 'CircularDependency' }
    )
    $script:FileErrors = @(
        @{ Name = 'a binary file'; Bytes = [byte[]](0x50, 0x4B, 3, 4, 0, 0, 0, 0); Code = 'RegistryFileBinary' }
        @{ Name = 'markdown, not JSON at all'; Bytes = [Text.Encoding]::UTF8.GetBytes("# PLAN`n**Achievement 1.1**: A`n"); Code = 'RegistryNotJson' }
        @{ Name = 'a merge-conflict marker'; Bytes = [Text.Encoding]::UTF8.GetBytes("<<<<<<< HEAD`n{}`n=======`n[]`n>>>>>>> other`n"); Code = 'RegistryNotJson' }
    )
}

Describe 'Test-ParallelJson' {
    Context 'the broken-registry corpus' {
        It '<Name> yields <Code> and never an unhandled exception' -ForEach $Broken {
            $file = Join-Path $TestDrive ("broken-" + ($Name -replace '[^\w]+', '-') + '.json')
            [IO.File]::WriteAllText($file, $Text)
            $records = $null; $e = $null
            { $script:records = @(Test-ParallelJson -LiteralPath $file -Detailed -ErrorVariable e -ErrorAction SilentlyContinue) } | Should -Not -Throw
            $e | Should -BeNullOrEmpty
            $script:records.Code | Should -Contain $Code
            (Test-ParallelJson -LiteralPath $file) | Should -Be (-not ($script:records.Severity -contains 'Error'))
        }

        It 'there are at least 40 broken registries' {
            $Broken.Count | Should -BeGreaterOrEqual 40
        }

        It '<Name> is $false (one Boolean, no ErrorRecord), and the next file is still checked' -ForEach $FileErrors {
            $file = Join-Path $TestDrive ("file-" + ($Name -replace '[^\w]+', '-') + '.json')
            [IO.File]::WriteAllBytes($file, $Bytes)
            $good = New-TestFile 'after/parallel.json' '{ "plan": "X", "version": "1", "levels": [] }'
            $out = @(Test-ParallelJson -LiteralPath $file, $good -ErrorVariable e -ErrorAction SilentlyContinue)
            $out | Should -Be @($false, $true)
            $out[0].Path | Should -Be $file
            $e | Should -BeNullOrEmpty
            $r = @(Test-ParallelJson -LiteralPath $file -Detailed)
            $r.Count | Should -Be 1
            $r[0].Code | Should -Be $Code
            $r[0].Severity | Should -Be 'Error'
            $r[0].Path | Should -Be $file
            $r[0].Diagnostic.Target | Should -Be $file
        }

        It 'a folder without parallel.json and a missing file are ErrorRecords' {
            $folder = Join-Path $TestDrive 'no-registry'
            $null = New-Item -ItemType Directory -Force $folder
            $null = Test-ParallelJson -LiteralPath $folder, (Join-Path $TestDrive 'nope.json') -ErrorVariable e -ErrorAction SilentlyContinue
            $e.Count | Should -Be 2
            $e[0].FullyQualifiedErrorId | Should -BeLike 'RegistryIsDirectory*'
            $e[1].FullyQualifiedErrorId | Should -BeLike 'RegistryFileNotFound*'
        }

        It 'a BOM and CRLF line ends are fine' {
            $file = Join-Path $TestDrive 'bom-crlf.json'
            [IO.File]::WriteAllBytes($file, [byte[]](0xEF, 0xBB, 0xBF) + [Text.Encoding]::UTF8.GetBytes(($Good -replace ', ', ",`r`n")))
            Test-ParallelJson -LiteralPath $file | Should -BeTrue
            (Test-ParallelJson -LiteralPath $file -Detailed).Code | Should -Be 'Valid'
        }
    }

    Context 'one verdict per file' {
        It 'writes exactly one [bool] per file, in order, each naming its file, whatever the files hold' {
            $files = @(
                New-TestFile 'verdicts/a/parallel.json' $Good
                New-TestFile 'verdicts/b/parallel.json' '{ "plan_name": "X", "achievements": [ { "achievement_id": "invalid", "dependencies": [] } ] }'
                New-TestFile 'verdicts/c/parallel.json' "<<<<<<< HEAD`n{}`n"
                New-TestFile 'verdicts/d/parallel.json' "# Heading`n"
                New-TestFile 'verdicts/e/parallel.json' '{ "plan_name": "X", "achievements": [ { "achievement_id": "1.1" } ] }'
            )
            $out = @(Test-ParallelJson -LiteralPath $files -ErrorVariable e -ErrorAction SilentlyContinue)
            $e | Should -BeNullOrEmpty
            $out.Count | Should -Be 5
            $out | Should -Be @($true, $false, $false, $false, $true)
            foreach ($v in $out) { $v -is [bool] | Should -BeTrue }
            $out.Path | Should -Be $files
            if ($out[1]) { throw 'a $false verdict must be false in an if' }
            (-not $out[1]) | Should -BeTrue
            # One file alone: a [bool], so the old idioms still read.
            Test-ParallelJson -LiteralPath $files[0] | Should -BeTrue
            (Test-ParallelJson -LiteralPath $files[0]).GetType() | Should -Be ([bool])
        }

        It 'gives every -Detailed record the Path of its file, and never a line 0' {
            $files = @(
                New-TestFile 'paths2/a/parallel.json' '{ "plan_name": "X", "achievements": [ { "title": "no id", "dependencies": [] }, { "achievement_id": "1.2", "dependencies": "1.1" } ] }'
                New-TestFile 'paths2/b/parallel.json' ''
                New-TestFile 'paths2/c/parallel.json' "`n`n# not json"
                New-TestFile 'paths2/d/parallel.json' $Good
            )
            $r = @(Test-ParallelJson -LiteralPath $files -Detailed)
            ($r.Path | Sort-Object -Unique) | Should -Be ($files | Sort-Object)
            ($r | Where-Object Path -eq $files[0]).Code | Should -Contain 'SchemaViolation'
            ($r | Where-Object Path -eq $files[2]).Line | Should -Be 3
            ($r | Where-Object Path -eq $files[3]).Code | Should -Be 'Valid'
            foreach ($x in $r) {
                $x.Line | Should -Not -Be 0
                $x.Message | Should -Not -Match '\bline 0\b'
                $x.ToString() | Should -Not -Match ':0:'
            }
        }

        It 'checks each flat entry like a schema entry: each broken one is an Error at its line' {
            $file = New-TestFile 'flatlines/parallel.json' "{ `"plan_name`": `"X`", `"achievements`": [`n  { `"achievement_id`": `"1.1`", `"dependencies`": [] },`n  { `"title`": `"no id`", `"dependencies`": [] },`n  { `"achievement_id`": `"invalid`", `"dependencies`": [] },`n  { `"achievement_id`": `"1.3`", `"dependencies`": `"1.1`" },`n  { `"achievement_id`": `"1.4`", `"dependencies`": [`"one`"] },`n  { `"achievement_id`": `"1.5`" } ] }"
            Test-ParallelJson $file | Should -BeFalse
            $r = @(Test-ParallelJson $file -Detailed)
            ($r | Where-Object Severity -eq Error | ForEach-Object { "$($_.Code)@$($_.Line)" }) | Should -Be @('SchemaViolation@3', 'SchemaViolation@4', 'SchemaViolation@5', 'SchemaViolation@6')
            ($r | Where-Object Code -eq MissingDependencies).Line | Should -Be 7
            ($r | Where-Object Code -eq MissingDependencies).Severity | Should -Be 'Warning'
        }

        It 'reads sub_executions and name into the plan' {
            $file = New-TestFile 'subexec/parallel.json' '{ "plan_name": "SUB", "achievements": [ { "achievement_id": "2.1", "name": "Testing", "dependencies": [], "sub_executions": [ { "execution_id": "2.1.1", "title": "Unit", "dependencies": [], "estimated_hours": 2 }, { "execution_id": "2.1.2", "title": "E2E", "dependencies": ["2.1.1"], "estimated_hours": 3 } ] } ] }'
            Test-ParallelJson $file | Should -BeTrue
            $a = Get-ParallelPlan -LiteralPath $file -WarningAction SilentlyContinue
            $a.Title | Should -Be 'Testing'
            $a.PlannedExecutions.Label | Should -Be @('2.1.1', '2.1.2')
            $a.PlannedExecutions.Title | Should -Be @('Unit', 'E2E')
            $a.PlannedExecutions[1].DependsOn | Should -Be @(1)
            $a.PlannedExecutions[1].Estimate | Should -Be '3h'
        }

        It 'finishes hostile shapes in well under a second: 100,000 keys, 50,000 levels that each hold a dependency' {
            $keys = [Text.StringBuilder]::new('{ "plan": "X", "version": "1", "levels": []')
            for ($i = 0; $i -lt 100000; $i++) { $null = $keys.Append(', "k').Append($i).Append('": ').Append($i) }
            $levels = [Text.StringBuilder]::new('{ "plan": "X", "version": "1", "levels": [')
            for ($i = 1; $i -le 50000; $i++) {
                $dep = if ($i -gt 1) { '"{0}.1"' -f ($i - 1) } else { '' }
                $null = $levels.Append($(if ($i -gt 1) { ',' })).Append(('{{ "level": {0}, "achievements": [ {{ "id": "{0}.1", "title": "A", "dependencies": [{1}] }} ] }}' -f $i, $dep))
            }
            foreach ($case in @(@{ Name = 'keys'; Text = $keys.Append(' }').ToString() }, @{ Name = 'levels'; Text = $levels.Append('] }').ToString() })) {
                $file = New-TestFile "hostile-$($case.Name)/parallel.json" $case.Text
                $null = Test-ParallelJson -LiteralPath $file
                $t = Measure-Command { $null = Test-ParallelJson -LiteralPath $file -Detailed }
                $t.TotalSeconds | Should -BeLessThan 3 -Because "$($case.Name) took $($t.TotalMilliseconds) ms (11 s and 8 s before; well under a second on an idle machine): the bound allows for a loaded one"
            }
        }
    }

    Context 'results' {
        It 'returns $true for a valid file and a single Valid record with -Detailed' {
            $file = New-TestFile 'valid/parallel.json' $Good
            Test-ParallelJson $file | Should -BeTrue
            $r = @(Test-ParallelJson $file -Detailed)
            $r.Count | Should -Be 1
            $r[0].Severity | Should -Be 'Information'
            $r[0].Code | Should -Be 'Valid'
            $r[0].PSObject.TypeNames[0] | Should -Be 'ParallelExec.ValidationRecord'
        }

        It 'gives line, column, JSON path and a suggestion for a schema violation' {
            $file = New-TestFile 'lines/parallel.json' "{`n  `"plan`": `"X`",`n  `"version`": `"1`",`n  `"levels`": [ { `"level`": 1, `"achievements`": [`n    { `"id`": `"1.1`", `"title`": `"A`", `"status`": `"done`" }`n  ] } ]`n}"
            $r = Test-ParallelJson $file -Detailed | Where-Object Code -eq 'SchemaViolation'
            $r.Line | Should -Be 5
            $r.Column | Should -BeGreaterThan 30
            $r.AchievementId | Should -Be '1.1'
            $r.JsonPath | Should -Match 'status'
            $r.Suggestion | Should -Match 'not_started'
        }

        It 'gives line and column for invalid JSON' {
            $file = New-TestFile 'syntax/parallel.json' "{`n  `"plan`": `"X`",`n  `"version`" `"1`"`n}"
            $r = Test-ParallelJson $file -Detailed
            $r.Code | Should -Be 'InvalidJson'
            $r.Line | Should -Be 3
        }

        It 'names a cycle as a path, once per cycle, with the edge to remove' {
            $file = New-TestFile 'cycles/parallel.json' '{ "plan": "X", "version": "1", "levels": [ { "level": 1, "achievements": [
                { "id": "2.1", "title": "A", "dependencies": ["2.3"] }, { "id": "2.2", "title": "B", "dependencies": ["2.1"] }, { "id": "2.3", "title": "C", "dependencies": ["2.2"] },
                { "id": "4.1", "title": "D", "dependencies": ["4.2"] }, { "id": "4.2", "title": "E", "dependencies": ["4.1"] } ] } ] }'
            $r = @(Test-ParallelJson $file -Detailed | Where-Object Code -eq 'CircularDependency')
            $r.Count | Should -Be 2
            $r[0].Message | Should -Match '2\.1 -> 2\.3 -> 2\.2 -> 2\.1'
            $r[0].Suggestion | Should -Match 'Remove the dependency 2\.2 -> 2\.3|Remove the dependency 2\.1 -> 2\.3'
            $r[1].Message | Should -Match '4\.1 -> 4\.2 -> 4\.1'
        }

        It 'gives the same findings, at the same places, whether or not the schema accepts the rest of the file' {
            # A clean registry is read by the fast pass; one schema violation sends it through the tree and NJsonSchema.
            $text = "{ `"plan`": `"X`", `"version`": `"1`", `"levels`": [`n  { `"level`": 1, `"achievements`": [`n    { `"id`": `"1.2`", `"title`": `"B`", `"dependencies`": [`"1.1`", `"1.2`", `"7.7`"], `"blocks`": [`"1.1`"] },`n    { `"id`": `"1.1`", `"title`": `"A`", `"subplan_path`": `"../x.md`" } ] } ] }"
            $clean = New-TestFile 'paths/clean/parallel.json' $text
            $broken = New-TestFile 'paths/broken/parallel.json' ($text -replace '"version": "1"', '"version": "1", "created": "yesterday"')
            $a = @(Test-ParallelJson $clean -Detailed)
            $b = @(Test-ParallelJson $broken -Detailed | Where-Object Code -ne 'SchemaViolation')
            $a.Code | Should -Be @('SelfDependency', 'UnknownDependency', 'BlocksMismatch', 'LevelContainsDependency', 'PathOutsidePlan')
            ($b | ForEach-Object { "$($_.Code) $($_.Line):$($_.Column) $($_.Message)" }) | Should -Be ($a | ForEach-Object { "$($_.Code) $($_.Line):$($_.Column) $($_.Message)" })
            # A position is the value's first character: the opening quote of "7.7".
            ($a | Where-Object Code -eq 'UnknownDependency').Column | Should -Be ($text.Split("`n")[2].IndexOf('"7.7"') + 1)
        }

        It 'finds the same cycle whatever the order of the entries' {
            $a = New-TestFile 'order/a/parallel.json' '{ "plan": "X", "version": "1", "levels": [ { "level": 1, "achievements": [ { "id": "1.1", "title": "A", "dependencies": ["1.3"] }, { "id": "1.2", "title": "B", "dependencies": ["1.1"] }, { "id": "1.3", "title": "C", "dependencies": ["1.2"] } ] } ] }'
            $b = New-TestFile 'order/b/parallel.json' '{ "plan": "X", "version": "1", "levels": [ { "level": 1, "achievements": [ { "id": "1.3", "title": "C", "dependencies": ["1.2"] }, { "id": "1.2", "title": "B", "dependencies": ["1.1"] }, { "id": "1.1", "title": "A", "dependencies": ["1.3"] } ] } ] }'
            $ma = (Test-ParallelJson $a -Detailed | Where-Object Code -eq 'CircularDependency').Message
            $mb = (Test-ParallelJson $b -Detailed | Where-Object Code -eq 'CircularDependency').Message
            $ma | Should -Be $mb
        }

        It 'takes Get-ChildItem output and plan folders' {
            New-TestFile 'many/one/parallel.json' $Good
            New-TestFile 'many/two/parallel.json' '{ "plan": 1 }'
            @(Get-ChildItem (Join-Path $TestDrive 'many') -Recurse -Filter parallel.json | Test-ParallelJson) | Should -Be @($true, $false)
            Test-ParallelJson (Join-Path $TestDrive 'many/one') | Should -BeTrue
        }

        It 'fails the -Plan parameter clearly when the PLAN is missing' {
            $file = New-TestFile 'valid2/parallel.json' $Good
            { Test-ParallelJson $file -Plan (Join-Path $TestDrive 'no/PLAN_X.md') -ErrorAction Stop } | Should -Throw -ErrorId 'ComparePlanNotFound*'
        }
    }

    Context 'against a PLAN' {
        BeforeAll {
            $script:Plan = New-TestFile 'drift/PLAN_X.md' "**Achievement 1.1**: A`n- Dependencies: None`n**Achievement 1.2**: B`n- Dependencies: 1.1`n**Achievement 1.3**: C`n- Dependencies: 1.1`n"
        }

        It 'reports ids, titles and declared dependencies that differ' {
            $file = New-TestFile 'drift/parallel.json' '{ "plan": "X", "version": "1", "levels": [ { "level": 1, "achievements": [ { "id": "1.1", "title": "A" } ] }, { "level": 2, "achievements": [ { "id": "1.2", "title": "Bee", "dependencies": ["1.1"] } ] }, { "level": 3, "achievements": [ { "id": "1.4", "title": "D", "dependencies": ["1.2"] } ] } ] }'
            $r = Test-ParallelJson $file -Detailed | Where-Object Code -eq 'PlanDrift'
            ($r.Message -join "`n") | Should -Match 'defines 1\.3'
            ($r.Message -join "`n") | Should -Match 'registers 1\.4, which the PLAN'
            ($r.Message -join "`n") | Should -Match '"Bee" here and "B" in the PLAN'
        }

        It 'reports an estimate that differs from the PLAN''s (a number inside the PLAN''s range agrees), as the PLAN''s is the one measured' {
            New-TestFile 'estimates/PLAN_E.md' "**Achievement 1.1**: A (2-3h)`n`n**Achievement 1.2**: B (4h)`n`n**Achievement 1.3**: C`n`n**Achievement 1.4**: D (2-3h)`n" | Out-Null
            $file = New-TestFile 'estimates/parallel.json' '{ "plan": "E", "version": "1", "levels": [ { "level": 1, "achievements": [ { "id": "1.1", "title": "A", "estimated_hours": "2-3 hours" }, { "id": "1.2", "title": "B", "estimated_hours": 3 }, { "id": "1.3", "title": "C", "estimated_hours": "5h" }, { "id": "1.4", "title": "D", "estimated_hours": 2.5 } ] } ] }'
            $r = @(Test-ParallelJson $file -Detailed | Where-Object Code -eq 'PlanDrift')
            $r.Count | Should -Be 1
            $r[0].Severity | Should -Be 'Warning'
            $r[0].AchievementId | Should -Be '1.2'
            $r[0].Message | Should -Be '1.2 is estimated 3h here and 4h in the PLAN; the PLAN''s estimate is the one measured.'
            $r[0].JsonPath | Should -BeLike '*.estimated_hours'
            # The table's Id column is a property of that name too.
            ($r[0] | Select-Object Id).Id | Should -Be '1.2'
        }

        It 'compares with the PLAN given by -Plan' {
            $file = New-TestFile 'elsewhere/parallel.json' '{ "plan": "X", "version": "1", "levels": [ { "level": 1, "achievements": [ { "id": "1.1", "title": "A" }, { "id": "1.2", "title": "B" }, { "id": "1.3", "title": "C" } ] } ] }'
            $r = Test-ParallelJson $file -Plan $Plan -Detailed | Where-Object Code -eq 'PlanDrift'
            ($r.Message -join "`n") | Should -Match 'declares that 1\.2 depends on 1\.1; the registry has it depending on nothing'
        }
    }

    Context 'the seed and the corpus' {
        BeforeAll {
            $script:SeedFolder = Join-Path $TestDrive 'seed'
            if (Test-Path $SeedPath) {
                $null = New-Item -ItemType Directory -Force $SeedFolder
                Copy-Item $SeedPath (Join-Path $SeedFolder 'PLAN_PARALLEL-EXECUTION-AUTOMATION.md')
                $text = Get-Content -Raw $SeedPath
                $start = $text.IndexOf('```json', $text.IndexOf('### Example parallel.json')) + 7
                Set-Content (Join-Path $SeedFolder 'parallel.json') $text.Substring($start, $text.IndexOf('```', $start) - $start)
            }
        }

        It "validates the seed's own example against the schema and reports its level 1 and 2 chains" {
            if (-not (Test-Path $SeedPath)) { Set-ItResult -Skipped -Because "the seed is not at $SeedPath"; return }
            $r = Test-ParallelJson (Join-Path $SeedFolder 'parallel.json') -Detailed
            $r.Code | Should -Not -Contain 'SchemaViolation'
            $levels = $r | Where-Object Code -eq 'LevelContainsDependency'
            $levels.Count | Should -Be 2
            $levels[0].Message | Should -Match 'Level 1 .*1\.2 -> 1\.1, 1\.3 -> 1\.2'
            $levels[1].Message | Should -Match 'Level 2 .*2\.2 -> 2\.1, 2\.3 -> 2\.2'
        }

        It 'reports that the seed PLAN chains 3.1, 3.2, 3.3 while its registry puts all three after 2.3' {
            if (-not (Test-Path $SeedPath)) { Set-ItResult -Skipped -Because "the seed is not at $SeedPath"; return }
            $drift = Test-ParallelJson (Join-Path $SeedFolder 'parallel.json') -Detailed | Where-Object { $_.Code -eq 'PlanDrift' -and $_.Message -like '*declares*' }
            @($drift).Count | Should -Be 2
            $drift[0].Message | Should -Match 'declares that 3\.2 depends on 3\.1; the registry has it depending on 2\.3'
            $drift[1].Message | Should -Match 'declares that 3\.3 depends on 3\.2; the registry has it depending on 2\.3'
            # The suggestion points at the Dependencies lines of the definitions, not at the achievement index near the top.
            $drift[0].Suggestion | Should -BeLike "*or the PLAN's Dependencies line (line 768)."
            $drift[1].Suggestion | Should -BeLike "*or the PLAN's Dependencies line (line 793)."
        }

        It 'gives the corpus''s flat example registries sensible verdicts' {
            $examples = @(Get-ChildItem (Join-Path $CorpusPath 'parallel-json') -Filter *.json -ErrorAction SilentlyContinue)
            if ($examples.Count -eq 0) { Set-ItResult -Skipped -Because "the corpus is not at $CorpusPath"; return }
            foreach ($e in $examples) {
                Test-ParallelJson -LiteralPath $e.FullName | Should -BeTrue -Because $e.Name
                $r = Test-ParallelJson -LiteralPath $e.FullName -Detailed
                $r.Code | Should -Contain 'LegacyFormat'
                $r.Severity | Should -Not -Contain 'Error'
            }
        }

        It 'reads the real flat registry of the corpus and reports its contradictions' {
            $real = Join-Path $CorpusPath 'workspace/work-space/plans/GRAPHRAG-OBSERVABILITY-VALIDATION/parallel.json'
            if (-not (Test-Path $real)) { Set-ItResult -Skipped -Because "the corpus is not at $CorpusPath"; return }
            $r = Test-ParallelJson $real -Detailed
            $r.Code | Should -Contain 'LegacyFormat'
            $r.Code | Should -Contain 'BlocksMismatch'
            ($r | Where-Object Code -eq 'BlocksMismatch').Message | Should -Contain '0.1 says it blocks 2.3, but 2.3 does not list 0.1 under dependencies.'
            # Its stored statuses disagree with the files: every achievement of that plan is approved.
            ($r | Where-Object Code -eq 'StatusDrift').Message | Should -Contain 'The registry stores 2.2 as not_started; the files say complete (APPROVED_22.md).'
        }

        It 'validates the three schema examples clean' {
            $examples = Get-ChildItem (Join-Path $RepoRoot 'examples') -Recurse -Filter parallel.json
            $examples.Count | Should -Be 3
            foreach ($e in $examples) {
                (Test-ParallelJson -LiteralPath $e.FullName -Detailed).Code | Should -Be 'Valid' -Because $e.FullName
            }
        }
    }
}
