# Development manifest. After `./build.ps1`, `Import-Module ./ParallelExec.psd1` loads the module built into
# out/ParallelExec/<version>/ (whose manifest is module/ParallelExec.psd1). Keep the version and the exports
# equal to that manifest's: a test checks it.
@{
    RootModule        = 'out/ParallelExec/0.1.0/ParallelExec.psd1'
    ModuleVersion     = '0.1.0'
    GUID              = '6f4f5a3e-2f63-4a8e-9a0c-4f1b7f3f8d21'
    Author            = 'ParallelExec contributors'
    Description       = 'Development entry point for the ParallelExec module (build it first with ./build.ps1).'
    PowerShellVersion = '7.4'
    ScriptsToProcess  = @('tools/Assert-ModuleBuilt.ps1')
    CmdletsToExport   = @('ConvertTo-ParallelJson', 'Export-ParallelJson', 'Export-ParallelWorkflow', 'Get-AchievementStatus', 'Get-ParallelConflict', 'Get-ParallelPlan', 'Get-ParallelProgress', 'Invoke-ParallelPlan', 'Measure-ParallelPlan', 'New-BatchExecutionPrompt', 'New-BatchSubplanPrompt', 'New-ParallelDiscoveryPrompt', 'Save-ParallelRunRecord', 'Show-ParallelGraph', 'Show-ParallelMenu', 'Skip-Achievement', 'Test-ParallelJson', 'Undo-ParallelBatch')
    FunctionsToExport = @()
    VariablesToExport = @()
    AliasesToExport   = @()
}
