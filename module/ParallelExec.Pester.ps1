# Should -BeValidParallelJson: the test of a Pester assertion that fails with Test-ParallelJson's findings (code,
# line, message). Pester is never a dependency: ParallelExec's module initializer (src/ParallelExec/Hosting/
# PesterOperator.cs) reads this file and passes it to Pester's Add-ShouldOperator only when Pester is there: at
# import when Pester is loaded already, else at the first lookup of a Pester command (Invoke-Pester, Describe,
# Should ...). So no script is compiled at Import-Module.
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
