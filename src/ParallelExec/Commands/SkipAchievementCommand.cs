using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using ParallelExec;
using ParallelExec.Completion;
using ParallelExec.Diagnostics;
using ParallelExec.Input;
using ParallelExec.Output;
using ParallelExec.Status;

namespace ParallelExec.Commands;

/// <summary>Marks achievements as skipped: writes SKIPPED_&lt;NN&gt;.md with the reason, the date and what it unblocks.</summary>
[Cmdlet(VerbsCommon.Skip, "Achievement", DefaultParameterSetName = PathSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(FileInfo))]
public sealed class SkipAchievementCommand : PlanInputCommand
{
    /// <summary>The ids to skip; with piped achievements (or statuses, run results …) it narrows them, else all of them are skipped.</summary>
    [Parameter(Mandatory = true, ParameterSetName = PathSet)]
    [Parameter(Mandatory = true, ParameterSetName = LiteralSet)]
    [Parameter(ParameterSetName = InputSet)]
    [ArgumentCompleter(typeof(AchievementIdCompleter))]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    [Parameter(Mandatory = true)]
    [ValidateNotNullOrEmpty]
    public string? Reason { get; set; }

    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override void EndProcessing()
    {
        if (ParameterSetName == InputSet && Id == null)
        {
            foreach (var plan in Plans)
                foreach (var piped in Select(plan, null, Array.Empty<AchievementId>())) Skip(piped);
            return;
        }
        foreach (var text in Id!)
        {
            if (!AchievementId.TryParse(text, out var id))
            {
                WriteError(ErrorMapping.Error(ErrorCodes.InvalidAchievementId, $"'{text}' is not an achievement id.",
                    "Give an id such as 1.2 (Get-ParallelPlan lists them).", text));
                continue;
            }
            var found = Plans.Select(p => p.Find(id)).Where(a => a != null).Select(a => a!).ToList();
            if (found.Count == 0)
            {
                WriteError(ErrorMapping.Error(ErrorCodes.AchievementNotFound, $"No plan of the input has achievement {id}.",
                    "Check the id with Get-ParallelPlan, or give the plan that has it with -Path.", text));
                continue;
            }
            if (found.Count > 1)
            {
                WriteError(ErrorMapping.Error(ErrorCodes.AmbiguousAchievement,
                    $"Achievement {id} is in {found.Count} plans ({string.Join(", ", found.Select(a => a.PlanName))}).",
                    "Give one plan with -Path so that only its achievement is skipped.", text));
                continue;
            }
            Skip(found[0]);
        }
    }

    private void Skip(Achievement a)
    {
        var path = AchievementSkipper.PathFor(a);
        if (a.StatusValue.Equals(AchievementStatus.Complete))
            ErrorMapping.WriteWarning(this, ErrorCodes.SkipOfComplete, $"{a.Key} is complete; skipping it records a skip that the status derivation will report instead of complete.");
        if (!ShouldProcess(path, $"Skip achievement {a.Key} ({a.Title})")) return;
        try
        {
            ProviderItems.WriteFile(this, AchievementSkipper.Write(a, Reason!, Force.IsPresent, DateTime.UtcNow));
        }
        catch (ParallelExecException e)
        {
            WriteError(ErrorMapping.ToErrorRecord(e));
        }
    }
}
