BeforeDiscovery { . $PSScriptRoot/TestHelpers.ps1 }
BeforeAll { . $PSScriptRoot/TestHelpers.ps1 }

Describe 'The module' {
    BeforeAll {
        $assembly = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'ParallelExec' }
        $script:CmdletNames = $assembly.GetExportedTypes() |
            ForEach-Object { $_.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false) } |
            ForEach-Object { "$($_.VerbName)-$($_.NounName)" } | Sort-Object
        $script:Shipped = Import-PowerShellDataFile (Join-Path $BuiltModule 'ParallelExec.psd1')
        $script:Dev = Import-PowerShellDataFile (Join-Path $RepoRoot 'ParallelExec.psd1')
    }

    It 'has cmdlets' {
        $CmdletNames.Count | Should -BeGreaterThan 0
    }

    It 'exports exactly the cmdlets that exist, from both manifests' {
        @($Shipped.CmdletsToExport | Sort-Object) | Should -Be $CmdletNames
        @($Dev.CmdletsToExport | Sort-Object) | Should -Be $CmdletNames
        @((Get-Command -Module ParallelExec -CommandType Cmdlet).Name | Sort-Object) | Should -Be $CmdletNames
    }

    It 'has one version everywhere' {
        $props = ([xml](Get-Content -Raw (Join-Path $RepoRoot 'Directory.Build.props'))).Project.PropertyGroup.Version | Where-Object { $_ } | Select-Object -First 1
        $Shipped.ModuleVersion | Should -Be $props
        $Dev.ModuleVersion | Should -Be $props
        $Dev.GUID | Should -Be $Shipped.GUID
        (Get-Module ParallelExec).Version.ToString() | Should -Be $props
    }

    It 'ships no PowerShell, Newtonsoft or test assemblies' {
        $files = (Get-ChildItem -Recurse -File $BuiltModule).Name
        $files | Should -Contain 'ParallelExec.dll'
        $files | Should -Contain 'Markdig.dll'
        $files | Where-Object { $_ -match '^(System\.Management\.Automation|Newtonsoft|xunit|Microsoft\.NET\.Test|ParallelExec\.Core\.Tests)' } | Should -BeNullOrEmpty
    }

    It 'imports from the built folder on its own, in a fresh pwsh' {
        $out = Invoke-FreshPwsh "Import-Module '$BuiltModule/ParallelExec.psd1'; (Get-Module ParallelExec).ModuleBase; (Get-Command Get-ParallelPlan).Source"
        $out | Should -Contain $BuiltModule
        $out | Should -Contain 'ParallelExec'
    }

    It 'loads Markdig only when structure is first asked for' {
        $plan = New-TestFile 'lazy/PLAN_LAZY.md' "**Achievement 1.1**: A`n- **Deliverables**:`n  - one`n"
        $out = Invoke-FreshPwsh @"
Import-Module '$RepoRoot/ParallelExec.psd1'
function Loaded { [bool]([AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { `$_.GetName().Name -eq 'Markdig' }) }
'import:' + (Loaded)
`$a = Get-ParallelPlan -LiteralPath '$plan'
'read:' + (Loaded)
'deliverables:' + (`$a.Deliverables -join ',')
'after:' + (Loaded)
"@
        $out | Should -Contain 'import:False'
        $out | Should -Contain 'read:False'
        $out | Should -Contain 'deliverables:one'
        $out | Should -Contain 'after:True'
    }

    It 'loads NJsonSchema only when a registry needs its verdict' {
        $registry = New-TestFile 'lazy-json/parallel.json' '{ "plan": "X", "version": "1", "levels": [] }'
        $broken = New-TestFile 'lazy-json-broken/parallel.json' '{ "plan": 1, "version": "1", "levels": [] }'
        $out = Invoke-FreshPwsh @"
Import-Module '$RepoRoot/ParallelExec.psd1'
function Loaded { [bool]([AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { `$_.GetName().Name -eq 'NJsonSchema' }) }
'import:' + (Loaded)
`$null = Get-ParallelPlan -LiteralPath '$(Split-Path $registry)' -WarningAction SilentlyContinue
'plan:' + (Loaded)
'valid:' + (Test-ParallelJson -LiteralPath '$registry')
'clean:' + (Loaded)
'broken:' + (Test-ParallelJson -LiteralPath '$broken')
'after:' + (Loaded)
"@
        $out | Should -Contain 'import:False'
        $out | Should -Contain 'plan:False'
        $out | Should -Contain 'valid:True'
        $out | Should -Contain 'clean:False'
        $out | Should -Contain 'broken:False'
        $out | Should -Contain 'after:True'
    }

    It 'has an about_ParallelExec topic' {
        $about = Get-Help about_ParallelExec
        ($about | Out-String) | Should -Match 'about_ParallelExec'
        ($about | Out-String) | Should -Match 'Get-ParallelPlan'
    }

    It 'has a default view for every output type' {
        $format = [xml](Get-Content -Raw (Join-Path $BuiltModule 'ParallelExec.format.ps1xml'))
        $viewed = $format.Configuration.ViewDefinitions.View.ViewSelectedBy.TypeName
        foreach ($name in $CmdletNames) {
            foreach ($type in (Get-Command $name).OutputType.Name | Where-Object { $_ -like 'ParallelExec.*' }) {
                $viewed | Should -Contain $type -Because "$name outputs $type"
            }
        }
    }
}

Describe 'Help for <_>' -ForEach @((Get-Command -Module ParallelExec -CommandType Cmdlet).Name) {
    BeforeAll {
        $script:Help = Get-Help $_ -Full
        $script:Command = Get-Command $_
    }

    It 'has a synopsis that is not the generated syntax' {
        $Help.Synopsis | Should -Not -BeNullOrEmpty
        $Help.Synopsis | Should -Not -Match "^\s*$([regex]::Escape($_))\s"
    }

    It 'links to about_ParallelExec' {
        @($Help.relatedLinks.navigationLink.linkText) | Should -Contain 'about_ParallelExec'
    }

    It 'has a description' {
        ($Help.Description | Out-String).Trim().Length | Should -BeGreaterThan 40
    }

    It 'describes every parameter' {
        $common = [System.Management.Automation.Cmdlet]::CommonParameters + [System.Management.Automation.Cmdlet]::OptionalCommonParameters
        foreach ($p in $Command.Parameters.Keys | Where-Object { $_ -notin $common }) {
            $ph = $Help.parameters.parameter | Where-Object Name -eq $p
            $ph | Should -Not -BeNullOrEmpty -Because "-$p needs help"
            ($ph.Description | Out-String).Trim() | Should -Not -BeNullOrEmpty -Because "-$p needs a description"
        }
    }

    It 'has at least two examples with code and remarks' {
        @($Help.Examples.Example).Count | Should -BeGreaterOrEqual 2
        foreach ($e in $Help.Examples.Example) {
            $e.Code | Should -Not -BeNullOrEmpty
            ($e.Remarks | Out-String).Trim() | Should -Not -BeNullOrEmpty
        }
    }

    It 'has examples that parse and use only parameters the module''s cmdlets have' {
        foreach ($e in $Help.Examples.Example) {
            $tokens = $null; $errors = $null
            $ast = [System.Management.Automation.Language.Parser]::ParseInput(($e.Code -join "`n"), [ref] $tokens, [ref] $errors)
            $errors | Should -BeNullOrEmpty -Because "the example '$($e.Code)' must parse"
            foreach ($call in $ast.FindAll({ $args[0] -is [System.Management.Automation.Language.CommandAst] }, $true)) {
                $target = Get-Command -Module ParallelExec -Name $call.GetCommandName() -ErrorAction SilentlyContinue
                if (-not $target) { continue }
                $names = @($target.Parameters.Keys) + @($target.Parameters.Values.Aliases)
                foreach ($p in $call.CommandElements | Where-Object { $_ -is [System.Management.Automation.Language.CommandParameterAst] }) {
                    @($names | Where-Object { $_ -like "$($p.ParameterName)*" }).Count | Should -BeGreaterThan 0 -Because "$($target.Name) has no -$($p.ParameterName) (example: $($e.Code))"
                }
            }
        }
    }
}
