BeforeAll {
    . $PSScriptRoot/TestHelpers.ps1
    # A repository of its own: paths are taken relative to its root (the .git folder), not to the plan's folder.
    $script:Repo = Join-Path $TestDrive 'repo'
    $null = New-Item -ItemType Directory -Force -Path (Join-Path $Repo '.git')
    $script:Plan = New-TestFile 'repo/work-space/plans/SHOP/PLAN_SHOP.md' @'
# PLAN: Shop

**Achievement 1.1**: Base
- **Dependencies**: None
- **Deliverables**:
  - `src/app.py`

**Achievement 2.1**: Cart
- **Dependencies**: 1.1
- **Deliverables**:
  - `src/cart.py` and `src/app.py` (register the route)
  - `true` is not a path, nor is `pytest -k cart`, nor `https://example.com/a.py`

**Achievement 2.2**: Checkout
- **Dependencies**: 1.1
- **Deliverables**:
  - `./../../../src/app.py`
  - `docs/checkout.md`

**Achievement 2.3**: Notes
- **Dependencies**: 1.1
- **Success Criteria**: `src/app.py` still starts (read, not written)
'@
    $script:PlanFolder = Split-Path $Plan
}

Describe 'Get-ParallelConflict' {
    It 'reports the pair of one level that declares the same file, with where each side declared it' {
        $c = @(Get-ParallelConflict -Path $Plan -ConflictOnly)
        $c.Count | Should -Be 1
        $c[0].PSObject.TypeNames[0] | Should -Be 'ParallelExec.ConflictInfo'
        "$($c[0].Id) $($c[0].OtherId) $($c[0].Kind)" | Should -Be '2.1 2.2 Conflict'
        $c[0].SharedPaths | Should -Be @('src/app.py')
        $c[0].DeclaredAt | Should -Be @('src/app.py (work-space/plans/SHOP/PLAN_SHOP.md:11)')
        $c[0].OtherDeclaredAt | Should -Be @('src/app.py (work-space/plans/SHOP/PLAN_SHOP.md:17)')
        $c[0].Suggestion | Should -Match 'Dependencies of 2\.2'
    }

    It 'never pairs an achievement with what it depends on (1.1 writes src/app.py too)' {
        Get-ParallelConflict -Path $Plan -ConflictOnly | Where-Object { $_.Id -eq '1.1' -or $_.OtherId -eq '1.1' } | Should -BeNullOrEmpty
    }

    It 'reports an achievement that declares nothing once, as Unknown, with who may run with it' {
        $u = @(Get-ParallelConflict -Path $Plan | Where-Object Kind -eq 'Unknown')
        $u.Count | Should -Be 1
        $u[0].Id | Should -Be '2.3'
        $u[0].OtherId | Should -BeNullOrEmpty
        $u[0].ConcurrentIds -join ' ' | Should -Be '2.1 2.2'
    }

    It 'narrows with -Id and -Level, and takes achievements from the pipeline' {
        @(Get-ParallelConflict -Path $Plan -Id 2.2 -ConflictOnly).Count | Should -Be 1
        @(Get-ParallelConflict -Path $Plan -Level 1).Count | Should -Be 0
        @(Get-ParallelPlan -Path $Plan -Id 2.1 | Get-ParallelConflict -ConflictOnly).Count | Should -Be 1
    }

    It 'takes a parallel.json files array as the write-set, globs included, and Test-ParallelJson accepts it' {
        $json = @'
{
  "plan": "SHOP",
  "version": "1.0",
  "levels": [
    { "level": 1, "achievements": [ { "id": "1.1", "title": "Base", "dependencies": [], "files": ["src/app.py"] } ] },
    { "level": 2, "achievements": [
      { "id": "2.1", "title": "Cart", "dependencies": ["1.1"], "files": ["src/**/*.py"] },
      { "id": "2.2", "title": "Checkout", "dependencies": ["1.1"], "files": ["docs/checkout.md"] },
      { "id": "2.3", "title": "Notes", "dependencies": ["1.1"], "files": ["src/notes/todo.py"] }
    ] }
  ]
}
'@
        [IO.File]::WriteAllText((Join-Path $PlanFolder 'parallel.json'), $json)
        try {
            Test-ParallelJson -Path (Join-Path $PlanFolder 'parallel.json') | Should -BeTrue
            $c = @(Get-ParallelConflict -Path $Plan -WarningAction SilentlyContinue)
            $c.Count | Should -Be 1
            "$($c[0].Id) $($c[0].OtherId)" | Should -Be '2.1 2.3'
            $c[0].SharedPaths | Should -Be @('src/**/*.py ~ src/notes/todo.py')
            $c[0].DeclaredAt[0] | Should -Match 'parallel\.json:7\)$'
        }
        finally { Remove-Item (Join-Path $PlanFolder 'parallel.json') }
    }

    It 'has ConvertTo-ParallelJson write each known write-set as files, which reads back to the same conflicts' {
        $json = ConvertTo-ParallelJson -Path $Plan | ConvertFrom-Json
        $entries = @($json.levels.achievements)
        ($entries | Where-Object id -eq '2.1').files | Should -Be @('src/cart.py', 'src/app.py')
        ($entries | Where-Object id -eq '2.2').files | Should -Be @('src/app.py', 'docs/checkout.md')
        ($entries | Where-Object id -eq '2.3').PSObject.Properties.Name | Should -Not -Contain 'files'
        ConvertTo-ParallelJson -Path $Plan | Set-Content -LiteralPath (Join-Path $PlanFolder 'parallel.json')
        try {
            $c = @(Get-ParallelConflict -Path $Plan -ConflictOnly -WarningAction SilentlyContinue)
            "$($c.Id) $($c.OtherId) $($c.SharedPaths)" | Should -Be '2.1 2.2 src/app.py'
            $c[0].DeclaredAt[0] | Should -Match '^src/app\.py \(work-space/plans/SHOP/parallel\.json:\d+\)$'
        }
        finally { Remove-Item (Join-Path $PlanFolder 'parallel.json') }
    }

    It 'has help with examples' {
        $h = Get-Help Get-ParallelConflict -Full
        @($h.examples.example).Count | Should -BeGreaterOrEqual 3
        $h.Synopsis | Should -Match 'same file'
    }
}

