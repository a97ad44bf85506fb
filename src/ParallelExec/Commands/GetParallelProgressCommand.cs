using System.Collections.Generic;
using System.Management.Automation;

namespace ParallelExec.Commands
{
    /// <summary>Summarises achievement statuses per plan and level: how much is done, under way, failed, blocked and ready.</summary>
    [Cmdlet(VerbsCommon.Get, "ParallelProgress", DefaultParameterSetName = PathSet)]
    [OutputType(typeof(LevelProgress))]
    public sealed class GetParallelProgressCommand : PSCmdlet
    {
        private const string PathSet = "Path";
        private const string LiteralSet = "LiteralPath";
        private const string InputSet = "InputObject";
        private StatusCollector? _collector;
        private readonly List<AchievementStatusInfo> _statuses = new List<AchievementStatusInfo>();

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

        [Parameter]
        public SwitchParameter ByPlan { get; set; }

        protected override void BeginProcessing() => _collector = new StatusCollector(this, Id);

        protected override void ProcessRecord()
        {
            if (ParameterSetName == InputSet)
            {
                if (InputObject != null) _collector!.FromAchievement(InputObject, _statuses.Add);
                return;
            }
            bool literal = ParameterSetName == LiteralSet;
            _collector!.FromPaths(literal ? LiteralPath : Path, literal, Recurse.IsPresent, _statuses.Add);
        }

        protected override void EndProcessing()
        {
            _collector?.Finish();
            foreach (var row in LevelProgress.Summarize(_statuses, ByPlan.IsPresent)) WriteObject(row);
        }
    }
}
