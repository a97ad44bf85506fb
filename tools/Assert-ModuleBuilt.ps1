# Run by ./ParallelExec.psd1 (ScriptsToProcess) before it loads the module built into out/: in a clone that has not
# been built yet, Import-Module says what to do instead of that the root module was not found.
& {
    $root = Split-Path -Parent $PSScriptRoot
    $built = Join-Path $root (Import-PowerShellDataFile (Join-Path $root 'ParallelExec.psd1')).RootModule
    if (-not (Test-Path -LiteralPath $built)) {
        throw "ParallelExec is not built in this clone ('$built' is missing). Run ./build.ps1 (dotnet pwsh -NoProfile -File ./build.ps1) first, then Import-Module ./ParallelExec.psd1 again."
    }
}
