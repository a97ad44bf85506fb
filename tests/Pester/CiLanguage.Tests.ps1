BeforeDiscovery { . $PSScriptRoot/TestHelpers.ps1 }

# Speaking CI's language: GitHub annotations from Test-ParallelJson, -StepSummary, Should -BeValidParallelJson.
Describe 'CI''s language' {
    BeforeAll {
        . $PSScriptRoot/TestHelpers.ps1
        $script:Bad = New-TestFile 'bad/parallel.json' @'
{
  "plan": "DEMO",
  "version": "1.0",
  "levels": [
    { "level": 1, "achievements": [
      { "id": "1.1", "title": "First", "status": "not_started", "dependencies": [] },
      { "id": "1.1", "title": "Again", "status": "not_started", "dependencies": [] }
    ] }
  ]
}
'@
        $script:Good = Join-Path $RepoRoot 'examples/one-priority/parallel.json'
        $script:Saved = @{}
        foreach ($v in 'GITHUB_ACTIONS', 'GITHUB_WORKSPACE', 'GITHUB_STEP_SUMMARY', 'TF_BUILD', 'AGENT_TEMPDIRECTORY') { $Saved[$v] = [Environment]::GetEnvironmentVariable($v) }
        function Reset-CiEnvironment { foreach ($v in $Saved.Keys) { [Environment]::SetEnvironmentVariable($v, $null) } }
        $script:Annotations = [ParallelExec.Commands.TestParallelJsonCommand].Assembly.GetType('ParallelExec.Output.GitHubAnnotations', $true)
    }
    BeforeEach { Reset-CiEnvironment }
    AfterAll { foreach ($v in $Saved.Keys) { [Environment]::SetEnvironmentVariable($v, $Saved[$v]) } }

    Context 'GitHub annotations' {
        It 'prints each error as ::error with file, line, col and the code as title, under GitHub Actions' {
            $env:GITHUB_ACTIONS = 'true'; $env:GITHUB_WORKSPACE = $TestDrive
            $out = @(Test-ParallelJson -LiteralPath $Bad 6>&1)
            $lines = @($out | Where-Object { $_ -is [System.Management.Automation.InformationRecord] } | ForEach-Object { "$($_.MessageData)" })
            $lines | Should -HaveCount 1
            $lines[0] | Should -BeLike '::error file=bad/parallel.json,line=7,col=*,title=DuplicateId::Achievement 1.1 is registered more than once*'
            $out[-1] | Should -BeFalse -Because 'the answer is still one bool, and the annotations are not in the output stream'
            @(Test-ParallelJson -LiteralPath $Bad 6>$null) | Should -Be @($false)
        }

        It 'prints nothing of the kind outside GitHub Actions, or for a valid registry' {
            @(Test-ParallelJson -LiteralPath $Bad 6>&1 | Where-Object { $_ -is [System.Management.Automation.InformationRecord] }) | Should -BeNullOrEmpty
            $env:GITHUB_ACTIONS = 'true'
            @(Test-ParallelJson -LiteralPath $Good 6>&1 | Where-Object { $_ -is [System.Management.Automation.InformationRecord] }) | Should -BeNullOrEmpty
        }

        It 'escapes as the workflow-command rules say' {
            $Annotations.GetMethod('Data').Invoke($null, @("50% done`r`nnext")) | Should -Be '50%25 done%0D%0Anext'
            $Annotations.GetMethod('Property').Invoke($null, @('a:b,c%')) | Should -Be 'a%3Ab%2Cc%25'
        }
    }

    Context '-StepSummary' {
        It 'appends markdown to $env:GITHUB_STEP_SUMMARY for Get-ParallelProgress and Measure-ParallelPlan, objects unchanged' {
            $env:GITHUB_STEP_SUMMARY = Join-Path $TestDrive 'summary.md'
            $rows = Get-ParallelProgress -LiteralPath (Join-Path $RepoRoot 'examples/one-priority') -StepSummary
            $rows | Should -HaveCount 2
            $m = Measure-ParallelPlan -LiteralPath (Join-Path $RepoRoot 'examples/one-priority') -StepSummary
            $m.PlanName | Should -Be 'API-HARDENING'
            $text = Get-Content -Raw $env:GITHUB_STEP_SUMMARY
            $text | Should -Match '### Progress of API-HARDENING'
            $text | Should -Match '\| 2 \| 3 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| 3 \|'
            $text | Should -Match '### Measure of API-HARDENING'
            $text | Should -Match '\| Critical path \| 1.1 → 2.1 \|'
        }

        It 'attaches a summary file under Azure Pipelines' {
            $env:TF_BUILD = 'True'; $env:AGENT_TEMPDIRECTORY = $TestDrive
            $info = @(Measure-ParallelPlan -LiteralPath (Join-Path $RepoRoot 'examples/one-priority') -StepSummary 6>&1 | Where-Object { $_ -is [System.Management.Automation.InformationRecord] })
            "$($info[0].MessageData)" | Should -BeLike "##vso``[task.uploadsummary``]$TestDrive*.md"
            Get-Content -Raw ("$($info[0].MessageData)" -replace '^##vso\[task\.uploadsummary\]') | Should -Match '### Measure of API-HARDENING'
        }

        It 'warns StepSummaryUnavailable outside CI' {
            $w = $null
            $null = Get-ParallelProgress -LiteralPath (Join-Path $RepoRoot 'examples/one-priority') -StepSummary -WarningVariable w -WarningAction SilentlyContinue
            "$w" | Should -Match '^\[StepSummaryUnavailable\]'
        }
    }

    Context 'Should -BeValidParallelJson' {
        It 'passes for a valid registry and fails listing the findings (code, line, message) for a bad one' {
            $Good | Should -BeValidParallelJson
            $e = { $Bad | Should -BeValidParallelJson -Because 'CI checks it' } | Should -Throw -PassThru
            $e.Exception.Message | Should -BeLike "Expected '$Bad' to be a valid parallel.json because CI checks it, but Test-ParallelJson found 1 error:*"
            $e.Exception.Message | Should -BeLike '*DuplicateId (line 7, col *): Achievement 1.1 is registered more than once*'
        }

        It 'supports -Not, and fails for a path that does not exist' {
            $Bad | Should -Not -BeValidParallelJson
            { $Good | Should -Not -BeValidParallelJson } | Should -Throw -ExpectedMessage '*not to be a valid parallel.json*'
            { (Join-Path $TestDrive 'none.json') | Should -BeValidParallelJson } | Should -Throw -ExpectedMessage '*found 1 error*'
        }

        It 'is registered when ParallelExec is imported before Pester, and Pester stays no dependency' {
            $pester = (Get-Module Pester).Path
            $test = New-TestFile 'order/Order.Tests.ps1' "Describe 'order' { It 'works' { '$Good' | Should -BeValidParallelJson; '$Bad' | Should -Not -BeValidParallelJson } }"
            $out = Invoke-FreshPwsh @"
Import-Module '$BuiltModule/ParallelExec.psd1'
'pester-loaded:' + [bool](Get-Module Pester)
Import-Module '$pester'
`$r = Invoke-Pester -Path '$test' -PassThru -Output None
'passed:' + `$r.PassedCount + ' failed:' + `$r.FailedCount
"@
            $out | Should -Contain 'pester-loaded:False'
            $out | Should -Contain 'passed:1 failed:0'
            (Import-PowerShellDataFile (Join-Path $BuiltModule 'ParallelExec.psd1')).RequiredModules | Should -BeNullOrEmpty
        }
    }
}
