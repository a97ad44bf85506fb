@{
    Synopsis    = 'Measures what running a plan in parallel saves: sequential against parallel hours, the critical path and the levels.'
    Description = @'
Measure-ParallelPlan reads each plan's estimates and dependency graph and emits one ParallelExec.PlanMeasure: SequentialHours (every estimate added up), ParallelHours (the longest estimated path, or with -Executors the length of a list schedule on that many executors), HoursSaved and ReductionPercent (both per bound of the estimate ranges), CriticalPath (the ids of the longest chain, first first), MaxParallelism (the widest level, at most -Executors), Waves, Levels (one ParallelExec.LevelMeasure per level computed from the edges, so that its hours agree with ParallelHours: its ids, summed and longest estimate) and Schedule (each achievement's executor, start and finish on the upper-bound estimates).

The measure is honest about what it does not know. An achievement without an estimate counts as 0 hours and is named in WithoutEstimate (with a MissingEstimate warning); no number is invented for it. Edges assumed by -Assume because the PLAN declares no dependencies are counted in AssumedEdgeCount (and reported by the DependenciesAssumed warning of the plan reader): parallelism over assumed edges is assumed, not measured. Under -Assume Independent the achievements that declare no dependencies are counted in AssumedIndependentCount (all but the first in the document): the parallelism their independence gives is assumed too. IsMeasured is true only when none of these happens.

Where the plan's parallel.json records how long achievements really took (actual_hours, or started_at and completed_at), Actuals lists each with its estimate, ActualHours adds them up and EstimatedHoursOfActuals adds up the estimates of the same achievements, so that actual stands against estimated; the default view shows both on its Actual line.

LastRun measures the newest run of Invoke-ParallelPlan recorded under <plan root>/.parallel/runs: how many achievements ran, the time they worked added up (what one executor would have needed), the wall-clock time from the first start to the last completion, and the share saved. This is what parallel work really saved, where the rest of the measure is what the estimates promise; the default view shows it on its LastRun line.

Source says where the edges came from: 'parallel.json' when a registry sits beside the PLAN, else 'PLAN'. -IgnoreRegistry measures the PLAN's declared edges alone, so that a registry's claim can be compared with what the PLAN says.

With -Executors N the achievements are list-scheduled: whenever an executor is free it takes the ready achievement with the longest remaining path (its estimate plus the longest chain after it), ties by id. A plan with a dependency cycle has no schedule: it is reported as a CircularDependency error and the other plans are measured.
'@
    Parameters  = @{
        Path           = 'A PLAN file, a plan folder or a parallel.json. Wildcards are expanded and every match is measured. Without a path, the current folder is read.'
        LiteralPath    = 'Like -Path, but taken exactly as written: no wildcard characters are interpreted. Accepts the PSPath of Get-ChildItem output from the pipeline.'
        InputObject    = 'Achievements from Get-ParallelPlan, or objects that name one (statuses of Get-AchievementStatus, results of Invoke-ParallelPlan, Test-ParallelJson -Detailed records with an Id, any object with PlanPath and Id); each distinct plan among them is measured once, when the input ends.'
        Assume         = 'How to fill in dependencies a PLAN does not declare (Sequential, PriorityTier or Independent), as for Get-ParallelPlan. Such edges are counted in AssumedEdgeCount; with Independent, the achievements taken as independent are counted in AssumedIndependentCount.'
        IgnoreConflicts = 'Let achievements that write the same files overlap in the schedule. By default they never do (mutual exclusion); the pairs are listed as Exclusions. See docs/reference/scheduling.md.'
        Executors      = 'Schedule on this many executors (1 to 1000) instead of as many as the plan can use.'
        StepSummary    = 'Also write each measure (and its last recorded run) as markdown to the CI run''s summary: $env:GITHUB_STEP_SUMMARY under GitHub Actions, ##vso[task.uploadsummary] under Azure Pipelines; a StepSummaryUnavailable warning elsewhere.'
        IgnoreRegistry = 'Measure the PLAN''s declared edges alone, ignoring a parallel.json beside it.'
    }
    Inputs      = @(
        @{ Type = 'ParallelExec.Achievement'; Description = 'Achievements from Get-ParallelPlan, or objects that name one by PlanPath and Id (ParallelExec.AchievementStatusInfo, ParallelExec.RunResult, ParallelExec.ValidationRecord).' }
        @{ Type = 'System.String'; Description = 'A path, by property name (Path or PSPath).' }
    )
    Outputs     = @(
        @{ Type = 'ParallelExec.PlanMeasure'; Description = 'PlanName, Source, Executors, SequentialHours, ParallelHours, HoursSaved, ReductionPercent, CriticalPath, MaxParallelism, Waves, Levels, WithoutEstimate, AssumedEdgeCount, AssumedIndependentCount, IsMeasured, Schedule, Actuals, ActualHours, EstimatedHoursOfActuals and LastRun (a ParallelExec.RunMeasure: RunId, RecordPath, ThrottleLimit, Ran, Succeeded, Failed, WorkTime, WallTime, TimeSaved (hh:mm:ss.fff), WorkSeconds, WallSeconds, SavedSeconds and SavedPercent).' }
    )
    Notes       = 'Hours are EstimateRange values (Min and Max); an estimate written as a single figure has Min equal to Max.'
    Examples    = @(
        @{
            Title   = 'What parallel execution saves'
            Code    = 'Measure-ParallelPlan ./work-space/plans/MY-PLAN'
            Remarks = 'Sequential and parallel hours, the saving, the critical path and the levels.'
        }
        @{
            Title   = 'A registry''s claim against the PLAN''s own edges'
            Code    = 'Measure-ParallelPlan ./MY-PLAN; Measure-ParallelPlan ./MY-PLAN -IgnoreRegistry'
            Remarks = 'The first uses parallel.json, the second the dependencies the PLAN declares. Side by side they show whether the PLAN as written allows the parallelism the registry claims.'
        }
        @{
            Title   = 'Executions as units, and the saving of each kind of parallelism'
            Code    = 'Measure-ParallelPlan ./MY-PLAN | Select-Object SequentialHours, ParallelHours, ExecutionCount, SavedWithinAchievements, SavedWithinLevels, SavedAcrossLevels, Exclusions'
            Remarks = 'Planned executions (a SUBPLAN''s Active EXECUTION_TASKs table, sub_executions, or parallel.json''s executions) are scheduled as units inside their achievement; the three Saved properties split the saving into executions at once, achievements of a level at once, and levels overlapping. Exclusions lists the pairs that never run at once; -IgnoreConflicts drops them.'
        }
        @{
            Title   = 'Two executors, and their schedule'
            Code    = '(Measure-ParallelPlan ./MY-PLAN -Executors 2).Schedule'
            Remarks = 'Each achievement with its executor, start and finish hour.'
        }
    )
    Links       = @('Get-ParallelPlan', 'Export-ParallelJson', 'about_ParallelExec')
}
