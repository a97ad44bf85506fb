BeforeAll {
    . $PSScriptRoot/TestHelpers.ps1

    # The text a property's value shows as: a list joined with ', ', nothing for $null.
    function Get-ShownText($Value) {
        if ($null -eq $Value) { return '' }
        if ($Value -is [System.Collections.IEnumerable] -and $Value -isnot [string]) { return (@($Value) | ForEach-Object { "$_" }) -join ', ' }
        "$Value"
    }

    # Each data row of a rendered table (group headers, the header and its dashes, blank lines skipped), in order.
    function Read-TableRow([string] $Text) {
        $lines = $Text -split "`r?`n"
        $heads = @()
        for ($i = 1; $i -lt $lines.Count; $i++) {
            if ($lines[$i] -match '^\s*-+(\s+-+)*\s*$' -and $lines[$i - 1] -notmatch '^\s*$') {
                # the first column ends where the second one's dashes begin; a line blank there continues the row (a view
                # that wraps its long cells)
                $spans = @([regex]::Matches($lines[$i], '-+'))
                $first = if ($spans.Count -gt 1) { $spans[1].Index } else { $lines[$i].Length }
                $row = $null
                for ($j = $i + 1; $j -lt $lines.Count -and $lines[$j] -notmatch '^\s*$'; $j++) {
                    $head = $lines[$j].Substring(0, [math]::Min($first, $lines[$j].Length))
                    if ($null -ne $row -and $head.Trim() -eq '') { $row += "`n" + $lines[$j]; continue }
                    if ($null -ne $row) { $row }
                    $row = $lines[$j]
                }
                if ($null -ne $row) { $row }
                $i = $j
            }
        }
    }

    # Documented decorations of a cell (module/ParallelExec.format.ps1xml), which the value is still found in: ~ before
    # an assumed edge (Achievement's Dependencies), " !" after a drifting Status, "blocked by …; " before a Detail.
    # Columns whose label is not a property: the -WhatIf schedule's hours (StartHours/EndHours, blank when it would not
    # run), and LevelProgress's Level, which is 'all' for the whole plan and '-' for a cycle.
    $script:NotProperties = 'Start (h)', 'End (h)', 'Level'

    function Get-ViewLabel([string] $TypeName) {
        [xml] $f = Get-Content (Join-Path $RepoRoot 'module/ParallelExec.format.ps1xml')
        $view = $f.Configuration.ViewDefinitions.View | Where-Object { $_.ViewSelectedBy.TypeName -eq $TypeName -and $_.TableControl } | Select-Object -First 1
        $heads = @($view.TableControl.TableHeaders.TableColumnHeader)
        $items = @($view.TableControl.TableRowEntries.TableRowEntry.TableColumnItems.TableColumnItem)
        for ($i = 0; $i -lt $items.Count; $i++) { if ($heads[$i].Label) { $heads[$i].Label } else { $items[$i].PropertyName } }
    }

    function Assert-TableShowsProperties([object[]] $Objects, [int] $Width) {
        $typeName = $Objects[0].PSObject.TypeNames[0]
        $rows = @(Read-TableRow ($Objects | Format-Table | Out-String -Width $Width))
        $rows.Count | Should -Be $Objects.Count -Because "$typeName renders one row per object at width $Width"
        foreach ($line in $rows -split "`n") { $line.TrimEnd().Length | Should -BeLessOrEqual $Width -Because "$typeName's rows fit $Width columns" }
        $labels = @(Get-ViewLabel $typeName)
        $labels.Count | Should -BeGreaterThan 0 -Because "$typeName has a table view"
        for ($r = 0; $r -lt $rows.Count; $r++) {
            foreach ($label in $labels) {
                if ($label -in $NotProperties) { continue }
                $Objects[$r].PSObject.Properties.Name | Should -Contain $label -Because "$typeName's column $label is a property"
                $want = Get-ShownText $Objects[$r].($label)
                if ($want -eq '') { continue }
                if ($rows[$r].Contains($want)) { continue }
                $flat = $rows[$r] -replace '\s', ''
                if ($rows[$r].Contains("`n") -and $flat.Contains(($want -replace '\s', ''))) { continue } # wrapped
                if ($rows[$r].Contains("`n") -and -not @(($want -split '\s+') | Where-Object { $_ -and -not $rows[$r].Contains($_) }).Count) { continue } # wrapped beside another wrapped cell
                # a long text cut to its column: its start and an ellipsis; never a number
                $want | Should -Not -Match '^[\d./%:-]+h?$' -Because "$typeName's $label ($want) is a number, shown whole at width $Width"
                $found = $false
                for ($n = $want.Length - 1; $n -ge 3 -and -not $found; $n--) { $found = $rows[$r].Contains($want.Substring(0, $n) + '…') }
                $found | Should -BeTrue -Because "$typeName's $label column shows '$want' (or its start and …), row: $($rows[$r])"
            }
        }
        $rows
    }

    function New-ViewPlan([string] $Name) {
        $plan = New-TestFile "$Name/PLAN_DEMO.md" ($DemoPlan -replace 'First Thing', 'First Thing With A Title Long Enough To Need The Width Of A Wide Table')
        New-TestFile "$Name/execution/feedbacks/APPROVED_11.md" 'ok' | Out-Null
        $plan
    }
}

