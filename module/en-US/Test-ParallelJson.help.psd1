@{
    Synopsis    = 'Checks parallel.json files: JSON syntax, the schema, the dependency graph, the levels, the paths, and drift against the PLAN.'
    Description = @'
Test-ParallelJson returns exactly one $true or $false for each parallel.json it is given, in the order of the files, so that it can stand in a CI script next to Pester tests; each Boolean carries a Path note property naming its file (as the lines of Get-Content carry PSPath), so that with several files (Test-ParallelJson */parallel.json | Select-Object Path, @{ n = 'Valid'; e = { $_ } }) each verdict says which file it is. With -Detailed it returns the findings instead, as ParallelExec.ValidationRecord objects with Severity (Error, Warning, Information), Code, Message, Path, Line, Column, AchievementId and Suggestion. A file is valid ($true) when it has no Error; warnings do not fail it. A clean file returns one Information record (Code Valid) under -Detailed.

The registry is read strictly as RFC 8259 JSON: comments, trailing commas, single quotes, unquoted keys, hex numbers and text after the value are InvalidJson. Both forms are checked by the same rules: the schema's form against schemas/parallel.schema.json, the older flat form (plan_name, achievements[] with achievement_id) against schemas/parallel.flat.schema.json.

The checks, each with its own Code: InvalidJson (with line and column), RegistryNotJson (a file that is not JSON at all, such as a merge-conflict marker or a markdown heading), JsonTooDeep, SchemaViolation (against the schema of the file's form, with line, column and the JSON path), NumberOutOfRange (a level or a number of hours past what the module holds), InvalidPlanName (a plan name that cannot be part of a file name), MissingDependencies (a flat entry with no dependencies list), DuplicateKey, DuplicateId, UnknownDependency, UnknownBlock, SelfDependency, CircularDependency (one record per cycle, the whole cycle as a path, and the dependency whose removal breaks it), BlocksMismatch (a blocks entry not mirrored by a dependencies entry, or the reverse), LevelContainsDependency (a registered level holding achievements that depend on each other), LevelOrder (an achievement in an earlier level than something it depends on), PathOutsidePlan and MissingFile (subplan_path and execution_paths), LegacyFormat (the older flat form: read and checked, with the conversion suggested), and, with -Plan or a PLAN_*.md beside the registry, PlanDrift (ids, titles or declared dependencies that differ from the PLAN) and StatusDrift (a stored status that the SUBPLAN, EXECUTION_TASK and feedback files contradict).

A file that exists but cannot be read as a registry (unreadable, binary, too large, not JSON at all) gets its verdict too: $false, or one Error record with that code under -Detailed. A path that names no file (missing, or a folder without a parallel.json) is an ErrorRecord; the pipeline goes on with the next file.
'@
    Parameters  = @{
        Path        = 'The parallel.json files to check. Wildcards are expanded; a plan folder means its parallel.json. Without a path, ./parallel.json. Accepts Get-ChildItem output from the pipeline.'
        LiteralPath = 'Like -Path, but taken exactly as written (no wildcards). Bound from the PSPath of pipeline objects.'
        Plan        = 'The PLAN to compare the registry with (a PLAN_<NAME>.md file, or a folder holding exactly one). Without it, a single PLAN_*.md beside the registry is used when there is one.'
        Detailed    = 'Return the findings (ParallelExec.ValidationRecord objects) instead of $true/$false.'
    }
    Inputs      = @(
        @{ Type = 'System.String'; Description = 'A path, or an object with a Path or PSPath property (such as Get-ChildItem output).' }
    )
    Outputs     = @(
        @{ Type = 'System.Boolean'; Description = 'Without -Detailed: one per file, $true when the file has no Error finding; its Path note property names the file.' }
        @{ Type = 'ParallelExec.ValidationRecord'; Description = 'With -Detailed: one object per finding, ordered by line.' }
    )
    Notes       = 'ErrorIds of a path that names no file: RegistryFileNotFound, RegistryIsDirectory; of -Plan: ComparePlanNotFound. Codes of a file that cannot be read as a registry (a record, and $false): RegistryFileUnreadable, RegistryFileBinary, RegistryFileTooLarge, RegistryNotJson.'
    Examples    = @(
        @{
            Title   = 'Fail a CI step on an invalid registry'
            Code    = "if (-not (Test-ParallelJson ./work-space/plans/MY-PLAN/parallel.json)) { throw 'parallel.json is invalid' }"
            Remarks = 'Returns $false when any Error finding exists, so a build script can stop.'
        }
        @{
            Title   = 'See every finding with its line'
            Code    = 'Test-ParallelJson ./parallel.json -Detailed | Format-Table Severity, Code, Line, AchievementId, Message -Wrap'
            Remarks = 'Lists schema violations, cycles, level contradictions, path problems and drift against the PLAN beside the file.'
        }
        @{
            Title   = 'Check every registry of a workspace'
            Code    = "Get-ChildItem ./work-space -Recurse -Filter parallel.json | Test-ParallelJson -Detailed | Where-Object Severity -eq 'Error'"
            Remarks = 'Get-ChildItem output binds to -LiteralPath; each file is checked against the PLAN in its own folder.'
        }
    )
    Links       = @('Get-ParallelPlan', 'about_ParallelExec')
}