Describe 'Get-ParallelConflict on the corpus workspace' {
    It 'finds the real pairs of STAGE-DOMAIN-REFACTOR and PLAN-COMPLETION-VERIFICATION-AND-PROMPT-FIX read as independent, and places a Location line''s file' {
        $workspace = Join-Path $CorpusPath 'workspace'
        if (-not (Test-Path $workspace)) { Set-ItResult -Skipped -Because "the corpus is not at $CorpusPath"; return }
        # As written (achievements without Dependencies run one after the other), nothing may overlap; one Unknown is left.
        $asWritten = @(Get-ParallelConflict -Path $workspace -Recurse -WarningAction SilentlyContinue -ErrorAction SilentlyContinue)
        @($asWritten | Where-Object Kind -eq 'Conflict').Count | Should -Be 0
        @($asWritten | ForEach-Object { "$($_.PlanName) $($_.Id) $($_.Kind)" }) | Should -Be @('GRAPHRAG-OBSERVABILITY-VALIDATION 3.1 Unknown')
        $independent = @(Get-ParallelConflict -Path $workspace -Recurse -Assume Independent -ConflictOnly -WarningAction SilentlyContinue -ErrorAction SilentlyContinue)
        $stage = $independent | Where-Object { $_.PlanName -eq 'STAGE-DOMAIN-REFACTOR' -and $_.Id -eq '3.1' -and $_.OtherId -eq '3.2' }
        $stage.SharedPaths | Should -Be @('core/base/stage.py', 'tests/core/base/test_stage.py')
        $independent | Where-Object { $_.PlanName -eq 'PLAN-COMPLETION-VERIFICATION-AND-PROMPT-FIX' -and $_.Id -eq '2.1' -and $_.OtherId -eq '3.1' } |
            ForEach-Object SharedPaths | Should -Be @('generate_prompt.py')
        # Both SUBPLANs only read it ("Reads `LLM/PROJECT-CONTEXT.md`", "Reference `LLM/PROJECT-CONTEXT.md`"): no conflict.
        $independent | Where-Object { $_.PlanName -eq 'NEW-SESSION-CONTEXT-ENHANCEMENT' } | Should -BeNullOrEmpty
        # SUBPLAN 23 names "**`Data-Quality-Validation-Report.md`**" then "- Location: `documentation/`": one file, not the folder.
        $independent | Where-Object { $_.PlanName -eq 'GRAPHRAG-OBSERVABILITY-VALIDATION' -and $_.Id -eq '2.3' } | Should -BeNullOrEmpty
    }
}
