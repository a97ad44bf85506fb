BeforeDiscovery { . $PSScriptRoot/TestHelpers.ps1 }

# The exported workflow's steps run here, as a runner would run them (each step in a fresh pwsh, with the job's
# environment), then the final job's step: its run record must be what Measure-ParallelPlan reads.
Describe 'Save-ParallelRunRecord and the exported jobs' {
    BeforeAll {
        . $PSScriptRoot/TestHelpers.ps1
        . $PSScriptRoot/WorkflowHelpers.ps1
        $script:Repo = New-RepoWith 'e2e'
        New-TestFile 'e2e/plan/PLAN_TINY.md' "# PLAN: TINY`n`n**Achievement 1.1**: Start (1h)`n`n- **Dependencies**: None`n`n**Achievement 1.2**: Fails (1h)`n`n- **Dependencies**: 1.1`n`n**Achievement 1.3**: Never Runs (1h)`n`n- **Dependencies**: 1.2`n" | Out-Null
        # The module inside the repository, as -ModulePath expects it (a built module committed there).
        Copy-Item -Recurse $BuiltModule (Join-Path $Repo 'module')
        $script:Export = Export-ParallelWorkflow -LiteralPath (Join-Path $Repo 'plan') -Target GitHubActions -ModulePath (Join-Path $Repo 'module/ParallelExec.psd1') `
            -Run 'Write-Output "working on {Id} ({Title}) on {Branch}"; Get-Content -LiteralPath {PromptFile} -TotalCount 1; if ($env:PARALLEL_ID -eq ''1.2'') { exit 3 }'
        $script:Doc = Read-Yaml $Export.Path
        $script:Results = Join-Path $TestDrive 'runner/parallel-results'

        # Runs one step's script in a fresh pwsh from the repository root, with the workflow's and the job's env.
        function Invoke-Step($Job, $Step, [string] $Temp, [hashtable] $Extra = @{}) {
            $envs = @{ PARALLEL_PLAN = $Doc.env.PARALLEL_PLAN; RUNNER_TEMP = $Temp }
            foreach ($k in @($Job.env.Keys)) { $envs[$k] = $Job.env[$k] }
            foreach ($k in $Extra.Keys) { $envs[$k] = $Extra[$k] }
            $script = Join-Path $TestDrive ('step-' + [guid]::NewGuid().ToString('N') + '.ps1')
            Set-Content -LiteralPath $script -Value $Step.run
            $saved = @{}
            foreach ($k in $envs.Keys) { $saved[$k] = [Environment]::GetEnvironmentVariable($k); [Environment]::SetEnvironmentVariable($k, $envs[$k]) }
            Push-Location $Repo
            try { Invoke-FreshPwsh "& '$script'" 2>&1 | Out-String; $LASTEXITCODE }
            finally { Pop-Location; foreach ($k in $saved.Keys) { [Environment]::SetEnvironmentVariable($k, $saved[$k]) } }
        }

        # The jobs in order; a job whose needs did not all succeed is skipped, as GitHub skips it.
        $script:Outcome = @{}
        foreach ($key in @($Doc.jobs.Keys | Where-Object { $_ -ne 'record_run' })) {
            $job = $Doc.jobs[$key]
            if (@($job.needs | Where-Object { $_ -and $Outcome[$_] -ne 'success' }).Count) { $Outcome[$key] = 'skipped'; continue }
            $temp = Join-Path $TestDrive "runner/$key"
            $null = New-Item -ItemType Directory -Force $temp
            $steps = @($job.steps | Where-Object { $_.shell -eq 'pwsh' })
            $null, $promptRc = Invoke-Step $job ($steps | Where-Object name -eq 'Write the prompt') $temp
            $null, $runRc = Invoke-Step $job ($steps | Where-Object id -eq 'run') $temp
            $Outcome[$key] = if ($promptRc -eq 0 -and $runRc -eq 0) { 'success' } else { 'failure' }
            $null = Invoke-Step $job ($steps | Where-Object name -eq 'Record the result') $temp @{ PARALLEL_OUTCOME = $Outcome[$key] }
            # upload-artifact, then download-artifact with pattern parallel-result-*: one folder per artifact.
            Copy-Item -Recurse (Join-Path $temp 'parallel') (Join-Path $Results "parallel-result-$key")
        }
        $record = $Doc.jobs['record_run']
        $script:RecordOutput, $script:RecordRc = Invoke-Step $record ($record.steps | Where-Object name -eq 'Record the run') (Join-Path $TestDrive 'runner') @{ GITHUB_STEP_SUMMARY = (Join-Path $TestDrive 'summary.md') }
    }

    It 'runs the jobs as the runner would: 1.1 succeeds, 1.2 fails, 1.3 is skipped' {
        $Outcome['a_1_1'] | Should -Be 'success'
        $Outcome['a_1_2'] | Should -Be 'failure'
        $Outcome['a_1_3'] | Should -Be 'skipped'
        Get-Content -Raw (Join-Path $Results 'parallel-result-a_1_1/log.txt') | Should -Match 'working on 1.1 \(Start\) on parallel/TINY/1.1'
        Get-Content -Raw (Join-Path $Results 'parallel-result-a_1_1/prompt.md') | Should -Match 'SUBPLAN'
    }

    It 'writes a run record in Invoke-ParallelPlan''s format that Measure-ParallelPlan reads' {
        $RecordRc | Should -Be 0 -Because $RecordOutput
        $files = @(Get-ChildItem (Join-Path $Repo 'plan/.parallel/runs') -Filter *.json)
        $files | Should -HaveCount 1
        $json = Get-Content -Raw $files[0].FullName | ConvertFrom-Json
        $json.plan | Should -Be 'TINY'
        @($json.achievements.achievement) | Should -Be @('1.1', '1.2', '1.3')
        @($json.achievements.result) | Should -Be @('succeeded', 'failed', 'blocked')
        $last = (Measure-ParallelPlan -LiteralPath (Join-Path $Repo 'plan')).LastRun
        $last.Ran | Should -Be 2
        $last.Succeeded | Should -Be 1
        $last.Failed | Should -Be 1
        Get-Content -Raw (Join-Path $TestDrive 'summary.md') | Should -Match '### Run \d{8}T\d{9}Z of TINY'
    }

    It 'passes over a result file that names no achievement, and writes nothing under -WhatIf' {
        $folder = Join-Path $TestDrive 'odd'
        New-TestFile 'odd/parallel-result-x/result.json' '{ "achievement": "9.9", "result": "succeeded" }' | Out-Null
        New-TestFile 'odd/parallel-result-y/result.json' 'not json' | Out-Null
        New-TestFile 'odd/result.json' '{ "achievement": "1.1", "result": "succeeded", "started_at": "2026-01-01T10:00:00Z", "completed_at": "2026-01-01T10:30:00Z" }' | Out-Null
        $w = $null
        $r = Save-ParallelRunRecord -LiteralPath (Join-Path $Repo 'plan') -ResultPath $folder -Id '1.1 1.2' -WhatIf -WarningVariable w -WarningAction SilentlyContinue
        $r | Should -BeNullOrEmpty
        @($w | Where-Object { "$_" -like '`[RunResultUnreadable`]*' }) | Should -HaveCount 2
        @(Get-ChildItem (Join-Path $Repo 'plan/.parallel/runs') -Filter *.json) | Should -HaveCount 1
        $r = Save-ParallelRunRecord -LiteralPath (Join-Path $Repo 'plan') -ResultPath $folder -Id 1.1, 1.2 -WarningAction SilentlyContinue
        "$($r.Result)" | Should -Be 'Succeeded Blocked'
        $r[0].Duration | Should -Be '00:30:00.000'
        [timespan]$r[0].Duration | Should -Be ([TimeSpan]::FromMinutes(30))
        $r[0].DurationSeconds | Should -Be 1800
    }

    It 'stops with RunResultsNotFound for a folder that does not exist' {
        { Save-ParallelRunRecord -LiteralPath (Join-Path $Repo 'plan') -ResultPath (Join-Path $TestDrive 'nowhere') } | Should -Throw -ErrorId 'RunResultsNotFound*'
    }
}
