using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using ParallelExec;
using ParallelExec.Completion;
using ParallelExec.Input;
using ParallelExec.Output;
using ParallelExec.Status;

namespace ParallelExec.Commands;

/// <summary>Marks achievements as skipped: writes SKIPPED_&lt;NN&gt;.md with the reason, the date and what it unblocks.</summary>
[Cmdlet(VerbsCommon.Skip, "Achievement", DefaultParameterSetName = PathSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(FileInfo))]
public sealed class SkipAchievementCommand : PlanInputCommand
{
    [Parameter(Mandatory = true)]
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
        foreach (var text in Id!)
        {
            if (!AchievementId.TryParse(text, out var id))
            {
                WriteError(Error(new ArgumentException($"'{text}' is not an achievement id."), "InvalidAchievementId", ErrorCategory.InvalidArgument, text,
                    "Give an id such as 1.2 (Get-ParallelPlan lists them)."));
                continue;
            }
            var found = Plans.Select(p => p.Find(id)).Where(a => a != null).Select(a => a!).ToList();
            if (found.Count == 0)
            {
                WriteError(Error(new ItemNotFoundException($"No plan of the input has achievement {id}."), "AchievementNotFound", ErrorCategory.ObjectNotFound, text,
                    "Check the id with Get-ParallelPlan, or give the plan that has it with -Path."));
                continue;
            }
            if (found.Count > 1)
            {
                WriteError(Error(new InvalidOperationException($"Achievement {id} is in {found.Count} plans ({string.Join(", ", found.Select(a => a.PlanName))})."),
                    "AmbiguousAchievement", ErrorCategory.InvalidArgument, text, "Give one plan with -Path so that only its achievement is skipped."));
                continue;
            }
            var a = found[0];
            var path = AchievementSkipper.PathFor(a);
            if (a.Status.Equals(AchievementStatus.Complete))
                WriteWarning($"[SkipOfComplete] {a.Id} is complete; skipping it records a skip that the status derivation will report instead of complete.");
            if (!ShouldProcess(path, $"Skip achievement {a.Id} ({a.Title})")) continue;
            try
            {
                WriteObject(new FileInfo(AchievementSkipper.Write(a, Reason!, Force.IsPresent, DateTime.UtcNow)));
            }
            catch (ParallelExecException e)
            {
                WriteError(ErrorMapping.ToErrorRecord(e.Diagnostic, e));
            }
        }
    }

    private static ErrorRecord Error(Exception e, string id, ErrorCategory category, string target, string fix) =>
        new ErrorRecord(e, id, category, target) { ErrorDetails = new ErrorDetails(e.Message) { RecommendedAction = fix } };
}
