BeforeDiscovery { . $PSScriptRoot/TestHelpers.ps1 }
# docs/reference must keep up with the code: every validation code the module can emit, every schema property.
BeforeAll {
    . $PSScriptRoot/TestHelpers.ps1
    $script:DocsDir = Join-Path $RepoRoot 'docs/reference'

    # The catalog: every code the module can emit, declared once in ParallelExec.Diagnostics.ErrorCodes (read by reflection).
    $script:Catalog = @([ParallelExec.Diagnostics.ErrorCodes]::All)
    $script:Sources = @(Get-ChildItem (Join-Path $RepoRoot 'src') -Recurse -Filter *.cs | Where-Object FullName -notmatch '[\\/](bin|obj)[\\/]' |
        ForEach-Object { [pscustomobject]@{ Name = $_.Name; Text = [IO.File]::ReadAllText($_.FullName) } })

    # The codes the doc documents: a heading, or the first cell of a table row.
    function Get-DocumentedCode([string] $Text) {
        $found = [System.Collections.Generic.HashSet[string]]::new([StringComparer]::Ordinal)
        foreach ($m in [regex]::Matches($Text, '(?m)^(?:#+\s*|\|\s*)`?([A-Z][A-Za-z0-9]+)`?\s*(?:\||$)')) { $null = $found.Add($m.Groups[1].Value) }
        return $found
    }
}

Describe 'the error catalog' {
    BeforeAll {
        $script:InErrors = [System.Collections.Generic.HashSet[string]]::new([StringComparer]::Ordinal)
        foreach ($m in [regex]::Matches((Get-Content -Raw (Join-Path $DocsDir 'errors.md')), '(?m)^\|\s*`([A-Z][A-Za-z0-9]+)`\s*\|')) { $null = $InErrors.Add($m.Groups[1].Value) }
        $script:InValidation = Get-DocumentedCode (Get-Content -Raw (Join-Path $DocsDir 'validation-codes.md'))
        $script:CodeUses = ($Sources | Where-Object Name -ne 'ErrorCodes.cs' | ForEach-Object Text) -join "`n"
    }

    It 'declares every code once' {
        $Catalog.Count | Should -BeGreaterThan 80
        @($Catalog.Name | Group-Object | Where-Object Count -gt 1) | Should -BeNullOrEmpty
        foreach ($known in 'PlanPathNotFound', 'CircularDependency', 'SchemaViolation', 'Valid', 'MissingEstimate', 'NoPlan', 'RegistryInvalidUtf8') {
            $Catalog.Name | Should -Contain $known
        }
    }

    It 'documents each code on the page its scope names' {
        $missing = foreach ($c in $Catalog) {
            $onErrors = $InErrors.Contains($c.Name); $onValidation = $InValidation.Contains($c.Name)
            $ok = switch ($c.Scope.ToString()) { 'Cmdlet' { $onErrors } 'Validation' { $onValidation } 'Both' { $onErrors -and $onValidation } }
            if (-not $ok) { "$($c.Name) ($($c.Scope))" }
        }
        @($missing) | Should -BeNullOrEmpty -Because 'a Cmdlet code needs a row in errors.md, a Validation code one in validation-codes.md, a Both code one in each'
    }

    It 'documents no code that the catalog does not declare' {
        $header = 'Code', 'ErrorId', 'Property', 'Status', 'Readiness'
        $stale = @(@($InErrors) + @($InValidation) | Where-Object { $_ -notin $Catalog.Name -and $_ -notin $header -and $_ -notmatch '^(Records|ErrorIds|Examples|Validation)' } | Sort-Object -Unique)
        $stale | Should -BeNullOrEmpty
    }

    It 'uses every code it declares' {
        $unused = @($Catalog | Where-Object { $CodeUses -notmatch "\bErrorCodes\.$($_.Name)\b" } | ForEach-Object Name)
        $unused | Should -BeNullOrEmpty -Because 'a code nobody emits is a stale entry of the catalog'
    }

    It 'builds every ErrorRecord in one place' {
        $sites = @($Sources | Where-Object { $_.Name -ne 'ErrorMapping.cs' -and $_.Text -match '\bnew\s+ErrorRecord\s*\(' } | ForEach-Object Name)
        $sites | Should -BeNullOrEmpty -Because 'ErrorRecords are built by ParallelExec.Output.ErrorMapping, from a code of the catalog'
    }
}

Describe 'the validation rules' {
    BeforeAll {
        # Every check of a registry's content is a rule class (ParallelExec.Registry.Rules), one per code.
        $script:Rules = @([ParallelExec.AchievementId].Assembly.GetTypes() |
            Where-Object { $_.Namespace -eq 'ParallelExec.Registry.Rules' -and $_.Name -like '*Rule' -and -not $_.IsAbstract -and $_.BaseType.Name -eq 'RegistryRule' })
        $script:ValidationDoc = (Get-Content -Raw (Join-Path $DocsDir 'validation-codes.md')) -replace "`r`n", "`n"
    }

    It 'are found' {
        $Rules.Count | Should -BeGreaterOrEqual 16
    }

    It 'each have a section with the meaning, an example and the fix' {
        $missing = foreach ($r in $Rules) {
            $code = $r.Name -replace 'Rule$'
            $m = [regex]::Match($ValidationDoc, "(?ms)^### ``$code``\n(.*?)(?=^##)")
            if (-not $m.Success -or $m.Groups[1].Value -notmatch "Rule: ``$($r.Name)``\." -or $m.Groups[1].Value -notmatch '(?m)^\* Example: ' -or $m.Groups[1].Value -notmatch '(?m)^\* Fix: ') { $code }
        }
        @($missing) | Should -BeNullOrEmpty -Because 'each rule has its ### section in validation-codes.md'
    }

    It 'each have their test class' {
        $missing = foreach ($r in $Rules) {
            if (-not (Test-Path (Join-Path $RepoRoot "tests/ParallelExec.Core.Tests/Rules/$($r.Name)Tests.cs"))) { $r.Name }
        }
        @($missing) | Should -BeNullOrEmpty -Because 'each rule has tests/ParallelExec.Core.Tests/Rules/<Rule>Tests.cs'
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
