BeforeDiscovery { . $PSScriptRoot/TestHelpers.ps1 }
# docs/reference must keep up with the code: every validation code the module can emit, every schema property.
BeforeAll {
    . $PSScriptRoot/TestHelpers.ps1
    $script:DocsDir = Join-Path $RepoRoot 'docs/reference'

    # The codes the sources can emit, collected by regex at test time.
    function Get-EmittedCode {
        $core = Join-Path $RepoRoot 'src/ParallelExec.Core'
        $codes = [System.Collections.Generic.SortedSet[string]]::new([StringComparer]::Ordinal)
        foreach ($name in 'RegistryValidator.cs', 'RegistryFastScan.cs', 'SchemaCheck.cs') {
            $text = Get-Content -Raw (Join-Path $core $name)
            foreach ($m in [regex]::Matches($text, 'new\s+ValidationRecord\(\s*DiagnosticSeverity\.\w+\s*,\s*"(\w+)"')) { $null = $codes.Add($m.Groups[1].Value) }
            foreach ($m in [regex]::Matches($text, 'ParallelExecException\.Create\(\s*"(\w+)"')) { $null = $codes.Add($m.Groups[1].Value) }
        }
        # PlanText builds "Registry" + suffix (FileKind.Registry) for errors and warnings.
        $planText = Get-Content -Raw (Join-Path $core 'PlanText.cs')
        foreach ($m in [regex]::Matches($planText, '(?:ParallelExecException\.Create|new\s+PlanDiagnostic)\(\s*(?:DiagnosticSeverity\.\w+\s*,\s*)?prefix\s*\+\s*"(\w+)"')) { $null = $codes.Add('Registry' + $m.Groups[1].Value) }
        # Test-ParallelJson itself: the Valid record and the -Plan error.
        $cmd = Get-Content -Raw (Join-Path $RepoRoot 'src/ParallelExec/Commands/TestParallelJsonCommand.cs')
        foreach ($m in [regex]::Matches($cmd, 'new\s+ValidationRecord\(\s*DiagnosticSeverity\.\w+\s*,\s*"(\w+)"')) { $null = $codes.Add($m.Groups[1].Value) }
        foreach ($m in [regex]::Matches($cmd, '"(\w+)"\s*,\s*ErrorCategory\.')) { $null = $codes.Add($m.Groups[1].Value) }
        return @($codes)
    }

    # The codes the doc documents: a heading, or the first cell of a table row.
    function Get-DocumentedCode([string] $Text) {
        $found = [System.Collections.Generic.HashSet[string]]::new([StringComparer]::Ordinal)
        foreach ($m in [regex]::Matches($Text, '(?m)^(?:#+\s*|\|\s*)`?([A-Z][A-Za-z0-9]+)`?\s*(?:\||$)')) { $null = $found.Add($m.Groups[1].Value) }
        return $found
    }
}

Describe 'docs/reference/validation-codes.md' {
    BeforeAll {
        $script:Emitted = Get-EmittedCode
        $script:Documented = Get-DocumentedCode (Get-Content -Raw (Join-Path $DocsDir 'validation-codes.md'))
    }

    It 'finds the codes in the sources' {
        # A guard for the regexes: if the sources change shape, this fails instead of the test passing on nothing.
        foreach ($known in 'InvalidJson', 'SchemaViolation', 'DuplicateKey', 'CircularDependency', 'LevelOrder', 'PlanDrift', 'StatusDrift',
            'Valid', 'RegistryIsDirectory', 'RegistryNotJson', 'RegistryFileNotFound', 'RegistryFileBinary', 'RegistryInvalidUtf8', 'ComparePlanNotFound') {
            $Emitted | Should -Contain $known
        }
    }

    It 'documents every code the module can emit, as a heading or table cell' {
        $missing = @($Emitted | Where-Object { -not $Documented.Contains($_) })
        $missing | Should -BeNullOrEmpty -Because 'every code Test-ParallelJson can emit needs a row in docs/reference/validation-codes.md'
    }

    It 'documents no code the module cannot emit' {
        $header = 'Code', 'ErrorId', 'Property', 'Status', 'Readiness'
        $stale = @($Documented | Where-Object { $_ -notin $Emitted -and $_ -notin $header -and $_ -notmatch '^(Records|ErrorIds|Examples|Validation)' })
        $stale | Should -BeNullOrEmpty
    }
}

Describe 'docs/reference/parallel-json.md' {
    BeforeAll {
        $script:Doc = Get-Content -Raw (Join-Path $DocsDir 'parallel-json.md')
        $script:Schema = Get-Content -Raw (Join-Path $RepoRoot 'schemas/parallel.schema.json') | ConvertFrom-Json -AsHashtable
    }

    It 'has a table row for every property of the schema, at every level' {
        $names = [System.Collections.Generic.List[string]]::new()
        $walk = {
            param($node)
            if ($node -is [System.Collections.IDictionary]) {
                if ($node['properties'] -is [System.Collections.IDictionary]) { $names.AddRange([string[]]@($node['properties'].Keys)) }
                foreach ($v in $node.Values) { & $walk $v }
            }
            elseif ($node -is [System.Collections.IList]) { foreach ($v in $node) { & $walk $v } }
        }
        & $walk $Schema
        $names.Count | Should -BeGreaterThan 20
        foreach ($n in $names | Select-Object -Unique) {
            $Doc | Should -Match "(?m)^\|\s*``$([regex]::Escape($n))``\s*\|" -Because "the schema's property '$n' needs a row"
        }
    }

    It 'has a complete example that Test-ParallelJson accepts' {
        $start = $Doc.IndexOf('```json') + 7
        $json = $Doc.Substring($start, $Doc.IndexOf('```', $start) - $start)
        $file = New-TestFile 'doc-example/parallel.json' $json
        $records = Test-ParallelJson -LiteralPath $file -Detailed
        @($records | Where-Object Severity -eq 'Error') | Should -BeNullOrEmpty
        @($records.Code | Where-Object { $_ -notin 'Valid', 'MissingFile' }) | Should -BeNullOrEmpty
    }
}

Describe 'docs/reference/status.md' {
    It 'has a Mermaid diagram with every status, and every readiness' {
        $doc = Get-Content -Raw (Join-Path $DocsDir 'status.md')
        $doc | Should -Match '```mermaid'
        foreach ($s in 'not_started', 'subplan_created', 'execution_created', 'in_progress', 'complete', 'failed', 'skipped') {
            $doc | Should -Match "(?m)^\|\s*``$s``\s*\|"
            $doc | Should -Match "-->\s*$s\b"
        }
        foreach ($r in [enum]::GetNames([ParallelExec.Readiness])) { $doc | Should -Match "(?m)^\|\s*``$r``\s*\|" }
    }
}

Describe 'README' {
    It 'links every reference page' {
        $readme = Get-Content -Raw (Join-Path $RepoRoot 'README.md')
        foreach ($f in Get-ChildItem $DocsDir -Filter *.md) { $readme | Should -Match ([regex]::Escape("docs/reference/$($f.Name)")) }
    }
}
