using System.Management.Automation;

namespace ParallelExec.Commands
{
    /// <summary>Derives each achievement's status from its SUBPLAN, EXECUTION_TASK and feedback files.</summary>
    [Cmdlet(VerbsCommon.Get, "AchievementStatus", DefaultParameterSetName = PathSet)]
    [OutputType(typeof(AchievementStatusInfo))]
    public sealed class GetAchievementStatusCommand : PSCmdlet
    {
        private const string PathSet = "Path";
        private const string LiteralSet = "LiteralPath";
        private const string InputSet = "InputObject";
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
        [ValidateNotNull]
        public Achievement? InputObject { get; set; }

        [Parameter]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(AchievementIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[]? Id { get; set; }

        [Parameter(ParameterSetName = PathSet)]
        [Parameter(ParameterSetName = LiteralSet)]
        public SwitchParameter Recurse { get; set; }

        protected override void BeginProcessing() => _collector = new StatusCollector(this, Id);

        protected override void ProcessRecord()
        {
            if (ParameterSetName == InputSet)
            {
                if (InputObject != null) _collector!.FromAchievement(InputObject, WriteObject);
                return;
            }
            bool literal = ParameterSetName == LiteralSet;
            _collector!.FromPaths(literal ? LiteralPath : Path, literal, Recurse.IsPresent, WriteObject);
        }

        protected override void EndProcessing() => _collector?.Finish();
    }
}
