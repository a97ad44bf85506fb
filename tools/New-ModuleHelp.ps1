<#
.SYNOPSIS
    Writes the module's MAML help (en-US/ParallelExec.dll-Help.xml) from module/en-US/<Cmdlet>.help.psd1.
.DESCRIPTION
    Parameter types, positions, pipeline input and aliases come from the built cmdlets themselves, so the help
    cannot drift from the code; the words come from the .help.psd1 files. Run in a fresh pwsh by build.ps1.
#>
param(
    [Parameter(Mandatory)] [string] $ModuleManifest,
    [Parameter(Mandatory)] [string] $SourceFolder,
    [Parameter(Mandatory)] [string] $OutFile
)
$ErrorActionPreference = 'Stop'
$module = Import-Module $ModuleManifest -PassThru -Force
# -WhatIf and -Confirm are documented where a cmdlet has them (SYNTAX shows [-WhatIf] [-Confirm], Get-Help -Parameter
# WhatIf answers); the other common parameters are <CommonParameters>.
$common = [System.Management.Automation.Cmdlet]::CommonParameters + 'UseTransaction'
$shouldProcessText = @{
    WhatIf  = 'Shows what the cmdlet would do without doing it: nothing is written or removed.'
    Confirm = 'Asks for confirmation before each change.'
}
$maml = 'http://schemas.microsoft.com/maml/2004/10'
$cmd = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
$dev = 'http://schemas.microsoft.com/maml/dev/2004/10'

$settings = [System.Xml.XmlWriterSettings]::new()
$settings.Indent = $true
$settings.Encoding = [System.Text.UTF8Encoding]::new($false)
$null = New-Item -ItemType Directory -Force -Path (Split-Path $OutFile)
$w = [System.Xml.XmlWriter]::Create($OutFile, $settings)

function Para([string] $text) {
    foreach ($p in ($text -split '(\r?\n){2,}' | Where-Object { $_.Trim() })) {
        $w.WriteElementString('para', $maml, $p.Trim())
    }
}
# The default a parameter really has: the value of its property on a new instance of the cmdlet (None when unset).
function DefaultValue($c, $p) {
    if ($p.Name -in 'WhatIf', 'Confirm') { return 'False' }
    $instance = [Activator]::CreateInstance($c.ImplementingType)
    try {
        $value = $instance.GetType().GetProperty($p.Name).GetValue($instance)
        if ($null -eq $value) { return 'None' }
        if ($value -is [System.Management.Automation.SwitchParameter]) { return [string]$value.IsPresent }
        return [string]$value
    }
    finally { if ($instance -is [IDisposable]) { $instance.Dispose() } }
}

function ParameterElement($p, $set, [string] $text, [switch] $Syntax, [string] $Default = 'None') {
    $attr = $set.Parameters | Where-Object Name -eq $p.Name | Select-Object -First 1
    if (-not $attr) { $attr = $p.ParameterSets.Values | Select-Object -First 1 }
    $pipeline = @()
    if ($attr.ValueFromPipeline) { $pipeline += 'ByValue' }
    if ($attr.ValueFromPipelineByPropertyName) { $pipeline += 'ByPropertyName' }
    $w.WriteStartElement('command', 'parameter', $cmd)
    $w.WriteAttributeString('required', ([string]$attr.IsMandatory).ToLowerInvariant())
    $w.WriteAttributeString('variableLength', 'true')
    $w.WriteAttributeString('globbing', ([string]($p.Attributes.TypeId.Name -contains 'SupportsWildcardsAttribute')).ToLowerInvariant())
    $w.WriteAttributeString('pipelineInput', $(if ($pipeline) { "True ($($pipeline -join ', '))" } else { 'False' }))
    $w.WriteAttributeString('position', $(if ($attr.Position -ge 0) { [string]$attr.Position } else { 'named' }))
    $w.WriteAttributeString('aliases', $(if ($p.Aliases.Count) { $p.Aliases -join ', ' } else { 'none' }))
    $w.WriteElementString('name', $maml, $p.Name)
    $w.WriteStartElement('description', $maml); Para $text; $w.WriteEndElement()
    $typeName = if ($p.ParameterType -eq [System.Management.Automation.SwitchParameter]) { 'SwitchParameter' } else { $p.ParameterType.Name }
    if ($p.ParameterType.IsEnum) {
        $w.WriteStartElement('parameterValueGroup', $cmd)
        foreach ($v in [Enum]::GetNames($p.ParameterType)) {
            $w.WriteStartElement('parameterValue', $cmd); $w.WriteAttributeString('required', 'false'); $w.WriteAttributeString('variableLength', 'false'); $w.WriteString($v); $w.WriteEndElement()
        }
        $w.WriteEndElement()
    }
    # In a syntax line a switch takes no value: Get-Help shows [-Recurse], not [-Recurse <SwitchParameter>].
    if (-not ($Syntax -and $typeName -eq 'SwitchParameter')) {
        $w.WriteStartElement('parameterValue', $cmd)
        $w.WriteAttributeString('required', ([string]($typeName -ne 'SwitchParameter')).ToLowerInvariant())
        $w.WriteAttributeString('variableLength', 'false')
        $w.WriteString($typeName)
        $w.WriteEndElement()
    }
    $w.WriteStartElement('type', $dev); $w.WriteElementString('name', $maml, $p.ParameterType.FullName); $w.WriteEndElement()
    $w.WriteElementString('defaultValue', $dev, $Default)
    $w.WriteEndElement()
}

