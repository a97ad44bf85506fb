# Should -BeValidParallelJson: a Pester assertion that fails with Test-ParallelJson's findings (code, line, message).
#
# A nested module of ParallelExec (the manifest's NestedModules), so Pester is never a dependency: the operator is
# registered with Pester's Add-ShouldOperator when Pester is there. Imported after Pester (the usual case: a test file
# imports ParallelExec in BeforeAll), it registers at once. Imported before Pester, it registers on the first lookup of
# a Pester command (Invoke-Pester, Describe, Should …) through the session's PostCommandLookupAction, which it then
# hands back as it was. It exports nothing: Should is the way in.

function BeValidParallelJson {
    # Pester passes -ActualValue, -Negate, -Because and more (CallerSessionState …); the rest land in $args.
    param($ActualValue, [switch] $Negate, [string] $Because)
    $subject = "$ActualValue"
    $because_ = if ($Because) { " because $($Because.Trim())" } else { '' }
    $problems = @()
    $records = @()
    if ($null -eq $ActualValue -or $subject.Trim().Length -eq 0) {
        $problems = @('no path was given')
    } else {
        $records = @(ParallelExec\Test-ParallelJson -LiteralPath $subject -Detailed -ErrorAction SilentlyContinue -ErrorVariable failed -WarningAction SilentlyContinue)
        $problems = @($failed | ForEach-Object { $_.Exception.Message })
    }
    $errors = @($records | Where-Object { "$($_.Severity)" -eq 'Error' })
    $valid = $problems.Count -eq 0 -and $errors.Count -eq 0
    if ($Negate) {
        return [pscustomobject]@{
            Succeeded      = -not $valid
            FailureMessage = if ($valid) { "Expected '$subject' not to be a valid parallel.json$because_, but Test-ParallelJson found no error." }
        }
    }
    if ($valid) { return [pscustomobject]@{ Succeeded = $true; FailureMessage = $null } }
    $lines = @(foreach ($r in $errors) {
            $where = if ($null -ne $r.Line) { "line $($r.Line)" + $(if ($null -ne $r.Column) { ", col $($r.Column)" }) } else { 'file' }
            "  $($r.Code) ($where): $($r.Message)"
        }) + @($problems | ForEach-Object { "  $_" })
    $count = $errors.Count + $problems.Count
    [pscustomobject]@{
        Succeeded      = $false
        FailureMessage = "Expected '$subject' to be a valid parallel.json$because_, but Test-ParallelJson found $count error$(if ($count -ne 1) { 's' }):`n" + ($lines -join "`n")
    }
}

function Register-ParallelJsonOperator {
    # Only the modules already loaded: Get-Command would search every module on PSModulePath (slow at import).
    $add = foreach ($m in @(Get-Module -Name Pester)) { if ($m.ExportedCommands.ContainsKey('Add-ShouldOperator')) { $m.ExportedCommands['Add-ShouldOperator']; break } }
    if (-not $add) { return $false }
    & $add -Name BeValidParallelJson -Test ${function:BeValidParallelJson}
    return $true
}

function Restore-CommandLookup {
    if (-not $script:Hooked) { return }
    $ExecutionContext.InvokeCommand.PostCommandLookupAction = $script:PreviousLookup
    $script:Hooked = $false
}

$script:Hooked = $false
if (-not (Register-ParallelJsonOperator)) {
    $script:PesterCommands = @('Invoke-Pester', 'Describe', 'Context', 'It', 'Should', 'BeforeAll', 'BeforeDiscovery', 'Add-ShouldOperator')
    $script:PreviousLookup = $ExecutionContext.InvokeCommand.PostCommandLookupAction
    $script:Registering = $false
    $ExecutionContext.InvokeCommand.PostCommandLookupAction = {
        param([string] $Name, [System.Management.Automation.CommandLookupEventArgs] $EventArgs)
        if ($script:PreviousLookup) { & $script:PreviousLookup $Name $EventArgs }
        if ($script:Registering -or $Name -notin $script:PesterCommands) { return }
        $script:Registering = $true
        try {
            if (Register-ParallelJsonOperator) { Restore-CommandLookup }
        } catch {
            Restore-CommandLookup
        } finally { $script:Registering = $false }
    }
    $script:Hooked = $true
    $ExecutionContext.SessionState.Module.OnRemove = { Restore-CommandLookup }
}

Export-ModuleMember
