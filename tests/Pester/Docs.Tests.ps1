BeforeDiscovery { . $PSScriptRoot/TestHelpers.ps1 }
# docs/reference must keep up with the code: every validation code the module can emit, every schema property.
BeforeAll {
    . $PSScriptRoot/TestHelpers.ps1
    $script:DocsDir = Join-Path $RepoRoot 'docs/reference'

    # The codes the sources can emit, collected by regex at test time.
    function Get-EmittedCode {
        $core = Join-Path $RepoRoot 'src/ParallelExec.Core'
        $codes = [System.Collections.Generic.SortedSet[string]]::new([StringComparer]::Ordinal)
        foreach ($name in 'RegistryValidator.cs', 'RegistryValidator.FastScan.cs', 'SchemaCheck.cs') {
            $text = Get-Content -Raw (Get-ChildItem $core -Recurse -Filter $name)[0].FullName
            foreach ($m in [regex]::Matches($text, 'new\s+ValidationRecord\(\s*DiagnosticSeverity\.\w+\s*,\s*"(\w+)"')) { $null = $codes.Add($m.Groups[1].Value) }
            foreach ($m in [regex]::Matches($text, 'ParallelExecException\.Create\(\s*"(\w+)"')) { $null = $codes.Add($m.Groups[1].Value) }
        }
        # PlanText builds "Registry" + suffix (FileKind.Registry) for errors and warnings.
        $planText = Get-Content -Raw (Get-ChildItem $core -Recurse -Filter 'PlanText.cs')[0].FullName
        foreach ($m in [regex]::Matches($planText, '(?:ParallelExecException\.Create|new\s+PlanDiagnostic)\(\s*(?:DiagnosticSeverity\.\w+\s*,\s*)?prefix\s*\+\s*"(\w+)"')) { $null = $codes.Add('Registry' + $m.Groups[1].Value) }
        # Test-ParallelJson itself: the Valid record and the -Plan error.
        $cmd = Get-Content -Raw (Join-Path $RepoRoot 'src/ParallelExec/Commands/TestParallelJsonCommand.cs')
        foreach ($m in [regex]::Matches($cmd, 'new\s+ValidationRecord\(\s*DiagnosticSeverity\.\w+\s*,\s*"(\w+)"')) { $null = $codes.Add($m.Groups[1].Value) }
        foreach ($m in [regex]::Matches($cmd, '"(\w+)"\s*,\s*ErrorCategory\.')) { $null = $codes.Add($m.Groups[1].Value) }
        return @($codes)
    }

    # Every code the C# sources can emit: the ErrorId of an ErrorRecord, the code of a PlanDiagnostic (an ErrorRecord
    # or a "[Code] ..." warning), of a ParallelExecException, of a ValidationRecord, and "[Code]" written at the start
    # of a message. Read from src/**/*.cs at test time, following codes built in variables. Returns Codes (sorted) and
    # Unexplained: code arguments the scan could not read, which must fail a test rather than be skipped.
    function Get-ModuleCode {
        param([string] $Source = (Join-Path $RepoRoot 'src'))
        $files = [ordered]@{}
        foreach ($f in Get-ChildItem $Source -Recurse -Filter *.cs | Where-Object FullName -notmatch '[\\/](bin|obj)[\\/]') {
            # Comment lines blanked, so that line numbers stay right and commented-out code does not count.
            $files[$f.FullName] = [regex]::Replace([IO.File]::ReadAllText($f.FullName), '(?m)^[ \t]*//.*$', '')
        }
        $codes = [System.Collections.Generic.SortedSet[string]]::new([StringComparer]::Ordinal)
        $unexplained = [System.Collections.Generic.List[string]]::new()

        # The index just past a C# string literal ("", @"", $"", $@"") that starts at $i, holes of $"" included.
        function Skip-String([string] $t, [int] $i) {
            $interp = $false; $verbatim = $false
            while ($t[$i] -ne '"') { if ($t[$i] -eq '$') { $interp = $true } else { $verbatim = $true }; $i++ }
            $i++
            while ($i -lt $t.Length) {
                $c = $t[$i]
                if (-not $verbatim -and $c -eq '\') { $i += 2; continue }
                if ($c -eq '"') { if ($verbatim -and $i + 1 -lt $t.Length -and $t[$i + 1] -eq '"') { $i += 2; continue }; return $i + 1 }
                if ($interp -and $c -eq '{') {
                    if ($t[$i + 1] -eq '{') { $i += 2; continue }
                    $i = (Split-Argument $t $i).End
                    continue
                }
                $i++
            }
            return $i
        }
        # The top-level arguments of the bracket at $open ('(' or an interpolation hole's '{'), and the index past its close.
        function Split-Argument([string] $t, [int] $open) {
            $parts = [System.Collections.Generic.List[string]]::new()
            $depth = 0; $start = $open + 1; $i = $open
            while ($i -lt $t.Length) {
                $c = $t[$i]
                if ($c -eq '"' -or (($c -eq '$' -or $c -eq '@') -and [regex]::new('\G[$@]{1,2}"').IsMatch($t, $i))) { $i = Skip-String $t $i; continue }
                if ($c -eq "'") { $j = $i + 1; if ($t[$j] -eq '\') { $j += 2 } else { $j++ }; while ($j -lt $t.Length -and $t[$j] -ne "'") { $j++ }; $i = $j + 1; continue }
                if ($c -eq '(' -or $c -eq '[' -or $c -eq '{') { $depth++ }
                elseif ($c -eq ')' -or $c -eq ']' -or $c -eq '}') {
                    $depth--
                    if ($depth -eq 0) { $parts.Add($t.Substring($start, $i - $start).Trim()); return [pscustomobject]@{ Arguments = @($parts | Where-Object { $_ }); End = $i + 1 } }
                }
                elseif ($c -eq ',' -and $depth -eq 1) { $parts.Add($t.Substring($start, $i - $start).Trim()); $start = $i + 1 }
                $i++
            }
            return [pscustomobject]@{ Arguments = @($parts); End = $i }
        }
        # The codes a code argument stands for; $null when the scan cannot tell.
        function Resolve-Code([string] $expr, [string] $t, [int] $at) {
            $expr = $expr.Trim()
            if ($expr -match '^"(\w+)"$') { return , @($Matches[1]) }
            if ($expr -match '^[^?"]*(?:"[^"]*"[^?"]*)*\?\s*"(\w+)"\s*:\s*"(\w+)"$') { return , @($Matches[1], $Matches[2]) }   # cond ? "A" : "B"
            if ($expr -match '^(\w+)\s*\+\s*"(\w+)"$') {
                # A prefix held in a local, e.g. PlanText's  string prefix = kind == FileKind.Registry ? "Registry" : "Plan";
                $name = $Matches[1]; $suffix = $Matches[2]
                $assign = [regex]::Matches($t.Substring(0, $at), "\b(?:string|var)\s+$name\s*=\s*([^;]+);")
                if ($assign.Count -eq 0) { return $null }
                $prefixes = Resolve-Code $assign[$assign.Count - 1].Groups[1].Value $t $at
                if (-not $prefixes) { return $null }
                return , @($prefixes | ForEach-Object { $_ + $suffix })
            }
            return $null
        }
        # The calls that receive the code, each with the index of its code argument.
        $sites = @(
            @{ Pattern = '\bnew\s+PlanDiagnostic\s*\('; Index = 1 }
            @{ Pattern = '\bParallelExecException\.Create\s*\('; Index = 0 }
            @{ Pattern = '\bnew\s+ValidationRecord\s*\('; Index = 1 }
            @{ Pattern = '\bnew\s+ErrorRecord\s*\('; Index = 1 }
        )
        $forwards = [System.Collections.Generic.List[object]]::new()
        foreach ($path in $files.Keys) {
            $t = $files[$path]
            $where = { param($at) '{0}:{1}' -f [IO.Path]::GetFileName($path), ($t.Substring(0, $at) -split "`n").Count }
            foreach ($site in $sites) {
                foreach ($m in [regex]::Matches($t, $site.Pattern)) {
                    $call = Split-Argument $t ($m.Index + $m.Length - 1)
                    if ($call.Arguments.Count -le $site.Index) { $unexplained.Add("$(& $where $m.Index): $($m.Value) with too few arguments"); continue }
                    $expr = $call.Arguments[$site.Index]
                    $found = Resolve-Code $expr $t $m.Index
                    if ($found) { foreach ($c in $found) { $null = $codes.Add($c) }; continue }
                    # d.Code, e.Diagnostic.Code: a diagnostic made elsewhere, passed on with its code (counted where it is made).
                    if ($expr -match '^[\w.]+\.Code$') { continue }
                    # A parameter of the enclosing method (ParallelExecException.Create's code, a NotFound/Error helper's id):
                    # its codes are the ones the method's callers pass.
                    if ($expr -match '^\w+$') {
                        $decl = [regex]::Matches($t.Substring(0, $m.Index), "(?<name>\w+)\s*\((?<params>[^()]*\bstring\??\s+$expr\b[^()]*)\)")
                        if ($decl.Count -gt 0) {
                            $d = $decl[$decl.Count - 1]
                            $params = @($d.Groups['params'].Value -split ',' | ForEach-Object { ($_ -replace '=.*$', '').Trim() })
                            $index = [array]::FindIndex([string[]]$params, [Predicate[string]] { param($p) $p -match "\s$expr$" })
                            $class = [regex]::Matches($t.Substring(0, $d.Index), '\bclass\s+(\w+)')
                            $forwards.Add([pscustomobject]@{ Name = $d.Groups['name'].Value; Index = $index; Class = $class[$class.Count - 1].Groups[1].Value; Site = & $where $m.Index })
                            continue
                        }
                    }
                    $unexplained.Add("$(& $where $m.Index): the code argument '$expr' of $($m.Value.Trim())")
                }
            }
            # "[Code] …" at the start of a message written as text (Measure-ParallelPlan's [MissingEstimate], the menu's lines).
            foreach ($m in [regex]::Matches($t, '[$@]{0,2}"\[([A-Z][a-z]\w*)\]')) { $null = $codes.Add($m.Groups[1].Value) }
        }
        # The callers of each method that passes a parameter on as the code: ClassName.Method( or an unqualified Method(.
        foreach ($fw in $forwards) {
            $callers = 0
            foreach ($path in $files.Keys) {
                $t = $files[$path]
                foreach ($m in [regex]::Matches($t, "(?<![\w.:])(?:$($fw.Class)\.)?$($fw.Name)\s*\(")) {
                    $call = Split-Argument $t ($m.Index + $m.Length - 1)
                    if ($call.Arguments.Count -le $fw.Index) { continue }
                    $expr = $call.Arguments[$fw.Index]
                    if ($expr -match '^[\w.<>?\[\]]+\s+\w+$') { continue }   # the declaration itself: "string code"
                    $found = Resolve-Code $expr $t $m.Index
                    if ($found) { foreach ($c in $found) { $null = $codes.Add($c) }; $callers++ }
                    else { $unexplained.Add("$([IO.Path]::GetFileName($path)): the code argument '$expr' of a call to $($fw.Name)") }
                }
            }
            if ($callers -eq 0) { $unexplained.Add("$($fw.Site): $($fw.Class).$($fw.Name) passes a parameter on as the code, but no caller was found") }
        }
        [pscustomobject]@{ Codes = @($codes); Unexplained = @($unexplained) }
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

Describe 'docs/reference/errors.md' {
    BeforeAll {
        $script:Scan = Get-ModuleCode
        $errorsDoc = Get-Content -Raw (Join-Path $DocsDir 'errors.md')
        # The codes of errors.md: the first cell of a table row, in backquotes ("(no code)" rows have none).
        $script:InErrors = [System.Collections.Generic.HashSet[string]]::new([StringComparer]::Ordinal)
        foreach ($m in [regex]::Matches($errorsDoc, '(?m)^\|\s*`([A-Z][A-Za-z0-9]+)`\s*\|')) { $null = $InErrors.Add($m.Groups[1].Value) }
        $script:InValidation = Get-DocumentedCode (Get-Content -Raw (Join-Path $DocsDir 'validation-codes.md'))
    }

    It 'reads every code argument of the sources' {
        # A code built in a way the scan does not follow must be taught to it, not skipped.
        $Scan.Unexplained | Should -BeNullOrEmpty
    }

    It 'finds the codes in the sources, including those built in variables' {
        # A guard for the scan: a broken regex must fail here rather than let the next test pass on nothing.
        $Scan.Codes.Count | Should -BeGreaterThan 60
        foreach ($known in 'PlanPathNotFound', 'PathEmpty', 'RegistryEntryIgnored', 'RegistryLevelConflict', 'DependenciesAssumed',
            'AmbiguousFile', 'OrphanFile', 'ActionRequired', 'SkipFileExists', 'MenuRequiresInteractiveHost',
            'PlanFileBinary', 'RegistryFileBinary', 'PlanInvalidUtf8', 'RegistryInvalidUtf8', # PlanText's prefix + suffix
            'UnknownBlock', 'NoPlan', 'MenuNeedsOnePlan',                                      # cond ? "A" : "B"
            'LevelNotFound', 'AmbiguousAchievement',                                           # helpers that pass the code on
            'MissingEstimate', 'SchemaViolation', 'Valid') {
            $Scan.Codes | Should -Contain $known
        }
    }

    It 'documents every code the module can emit, in errors.md or validation-codes.md' {
        $missing = @($Scan.Codes | Where-Object { -not $InErrors.Contains($_) -and -not $InValidation.Contains($_) })
        $missing | Should -BeNullOrEmpty -Because 'every ErrorId and warning code needs a row in docs/reference/errors.md (or, for Test-ParallelJson, validation-codes.md)'
    }

    It 'documents no code the sources no longer emit' {
        $stale = @($InErrors | Where-Object { $_ -notin $Scan.Codes })
        $InErrors.Count | Should -BeGreaterThan 60
        $stale | Should -BeNullOrEmpty -Because 'a row of docs/reference/errors.md names a code that no source emits'
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