$w.WriteStartDocument()
$w.WriteStartElement('helpItems', 'http://msh')
$w.WriteAttributeString('schema', 'maml')
$missing = @()
foreach ($c in (Get-Command -Module $module.Name -CommandType Cmdlet | Sort-Object Name)) {
    $source = Join-Path $SourceFolder "$($c.Name).help.psd1"
    if (-not (Test-Path $source)) { $missing += $c.Name; continue }
    $h = Import-PowerShellDataFile $source
    foreach ($k in $shouldProcessText.Keys) {
        if ($c.Parameters.ContainsKey($k) -and -not $h.Parameters[$k]) { $h.Parameters[$k] = $shouldProcessText[$k] }
    }
    $w.WriteStartElement('command', 'command', $cmd)
    $w.WriteAttributeString('xmlns', 'maml', $null, $maml)
    $w.WriteAttributeString('xmlns', 'command', $null, $cmd)
    $w.WriteAttributeString('xmlns', 'dev', $null, $dev)
    $w.WriteStartElement('details', $cmd)
    $w.WriteElementString('name', $cmd, $c.Name)
    $w.WriteElementString('verb', $cmd, $c.Verb)
    $w.WriteElementString('noun', $cmd, $c.Noun)
    $w.WriteStartElement('description', $maml); Para $h.Synopsis; $w.WriteEndElement()
    $w.WriteEndElement()
    $w.WriteStartElement('description', $maml); Para $h.Description; $w.WriteEndElement()

    $w.WriteStartElement('syntax', $cmd)
    foreach ($set in $c.ParameterSets) {
        $w.WriteStartElement('syntaxItem', $cmd)
        $w.WriteElementString('name', $maml, $c.Name)
        foreach ($p in $set.Parameters | Where-Object { $_.Name -notin $common }) {
            ParameterElement $c.Parameters[$p.Name] $set $h.Parameters[$p.Name] -Syntax
        }
        $w.WriteEndElement()
    }
    $w.WriteEndElement()

    $w.WriteStartElement('parameters', $cmd)
    foreach ($p in $c.Parameters.Values | Where-Object { $_.Name -notin $common } | Sort-Object Name) {
        ParameterElement $p $null $h.Parameters[$p.Name] -Default (DefaultValue $c $p)
    }
    $w.WriteEndElement()

    $w.WriteStartElement('inputTypes', $cmd)
    foreach ($i in $h.Inputs) {
        $w.WriteStartElement('inputType', $cmd)
        $w.WriteStartElement('type', $dev); $w.WriteElementString('name', $maml, $i.Type); $w.WriteEndElement()
        $w.WriteStartElement('description', $maml); Para $i.Description; $w.WriteEndElement()
        $w.WriteEndElement()
    }
    $w.WriteEndElement()
    $w.WriteStartElement('returnValues', $cmd)
    foreach ($o in $h.Outputs) {
        $w.WriteStartElement('returnValue', $cmd)
        $w.WriteStartElement('type', $dev); $w.WriteElementString('name', $maml, $o.Type); $w.WriteEndElement()
        $w.WriteStartElement('description', $maml); Para $o.Description; $w.WriteEndElement()
        $w.WriteEndElement()
    }
    $w.WriteEndElement()
    if ($h.Notes) {
        $w.WriteStartElement('alertSet', $maml); $w.WriteStartElement('alert', $maml); Para $h.Notes; $w.WriteEndElement(); $w.WriteEndElement()
    }
    $w.WriteStartElement('examples', $cmd)
    $n = 0
    foreach ($e in $h.Examples) {
        $n++
        $w.WriteStartElement('example', $cmd)
        $w.WriteElementString('title', $maml, "-------------------------- Example ${n}: $($e.Title) --------------------------")
        $w.WriteElementString('code', $dev, $e.Code)
        $w.WriteStartElement('remarks', $dev); Para $e.Remarks; $w.WriteEndElement()
        $w.WriteEndElement()
    }
    $w.WriteEndElement()
    $w.WriteStartElement('relatedLinks', $cmd)
    foreach ($l in $h.Links) {
        $w.WriteStartElement('navigationLink', $maml); $w.WriteElementString('linkText', $maml, $l); $w.WriteElementString('uri', $maml, ''); $w.WriteEndElement()
    }
    $w.WriteEndElement()
    $w.WriteEndElement()
}
$w.WriteEndElement()
$w.WriteEndDocument()
$w.Close()
if ($missing) { Write-Warning "No help source for: $($missing -join ', ') (expected $SourceFolder/<Cmdlet>.help.psd1)." }