Describe 'Every column a default view shows is the property of that name, with its value (at 80 and 200 columns)' {
    BeforeAll {
        $script:Plan = New-ViewPlan 'views'
        $script:Samples = [ordered]@{
            Achievement = { Get-ParallelPlan $Plan -WarningAction SilentlyContinue }
            Status      = { Get-AchievementStatus $Plan }
            Progress    = { Get-ParallelProgress $Plan -WarningAction SilentlyContinue }
            Prompt      = { New-BatchSubplanPrompt $Plan -WarningAction SilentlyContinue }
            Skipped     = { (New-BatchSubplanPrompt $Plan -Id 1.1, 1.2 -WarningAction SilentlyContinue | Select-Object -First 1).Skipped }
            Level       = { (Measure-ParallelPlan $Plan -WarningAction SilentlyContinue).Levels }
            Placed      = { (Measure-ParallelPlan $Plan -WarningAction SilentlyContinue).Schedule }
            Edge        = { (Get-ParallelPlan $Plan -WarningAction SilentlyContinue)[0].Plan.Edges }
            Plan        = { (Get-ParallelPlan $Plan -WarningAction SilentlyContinue)[0].Plan }
            WhatIf      = { Invoke-ParallelPlan $Plan -ScriptBlock { } -WhatIf -WarningAction SilentlyContinue 6>$null }
            Run         = { Invoke-ParallelPlan (New-ViewPlan 'views-run') -ScriptBlock { } -WarningAction SilentlyContinue }
            Record      = {
                $file = New-TestFile 'views-registry/parallel.json' '{"plan_name":"DEMO","levels":[{"level":1,"achievements":[{"id":"1.1","title":"A","dependencies":["9.9"]}]}]}'
                Test-ParallelJson -LiteralPath $file -Detailed -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
            }
        }
    }

    It '<Name> at <Width> columns' -ForEach @('Achievement', 'Status', 'Progress', 'Prompt', 'Skipped', 'Level', 'Placed', 'Edge', 'Plan', 'WhatIf', 'Run', 'Record' | ForEach-Object { @{ Name = $_; Width = 80 }; @{ Name = $_; Width = 200 } }) {
        $objects = @(& $Samples[$Name])
        $objects.Count | Should -BeGreaterThan 0
        $null = Assert-TableShowsProperties $objects $Width
    }

    It 'a title takes the width the table has: whole at 200 columns, cut (with …) at 80' {
        $s = Get-AchievementStatus $Plan -Id 1.1
        $title = $s.Title
        $title.Length | Should -BeGreaterThan 40
        ($s | Format-Table | Out-String -Width 200) | Should -Match ([regex]::Escape($title))
        ($s | Format-Table | Out-String -Width 80) -split "`n" | ForEach-Object { $_.TrimEnd().Length } | Measure-Object -Maximum |
            ForEach-Object Maximum | Should -BeLessOrEqual 80
        $r = Invoke-ParallelPlan (New-ViewPlan 'views-title') -ScriptBlock { } -WarningAction SilentlyContinue | Where-Object Id -eq 1.1
        ($r | Format-Table | Out-String -Width 200) | Should -Match ([regex]::Escape($title))
    }

    It 'a prompt''s Part is "1/2" (what its table shows), and Done/Total/Percent are a level''s Progress' {
        $sb = [Text.StringBuilder]::new("# PLAN: Big`n`n")
        foreach ($i in 1..6) { $null = $sb.Append("**Achievement 1.$i**: Thing $i (2h)`n`n- **Goal**: $('g' * 400)`n- **Dependencies**: None`n`n") }
        $parts = @(New-BatchSubplanPrompt (New-TestFile 'views-big/PLAN_BIG.md' $sb.ToString()) -Level 1 -MaxCharacters 4000)
        $parts.Count | Should -BeGreaterThan 1
        $parts[0].Part | Should -Be "1/$($parts.Count)"
        $null = Assert-TableShowsProperties $parts 80
        $p = Get-ParallelProgress $Plan -WarningAction SilentlyContinue | Select-Object -First 1
        $p.Progress | Should -Be ('{0}/{1} {2}%' -f $p.Done, $p.Total, $p.Percent)
        ($p | Select-Object Progress).Progress | Should -Be $p.Progress
    }

    It 'a measure''s list shows its properties'' values, Executors as ExecutorLimit ("unlimited" or the number)' {
        $m = Measure-ParallelPlan $Plan -WarningAction SilentlyContinue
        $m.ExecutorLimit | Should -Be 'unlimited'
        (Measure-ParallelPlan $Plan -Executors 2 -WarningAction SilentlyContinue).ExecutorLimit | Should -Be '2'
        $text = $m | Format-List | Out-String -Width 200
        foreach ($line in $text -split "`r?`n" | Where-Object { $_ -match '^(\w+)\s+: (.*)$' }) {
            $null = $line -match '^(\w+)\s+: (.*)$'
            $name = $Matches[1]; $shown = $Matches[2].TrimEnd()
            if ($name -eq 'Levels') { continue } # one line per level (LevelMeasure's text)
            $m.PSObject.Properties.Name | Should -Contain $name
            $shown | Should -Be (Get-ShownText $m.$name) -Because "Measure's $name shows its value"
        }
    }
}
