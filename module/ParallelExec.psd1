@{
    RootModule           = 'ParallelExec.dll'
    ModuleVersion        = '0.1.0'
    CompatiblePSEditions = @('Core')
    GUID                 = '6f4f5a3e-2f63-4a8e-9a0c-4f1b7f3f8d21'
    Author               = 'ParallelExec contributors'
    CompanyName          = 'ParallelExec'
    Copyright            = '(c) ParallelExec contributors. MIT License.'
    Description          = 'Reads methodology PLANs into a dependency graph and finds the achievements that can run in parallel.'
    PowerShellVersion    = '7.4'
    TypesToProcess       = @('ParallelExec.types.ps1xml')
    FormatsToProcess     = @('ParallelExec.format.ps1xml')
    # Should -BeValidParallelJson for Pester (registered only when Pester is loaded; exports nothing).
    CmdletsToExport      = @('ConvertTo-ParallelJson', 'Export-ParallelJson', 'Export-ParallelWorkflow', 'Get-AchievementStatus', 'Get-ParallelConflict', 'Get-ParallelPlan', 'Get-ParallelProgress', 'Invoke-ParallelPlan', 'Measure-ParallelPlan', 'New-BatchExecutionPrompt', 'New-BatchSubplanPrompt', 'New-ParallelDiscoveryPrompt', 'Save-ParallelRunRecord', 'Show-ParallelGraph', 'Show-ParallelMenu', 'Skip-Achievement', 'Test-ParallelJson', 'Undo-ParallelBatch')
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('Plan', 'Parallel', 'LLM', 'Dependencies', 'Markdown')
            ReleaseNotes = 'First release: PLANs and parallel.json into a levelled dependency graph (Get-ParallelPlan, Show-ParallelGraph, Measure-ParallelPlan); parallel.json validated and written (Test-ParallelJson, Export-ParallelJson, ConvertTo-ParallelJson); status from the files (Get-AchievementStatus, Get-ParallelProgress, Skip-Achievement); discovery and batch prompts with scaffolds and undo (New-ParallelDiscoveryPrompt, New-BatchSubplanPrompt, New-BatchExecutionPrompt, Undo-ParallelBatch); a scheduler (Invoke-ParallelPlan) and a menu (Show-ParallelMenu). Documentation: README.md and docs/ in the project repository.'
        }
    }
}
