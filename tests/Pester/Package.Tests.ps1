BeforeDiscovery { . $PSScriptRoot/TestHelpers.ps1 }

# The module as users get it: published as a .nupkg into a file repository with PSResourceGet (the script
# build.ps1 -Task Package runs), installed with Install-PSResource, imported by name in a fresh pwsh.
# Everything runs in fresh pwsh processes whose home is a temporary folder: PSResourceGet keeps its repository
# list and CurrentUser modules under the home, so the user's own configuration is never touched.
Describe 'The package' {
    BeforeAll {
        . $PSScriptRoot/TestHelpers.ps1
        $script:Root = Join-Path $TestDrive 'package'
        $script:Home_ = Join-Path $Root 'home'
        $script:Repo = Join-Path $Root 'repo'
        $script:RepoName = 'ParallelExecTest' + [guid]::NewGuid().ToString('N').Substring(0, 12)
        $script:Isolated = @{
            HOME            = $Home_
            XDG_DATA_HOME   = Join-Path $Home_ '.local/share'
            XDG_CONFIG_HOME = Join-Path $Home_ '.config'
            XDG_CACHE_HOME  = Join-Path $Home_ '.cache'
            LOCALAPPDATA    = Join-Path $Home_ 'AppData/Local'
            APPDATA         = Join-Path $Home_ 'AppData/Roaming'
            USERPROFILE     = $Home_
        }
        # .NET answers an empty path for a special folder that does not exist: create them all.
        foreach ($d in @($Isolated.Values) + $Repo) { $null = New-Item -ItemType Directory -Force -Path $d }

        function Invoke-IsolatedPwsh([string] $Command) {
            $saved = @{}
            foreach ($k in $Isolated.Keys) { $saved[$k] = [Environment]::GetEnvironmentVariable($k); [Environment]::SetEnvironmentVariable($k, $Isolated[$k]) }
            try { Invoke-FreshPwsh $Command 2>&1 | ForEach-Object { "$_" } }
            finally { foreach ($k in $saved.Keys) { [Environment]::SetEnvironmentVariable($k, $saved[$k]) } }
        }

        # The user's real repository list, to check that it is left alone.
        $script:RealConfig = Join-Path ([Environment]::GetFolderPath('LocalApplicationData')) 'PSResourceGet/PSResourceRepository.xml'
        $script:RealConfigBefore = if (Test-Path $RealConfig) { (Get-FileHash $RealConfig).Hash }

        $script:Published = Invoke-IsolatedPwsh "& '$RepoRoot/tools/Publish-LocalPackage.ps1' -ModuleFolder '$BuiltModule' -RepositoryFolder '$Repo' -RepositoryName '$RepoName'"
        $script:Installed = Invoke-IsolatedPwsh "`$ErrorActionPreference = 'Stop'; Install-PSResource -Name ParallelExec -Repository '$RepoName' -Scope CurrentUser -TrustRepository -Quiet; 'installed'"
        $script:Used = Invoke-IsolatedPwsh @"
`$ErrorActionPreference = 'Stop'
Import-Module ParallelExec
'base:' + (Get-Module ParallelExec).ModuleBase
'version:' + (Get-Module ParallelExec).Version
'count:' + @(Get-ParallelPlan -LiteralPath '$RepoRoot/examples/one-priority').Count
'help:' + ((Get-Help Get-ParallelPlan).Synopsis.Length -gt 0)
"@
    }

    AfterAll {
        if ($RepoName) { $null = Invoke-IsolatedPwsh "Unregister-PSResourceRepository -Name '$RepoName' -ErrorAction SilentlyContinue" }
        if ($Root -and (Test-Path $Root)) { Remove-Item -Recurse -Force $Root }
    }

    It 'is published as ParallelExec.{version}.nupkg' {
        $nupkg = Join-Path $Repo "ParallelExec.$ModuleVersion.nupkg"
        $Published | Should -Contain $nupkg
        Test-Path $nupkg | Should -BeTrue
    }

    It 'installs with Install-PSResource into the CurrentUser module folder' {
        $Installed | Should -Contain 'installed'
        Test-Path (Join-Path $Isolated.XDG_DATA_HOME "powershell/Modules/ParallelExec/$ModuleVersion/ParallelExec.psd1") | Should -BeTrue
    }

    It 'imports by name in a fresh pwsh and reads a plan' {
        $Used | Should -Contain "base:$(Join-Path $Isolated.XDG_DATA_HOME "powershell/Modules/ParallelExec/$ModuleVersion")"
        $Used | Should -Contain "version:$ModuleVersion"
        $Used | Should -Contain 'count:4'
        $Used | Should -Contain 'help:True'
    }

    It 'leaves the user''s own repository list alone' {
        $after = if (Test-Path $RealConfig) { (Get-FileHash $RealConfig).Hash }
        $after | Should -Be $RealConfigBefore
        if (Test-Path $RealConfig) { Get-Content -Raw $RealConfig | Should -Not -Match $RepoName }
    }
}
