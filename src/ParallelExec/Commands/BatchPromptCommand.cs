using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation;

namespace ParallelExec.Commands
{
    /// <summary>
    /// Shared by New-BatchSubplanPrompt and New-BatchExecutionPrompt: collects the achievements (piped, or chosen with
    /// -Level/-Id from -Path plans), builds one prompt per plan in EndProcessing, and scaffolds with -Scaffold.
    /// </summary>
    public abstract class BatchPromptCommand : PlanInputCommand
    {
        private readonly Dictionary<ParallelPlan, List<Achievement>> _piped = new Dictionary<ParallelPlan, List<Achievement>>();

        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int[]? Level { get; set; }

        [Parameter]
        [ArgumentCompleter(typeof(AchievementIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[]? Id { get; set; }

        [Parameter]
        [ValidateRange(1000, int.MaxValue)]
        public int MaxCharacters { get; set; }

        [Parameter]
        public SwitchParameter Scaffold { get; set; }

        protected abstract BatchPromptKind Kind { get; }

        protected abstract BatchResult Build(ParallelPlan plan, IReadOnlyCollection<Achievement> requested, PromptOptions options);

        protected virtual PromptOptions Options() =>
            new PromptOptions { MaxCharacters = MyInvocation.BoundParameters.ContainsKey(nameof(MaxCharacters)) ? MaxCharacters : (int?)null };

        protected override void ProcessRecord()
        {
            if (ParameterSetName == InputSet && InputObject != null)
            {
                if (!_piped.TryGetValue(InputObject.Plan, out var list)) _piped[InputObject.Plan] = list = new List<Achievement>();
                if (!list.Contains(InputObject)) list.Add(InputObject);
            }
            base.ProcessRecord();
        }

        protected override void EndProcessing()
        {
            var ids = new List<AchievementId>();
            foreach (var text in Id ?? Array.Empty<string>())
            {
                if (AchievementId.TryParse(text, out var id)) ids.Add(id);
                else
                    ThrowTerminatingError(new ErrorRecord(new ArgumentException($"'{text}' is not an achievement id such as 3.1."),
                        "InvalidAchievementId", ErrorCategory.InvalidArgument, text)
                    { ErrorDetails = new ErrorDetails($"'{text}' is not an achievement id such as 3.1.") { RecommendedAction = "Give ids as MAJOR.MINOR (3.1, 10.2)." } });
            }
            foreach (var plan in Plans)
            {
                IEnumerable<Achievement> chosen = _piped.TryGetValue(plan, out var piped) ? piped : plan.Achievements;
                if (Level != null) chosen = chosen.Where(a => a.Level is int l && Level.Contains(l));
                var requested = chosen.ToList();
                foreach (var id in ids)
                {
                    var a = plan.Find(id);
                    if (a == null)
                    {
                        WriteError(NotFound("AchievementNotFound", $"Plan {plan.Name} has no Achievement {id}.", id.ToString(),
                            "Get-ParallelPlan lists the plan's achievements and their ids."));
                    }
                }
                if (ids.Count > 0) requested = requested.Where(a => ids.Contains(a.Id)).ToList();
                if (requested.Count == 0)
                {
                    if (Level != null && ids.Count == 0)
                        WriteError(NotFound("LevelNotFound", $"Plan {plan.Name} has no achievement in level {string.Join(", ", Level)}.",
                            string.Join(",", Level), "Get-ParallelPlan shows each achievement's Level."));
                    continue;
                }
                BatchResult result;
                try
                {
                    result = Build(plan, requested, Options());
                }
                catch (ParallelExecException e)
                {
                    WriteError(ErrorMapping.ToErrorRecord(e.Diagnostic, e));
                    continue;
                }
                foreach (var s in result.Skipped) WriteVerbose($"{plan.Name} {s.Id}: {s.Reason}");
                if (result.Prompts.Length == 0)
                {
                    WriteWarning($"Nothing left to create for plan {plan.Name}: " +
                        string.Join("; ", result.Skipped.Select(s => $"{s.Id} {s.Reason}")) + ".");
                    continue;
                }
                foreach (var prompt in result.Prompts)
                {
                    // A batch whose skeletons could not be written is reported, not emitted: nothing of it was left behind.
                    if (Scaffold && !ScaffoldPrompt(prompt)) continue;
                    WriteObject(prompt);
                }
            }
        }

        private ErrorRecord NotFound(string code, string message, string target, string suggestion) =>
            ErrorMapping.ToErrorRecord(new PlanDiagnostic(DiagnosticSeverity.Error, code, DiagnosticKind.NotFound, message, suggestion: suggestion, target: target));

        private bool ScaffoldPrompt(BatchPrompt prompt)
        {
            var chosen = new List<string>();
            foreach (var target in prompt.TargetPaths)
            {
                if (File.Exists(target) || Directory.Exists(target))
                {
                    WriteWarning($"'{target}' already exists; it is not scaffolded (a scaffold never overwrites).");
                    continue;
                }
                if (ShouldProcess(target, "Create skeleton file")) chosen.Add(target);
            }
            try
            {
                var record = BatchScaffolder.Scaffold(prompt, chosen, DateTime.UtcNow);
                if (record != null)
                    WriteVerbose(string.Format(CultureInfo.InvariantCulture, "Batch {0}: {1} skeleton files written, recorded in {2}. Undo-ParallelBatch takes them back.",
                        record.Id, record.Files.Length, record.RecordPath));
                return true;
            }
            catch (ParallelExecException e)
            {
                WriteError(ErrorMapping.ToErrorRecord(e.Diagnostic, e));
                return false;
            }
        }
    }
}
