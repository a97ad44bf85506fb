BeforeDiscovery {
    . $PSScriptRoot/TestHelpers.ps1
    # Every YAML block of docs/ci.md, by kind: ```yaml github (actionlint) and ```yaml azure-pipelines (the schema).
    $text = [IO.File]::ReadAllText((Join-Path $RepoRoot 'docs/ci.md')).Replace("`r`n", "`n")
    $script:YamlBlocks = @([regex]::Matches($text, '(?ms)^```yaml (?<kind>github|azure-pipelines)\n(?<body>.*?)^```') | ForEach-Object {
            @{ Kind = $_.Groups['kind'].Value; Body = $_.Groups['body'].Value; Line = $text.Substring(0, $_.Index).Split("`n").Count }
        })
}

# docs/ci.md's YAML: the GitHub Actions jobs pass actionlint, the Azure Pipelines jobs fit the documented schema.
Describe 'docs/ci.md' {
    BeforeAll {
        . $PSScriptRoot/TestHelpers.ps1
        . $PSScriptRoot/WorkflowHelpers.ps1
    }

    It 'has YAML blocks of both kinds' {
        @($YamlBlocks | Where-Object Kind -eq 'github').Count | Should -BeGreaterThan 0
        @($YamlBlocks | Where-Object Kind -eq 'azure-pipelines').Count | Should -BeGreaterThan 0
    }

    It 'line <Line>: the <Kind> YAML is clean' -ForEach $YamlBlocks {
        $file = New-TestFile "ci-doc-$Line.yml" $Body
        if ($Kind -eq 'github') {
            if (-not $HasActionlint) { Set-ItResult -Skipped -Because $NoActionlint; return }
            $findings = Invoke-Actionlint $file
            ($findings | ForEach-Object { "$($_.line):$($_.column) [$($_.kind)] $($_.message)" }) -join "`n" | Should -BeNullOrEmpty
        } else {
            Test-AzurePipeline (Read-Yaml $file) | Should -BeNullOrEmpty
        }
    }
}
