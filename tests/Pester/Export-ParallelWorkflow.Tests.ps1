BeforeDiscovery { . $PSScriptRoot/TestHelpers.ps1 }

# Export-ParallelWorkflow: the plans of examples/ (the seed with its registry), a 200-achievement random DAG, and the
# refusals. Every GitHub workflow must have no actionlint finding, every Azure pipeline must fit the documented schema,
# and the job graph read back from the YAML must equal the plan's graph.
Describe 'Export-ParallelWorkflow' {
    BeforeAll {
        . $PSScriptRoot/TestHelpers.ps1
        . $PSScriptRoot/WorkflowHelpers.ps1
        $script:Run = 'my-agent --prompt-file "{PromptFile}" --title "{Title}" --branch {Branch}'
        $script:Plans = [ordered]@{}
        $seedRepo = New-RepoWith 'seed'
        $script:HasSeed = New-SeedFolder (Join-Path $seedRepo 'plan')
        if ($HasSeed) { $Plans['seed'] = $seedRepo }
        foreach ($e in 'one-priority', 'across-priorities', 'several-executions') { $Plans[$e] = New-RepoWith $e (Join-Path $RepoRoot "examples/$e") }
        $dagRepo = New-RepoWith 'random-dag'
        New-RandomDagPlan (Join-Path $dagRepo 'plan') 200 15
        $Plans['random-dag'] = $dagRepo
        $script:Exported = @{}
        foreach ($name in $Plans.Keys) {
            $repo = $Plans[$name]
            $plan = (Get-ParallelPlan -LiteralPath (Join-Path $repo 'plan') -WarningAction SilentlyContinue)[0].Plan
            $done = @($plan.Statuses | Where-Object { "$($_.Status)" -in 'complete', 'skipped' } | ForEach-Object { "$($_.Id)" })
            $Exported[$name] = @{
                Plan     = $plan
                Done     = $done
                GitHub   = Export-ParallelWorkflow -LiteralPath (Join-Path $repo 'plan') -Target GitHubActions -Run $Run -WarningAction SilentlyContinue
                Azure    = Export-ParallelWorkflow -LiteralPath (Join-Path $repo 'plan') -Target AzurePipelines -Run $Run -WarningAction SilentlyContinue
            }
        }
    }

    It 'writes <_> at the default paths inside the repository' -ForEach @('seed', 'one-priority', 'across-priorities', 'several-executions', 'random-dag') {
        if ($_ -eq 'seed' -and -not $HasSeed) { Set-ItResult -Skipped -Because 'the seed plan is not in examples/seed'; return }
        $e = $Exported[$_]
        $e.GitHub.Path | Should -Be (Join-Path $Plans[$_] ".github/workflows/parallel-$($e.Plan.Name.ToLowerInvariant()).yml")
        $e.Azure.Path | Should -Be (Join-Path $Plans[$_] "azure-pipelines.parallel-$($e.Plan.Name.ToLowerInvariant()).yml")
        $e.GitHub.JobCount | Should -Be ($e.Plan.Achievements.Count - $e.Done.Count)
        Test-Path $e.GitHub.Path | Should -BeTrue
    }

    It 'gives a GitHub workflow of <_> that actionlint finds nothing in' -ForEach @('seed', 'one-priority', 'across-priorities', 'several-executions', 'random-dag') {
        if ($_ -eq 'seed' -and -not $HasSeed) { Set-ItResult -Skipped -Because 'the seed plan is not in examples/seed'; return }
        if (-not $HasActionlint) { Set-ItResult -Skipped -Because $NoActionlint; return }
        $findings = Invoke-Actionlint $Exported[$_].GitHub.Path
        ($findings | ForEach-Object { "$($_.line):$($_.column) [$($_.kind)] $($_.message)" }) -join "`n" | Should -BeNullOrEmpty
    }

    It 'gives <_> a job graph equal to the plan''s graph, in both targets' -ForEach @('seed', 'one-priority', 'across-priorities', 'several-executions', 'random-dag') {
        if ($_ -eq 'seed' -and -not $HasSeed) { Set-ItResult -Skipped -Because 'the seed plan is not in examples/seed'; return }
        $e = $Exported[$_]
        $expected = Format-Graph (Get-ExpectedGraph $e.Plan $e.Done)
        Format-Graph (Get-WorkflowGraph $e.GitHub.Path) | Should -Be $expected
        Format-Graph (Get-WorkflowGraph $e.Azure.Path) | Should -Be $expected
        $e.GitHub.Dependencies | Should -Be (@((Get-ExpectedGraph $e.Plan $e.Done).Values | ForEach-Object { $_ }).Count)
    }

    It 'gives an Azure pipeline of <_> that fits the documented schema' -ForEach @('seed', 'one-priority', 'across-priorities', 'several-executions', 'random-dag') {
        if ($_ -eq 'seed' -and -not $HasSeed) { Set-ItResult -Skipped -Because 'the seed plan is not in examples/seed'; return }
        Test-AzurePipeline (Read-Yaml $Exported[$_].Azure.Path) | Should -BeNullOrEmpty
    }

    It 'names jobs so a person can read them, ends with a job that records the run after all the others' {
        $doc = Read-Yaml $Exported['one-priority'].GitHub.Path
        $doc.jobs['a_2_1'].name | Should -Be '2.1 Input Validation Added'
        $doc.jobs['a_2_1'].env.PARALLEL_ID | Should -Be '2.1'
        $doc.jobs['record_run'].if | Should -Be 'always()'
        @($doc.jobs['record_run'].needs) | Should -Be @($doc.jobs.Keys | Where-Object { $_ -ne 'record_run' })
        $doc.jobs['record_run'].steps.run -join "`n" | Should -Match 'Save-ParallelRunRecord'
        $azure = Read-Yaml $Exported['one-priority'].Azure.Path
        ($azure.jobs | Where-Object job -eq 'a_2_1').displayName | Should -Be '2.1 Input Validation Added'
        ($azure.jobs | Where-Object job -eq 'record_run').condition | Should -Be 'always()'
    }

    It 'turns the placeholders into environment variables, so no PLAN text becomes code' {
        $run = (Read-Yaml $Exported['one-priority'].GitHub.Path).jobs['a_1_1'].steps | Where-Object id -eq 'run'
        $run.run | Should -Match ([regex]::Escape('my-agent --prompt-file "$env:PARALLEL_PROMPT_FILE" --title "$env:PARALLEL_TITLE" --branch $env:PARALLEL_BRANCH'))
        (Read-Yaml $Exported['one-priority'].GitHub.Path).permissions.contents | Should -Be 'write' -Because '-Run names {Branch}, so the step may push it'
    }

    It 'makes ${{ }} and $( ) in a title inert' {
        $repo = New-RepoWith 'inert'
        New-TestFile 'inert/plan/PLAN_X.md' "# PLAN: X`n`n**Achievement 1.1**: Leak `${{ secrets.TOKEN }} and `$(System.AccessToken)`n`n- **Dependencies**: None`n" | Out-Null
        $gh = Export-ParallelWorkflow -LiteralPath (Join-Path $repo 'plan') -Target GitHubActions -Run 'echo {Title}'
        $az = Export-ParallelWorkflow -LiteralPath (Join-Path $repo 'plan') -Target AzurePipelines -Run 'echo {Title}'
        $text = (Get-Content -Raw $gh.Path) + (Get-Content -Raw $az.Path)
        $text | Should -Not -Match ([regex]::Escape('${{ secrets'))
        $text | Should -Not -Match ([regex]::Escape('$(System'))
        (Read-Yaml $gh.Path).jobs['a_1_1'].env.PARALLEL_TITLE | Should -Be 'Leak $ {{ secrets.TOKEN }} and $ (System.AccessToken)'
        if ($HasActionlint) { Invoke-Actionlint $gh.Path | Should -BeNullOrEmpty }
    }

    Context 'status' {
        BeforeAll {
            $script:StatusRepo = New-RepoWith 'status' (Join-Path $RepoRoot 'examples/one-priority')
            New-TestFile 'status/plan/execution/feedbacks/APPROVED_11.md' "# Approved`n" | Out-Null
            New-TestFile 'status/plan/execution/SKIPPED_22.md' "# Skipped`n`nNot needed.`n" | Out-Null
        }

        It 'leaves complete and skipped achievements out and drops the edges to them' {
            $r = Export-ParallelWorkflow -LiteralPath (Join-Path $StatusRepo 'plan') -Target GitHubActions -Run 'x'
            "$($r.LeftOut)" | Should -Be '1.1 2.2'
            $g = Get-WorkflowGraph $r.Path
            $g.Keys | Should -Not -Contain 'a_1_1'
            $g.Keys | Should -Not -Contain 'a_2_2'
            $g['a_2_1'] | Should -BeNullOrEmpty -Because 'its only dependency, 1.1, is complete: it starts at once'
        }

        It 'keeps them with -IncludeComplete' {
            $r = Export-ParallelWorkflow -LiteralPath (Join-Path $StatusRepo 'plan') -Target AzurePipelines -Run 'x' -IncludeComplete
            $r.LeftOut | Should -BeNullOrEmpty
            (Get-WorkflowGraph $r.Path)['a_2_1'] | Should -Be @('a_1_1')
        }

        It 'exports piped achievements only' {
            $r = Get-ParallelPlan -LiteralPath (Join-Path $RepoRoot 'examples/one-priority') | Out-Null
            $piped = Get-ParallelPlan -LiteralPath (Join-Path $StatusRepo 'plan') | Where-Object Level -eq 2
            $r = $piped | Export-ParallelWorkflow -Target GitHubActions -Run 'x' -Force
            "$($r.Jobs)" | Should -Be '2.1 2.3'
        }
    }

    Context 'refusals' {
        It 'refuses a plan with a cycle, naming the cycle, and writes nothing' {
            $repo = New-RepoWith 'cycle'
            New-TestFile 'cycle/plan/PLAN_LOOP.md' "# PLAN: LOOP`n`n**Achievement 1.1**: A`n`n- **Dependencies**: 1.2`n`n**Achievement 1.2**: B`n`n- **Dependencies**: 1.1`n" | Out-Null
            $err = $null
            Export-ParallelWorkflow -LiteralPath (Join-Path $repo 'plan') -Target GitHubActions -Run 'x' -ErrorVariable err -ErrorAction SilentlyContinue -WarningAction SilentlyContinue | Should -BeNullOrEmpty
            $err[0].FullyQualifiedErrorId | Should -BeLike 'CircularDependency*'
            $err[0].Exception.Message | Should -Match ([regex]::Escape('1.1 -> 1.2 -> 1.1'))
            Test-Path (Join-Path $repo '.github') | Should -BeFalse
        }

        It 'changes nothing under -WhatIf' {
            $repo = New-RepoWith 'whatif' (Join-Path $RepoRoot 'examples/one-priority')
            Export-ParallelWorkflow -LiteralPath (Join-Path $repo 'plan') -Target GitHubActions -Run 'x' -WhatIf | Should -BeNullOrEmpty
            Test-Path (Join-Path $repo '.github') | Should -BeFalse
        }

        It 'does not overwrite without -Force, and replaces with it' {
            $repo = New-RepoWith 'force' (Join-Path $RepoRoot 'examples/one-priority')
            $first = Export-ParallelWorkflow -LiteralPath (Join-Path $repo 'plan') -Target GitHubActions -Run 'first'
            $err = $null
            Export-ParallelWorkflow -LiteralPath (Join-Path $repo 'plan') -Target GitHubActions -Run 'second' -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $err[0].FullyQualifiedErrorId | Should -BeLike 'WorkflowExists*'
            Get-Content -Raw $first.Path | Should -Match 'first'
            Export-ParallelWorkflow -LiteralPath (Join-Path $repo 'plan') -Target GitHubActions -Run 'second' -Force | Out-Null
            Get-Content -Raw $first.Path | Should -Match 'second'
            @(Get-ChildItem -Force (Split-Path $first.Path) -Filter '*.tmp').Count | Should -Be 0
        }

        It 'refuses -OutFile <_>' -ForEach @(
            @{ Case = 'outside the repository'; OutFile = { Join-Path $TestDrive 'outside.yml' }; Id = 'WorkflowOutsideRepository' }
            @{ Case = 'on another provider'; OutFile = { 'Env:/workflow' }; Id = 'WorkflowPathNotFileSystem' }
        ) {
            $repo = New-RepoWith ('out-' + $Id) (Join-Path $RepoRoot 'examples/one-priority')
            $err = $null
            Export-ParallelWorkflow -LiteralPath (Join-Path $repo 'plan') -Target GitHubActions -Run 'x' -OutFile (& $OutFile) -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $err[0].FullyQualifiedErrorId | Should -BeLike "$Id*"
        }

        It 'writes -OutFile inside the repository' {
            $repo = New-RepoWith 'outfile' (Join-Path $RepoRoot 'examples/one-priority')
            $r = Export-ParallelWorkflow -LiteralPath (Join-Path $repo 'plan') -Target AzurePipelines -Run 'x' -OutFile (Join-Path $repo 'ci/plan.yml')
            $r.Path | Should -Be (Join-Path $repo 'ci/plan.yml')
            Test-Path $r.Path | Should -BeTrue
        }

        It 'refuses a plan that is in no repository' {
            $folder = Join-Path ([IO.Path]::GetTempPath()) ('pe-norepo-' + [guid]::NewGuid().ToString('N'))
            Copy-Item -Recurse (Join-Path $RepoRoot 'examples/one-priority') $folder
            try {
                $err = $null
                Export-ParallelWorkflow -LiteralPath $folder -Target GitHubActions -Run 'x' -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
                $err[0].FullyQualifiedErrorId | Should -BeLike 'WorkflowNotInRepository*'
            } finally { Remove-Item -Recurse -Force $folder }
        }

        It 'refuses a plan whose achievements are all done' {
            $repo = New-RepoWith 'alldone'
            New-TestFile 'alldone/plan/PLAN_DONE.md' "# PLAN: DONE`n`n**Achievement 1.1**: A`n`n- **Dependencies**: None`n" | Out-Null
            New-TestFile 'alldone/plan/execution/feedbacks/APPROVED_11.md' "ok`n" | Out-Null
            $err = $null
            Export-ParallelWorkflow -LiteralPath (Join-Path $repo 'plan') -Target GitHubActions -Run 'x' -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $err[0].FullyQualifiedErrorId | Should -BeLike 'WorkflowNothingToRun*'
        }
    }
}
