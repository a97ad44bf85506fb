# Run by ./ParallelExec.psd1 (ScriptsToProcess) before it loads the module built into out/: in a clone that has not
# been built yet, Import-Module says what to do instead of that the root module was not found.
# .NET calls only: a cmdlet here (Join-Path, Test-Path, Import-PowerShellDataFile) would load its module first, which
# cost more than importing ParallelExec itself.
& {
    $root = [IO.Path]::GetDirectoryName($PSScriptRoot)
    $manifest = [IO.File]::ReadAllText([IO.Path]::Combine($root, 'ParallelExec.psd1'))
    $built = [IO.Path]::Combine($root, [regex]::Match($manifest, "(?m)^\s*RootModule\s*=\s*'([^']+)'").Groups[1].Value)
    if (-not [IO.File]::Exists($built)) {
        throw "ParallelExec is not built in this clone ('$built' is missing). Run ./build.ps1 (dotnet pwsh -NoProfile -File ./build.ps1) first, then Import-Module ./ParallelExec.psd1 again."
    }
}
