using System.Management.Automation;
using ParallelExec;
using ParallelExec.Completion;

namespace ParallelExec.Input;

/// <summary>
/// The inputs shared by Get-AchievementStatus and Get-ParallelProgress: -Path/-LiteralPath (with -Recurse) or
/// achievements from the pipeline, narrowed by -Id; each derived status is handed to <see cref="Emit"/>.
/// </summary>
public abstract class StatusInputCommand : PSCmdlet
{
    protected const string PathSet = "Path";
    protected const string LiteralSet = "LiteralPath";
    protected const string InputSet = "InputObject";
    private StatusCollector? _collector;

    [Parameter(Position = 0, ParameterSetName = PathSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Path { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = LiteralSet, ValueFromPipelineByPropertyName = true)]
    [Alias("PSPath", "LP")]
    [ValidateNotNullOrEmpty]
    public string[]? LiteralPath { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = InputSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Achievement")]
    [AchievementInput]
    [ValidateNotNull]
    public Achievement? InputObject { get; set; }

    [Parameter]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(AchievementIdCompleter))]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    /// <summary>Only the achievements of these levels.</summary>
    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    [ArgumentCompleter(typeof(LevelCompleter))]
    public int[]? Level { get; set; }

    /// <summary>Only the achievements with one of these statuses.</summary>
    [Parameter]
    [ValidateSet("not_started", "subplan_created", "execution_created", "in_progress", "complete", "failed", "skipped")]
    public string[]? Status { get; set; }

    /// <summary>Only the achievements with one of these readiness values.</summary>
    [Parameter]
    public Readiness[]? Readiness { get; set; }

    [Parameter(ParameterSetName = PathSet)]
    [Parameter(ParameterSetName = LiteralSet)]
    public SwitchParameter Recurse { get; set; }

    /// <summary>Receives each derived status, in the order they are derived.</summary>
    protected abstract void Emit(AchievementStatusInfo status);

    protected override void BeginProcessing() => _collector = new StatusCollector(this, new AchievementFilter(Id, Level, Status, Readiness));

    protected override void ProcessRecord()
    {
        if (ParameterSetName == InputSet)
        {
            if (InputObject != null) _collector!.FromAchievement(InputObject, Emit);
            return;
        }
        bool literal = ParameterSetName == LiteralSet;
        _collector!.FromPaths(literal ? LiteralPath : Path, literal, Recurse.IsPresent, Emit);
    }

    protected override void EndProcessing() => _collector?.Finish();
}
