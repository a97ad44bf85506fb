using System;
using System.Collections.Generic;
using System.Management.Automation;

namespace ParallelExec.Commands
{
    /// <summary>
    /// The input shape shared by cmdlets that act on whole plans: achievements from the pipeline, or -Path /
    /// -LiteralPath to plans. Collects the distinct plans; the cmdlet acts on them in EndProcessing.
    /// </summary>
    public abstract class PlanInputCommand : PSCmdlet
    {
        protected const string PathSet = "Path";
        protected const string LiteralSet = "LiteralPath";
        protected const string InputSet = "InputObject";

        private readonly List<ParallelPlan> _plans = new List<ParallelPlan>();
        private readonly HashSet<ParallelPlan> _seen = new HashSet<ParallelPlan>();
        private readonly HashSet<string> _seenPaths = new HashSet<string>(StringComparer.Ordinal);

        [Parameter(Position = 0, ParameterSetName = PathSet, ValueFromPipelineByPropertyName = true)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[]? Path { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = LiteralSet, ValueFromPipelineByPropertyName = true)]
        [Alias("PSPath", "LP")]
        [ValidateNotNullOrEmpty]
        public string[]? LiteralPath { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = InputSet, ValueFromPipeline = true)]
        [ValidateNotNull]
        public Achievement? InputObject { get; set; }

        [Parameter(ParameterSetName = PathSet)]
        [Parameter(ParameterSetName = LiteralSet)]
        public DependencyAssumption Assume { get; set; } = DependencyAssumption.Sequential;

        protected IReadOnlyList<ParallelPlan> Plans => _plans;

        /// <summary>True to read each PLAN without the parallel.json beside it (its declared edges alone).</summary>
        protected virtual bool ReadPlanOnly => false;

        protected override void ProcessRecord()
        {
            if (ParameterSetName == InputSet)
            {
                if (InputObject != null && _seen.Add(InputObject.Plan)) _plans.Add(InputObject.Plan);
                return;
            }
            bool literal = ParameterSetName == LiteralSet;
            foreach (var path in PathResolver.Resolve(this, literal ? LiteralPath : Path, literal))
            {
                PlanLoadResult result;
                try
                {
                    result = PlanLoader.Load(path, new PlanLoadOptions { Assumption = Assume, IgnoreRegistry = ReadPlanOnly });
                }
                catch (ParallelExecException e)
                {
                    WriteError(ErrorMapping.ToErrorRecord(e.Diagnostic, e));
                    continue;
                }
                ErrorMapping.Report(this, result.Diagnostics);
                foreach (var plan in result.Plans)
                    if (_seenPaths.Add(plan.PlanPath)) _plans.Add(plan);
            }
        }
    }
}
