using System;
using System.Collections.Generic;

namespace ParallelExec
{
    /// <summary>Where a dependency edge comes from. An edge stated twice carries both flags.</summary>
    [Flags]
    public enum EdgeProvenance
    {
        None = 0,
        /// <summary>A <c>**Dependencies**:</c> line of the PLAN.</summary>
        Declared = 1,
        /// <summary>A <c>**Blocks**:</c> line of the PLAN, read in reverse.</summary>
        Blocks = 2,
        /// <summary>The plan's <c>parallel.json</c>.</summary>
        Registry = 4,
        /// <summary>Assumed by <c>-Assume</c> because nothing was declared.</summary>
        Inferred = 8,
    }

    /// <summary>How to fill in dependencies that a plan does not declare.</summary>
    public enum DependencyAssumption
    {
        /// <summary>Each undeclared achievement depends on the one before it in document order.</summary>
        Sequential,
        /// <summary>Each undeclared achievement depends on every achievement of the previous priority.</summary>
        PriorityTier,
        /// <summary>Undeclared achievements depend on nothing.</summary>
        Independent,
    }

    /// <summary>One edge of the graph: <see cref="From"/> depends on <see cref="To"/>.</summary>
    public sealed class DependencyEdge
    {
        public DependencyEdge(AchievementId from, AchievementId to, EdgeProvenance provenance)
        {
            From = from;
            To = to;
            Provenance = provenance;
        }

        /// <summary>The dependent achievement.</summary>
        public AchievementId From { get; }

        /// <summary>The achievement it depends on.</summary>
        public AchievementId To { get; }

        public EdgeProvenance Provenance { get; internal set; }

        public override string ToString() => $"{From} -> {To} ({Provenance})";
    }

    /// <summary>One achievement of a plan, as read from its PLAN (and its parallel.json when there is one).</summary>
    public sealed class Achievement
    {
        private readonly SectionSource? _source;
        private SectionContent? _parsed;
        private string? _section;

        internal Achievement(ParallelPlan plan, AchievementId id, SectionSource? source)
        {
            Plan = plan;
            Id = id;
            _source = source;
        }

        public string PlanName => Plan.Name;
        public AchievementId Id { get; }
        public string Title { get; internal set; } = "";

        /// <summary>The priority (the id's major number); null in numbered plans.</summary>
        public int? Priority { get; internal set; }

        /// <summary>The registered level when the plan has a parallel.json that places this achievement, else the Wave.</summary>
        public int? Level { get; internal set; }

        /// <summary>The computed level: 1 + the longest dependency path below it. Null when it sits in or behind a cycle.</summary>
        public int? Wave { get; internal set; }

        public EstimateRange? EstimatedHours { get; internal set; }

        /// <summary>The same as <see cref="EstimatedHours"/>, under the name the default view shows.</summary>
        public EstimateRange? Estimate => EstimatedHours;

        /// <summary>What this achievement depends on (every provenance).</summary>
        public AchievementId[] Dependencies { get; internal set; } = Array.Empty<AchievementId>();

        /// <summary>What this achievement's own Blocks line (or registry entry) says it blocks.</summary>
        public AchievementId[] Blocks { get; internal set; } = Array.Empty<AchievementId>();

        /// <summary>The achievements that depend on this one.</summary>
        public AchievementId[] Dependents { get; internal set; } = Array.Empty<AchievementId>();

        /// <summary>The incoming edges (this achievement depends on …) with their provenance.</summary>
        public DependencyEdge[] DependencyEdges { get; internal set; } = Array.Empty<DependencyEdge>();

        /// <summary>The status derived from the plan's SUBPLAN, EXECUTION_TASK and feedback files when the plan was read (see Get-AchievementStatus).</summary>
        public AchievementStatus Status { get; internal set; } = AchievementStatus.NotStarted;

        /// <summary>The completion mark on the PLAN's definition line (<c>✅ COMPLETE</c>), or null. Never believed: compared with the files.</summary>
        public string? PlanMarker { get; internal set; }

        /// <summary>The status parallel.json stores for this achievement, as written, or null. Never believed: compared with the files.</summary>
        public string? RegistryStatus { get; internal set; }

        /// <summary>The markdown of the definition block this achievement was read from.</summary>
        public string Section => _section ??= _source?.Primary() ?? "";

        public string? Goal { get; internal set; }

        /// <summary>True when the PLAN (or the registry) states this achievement's dependencies, even as "None".</summary>
        internal bool DeclaresDependencies { get; set; }

        /// <summary>The definition line's line number (1-based) in the PLAN.</summary>
        public int Line { get; internal set; }

        /// <summary>The line (1-based) of the PLAN's first Dependencies field for this achievement, or 0 when it has none.</summary>
        internal int DependenciesLine { get; set; }

        public string[] Deliverables => Content.Deliverables;
        public string[] SuccessCriteria => Content.SuccessCriteria;

        /// <summary>True when at least one dependency of this achievement was only assumed.</summary>
        public bool HasAssumedDependencies
        {
            get
            {
                foreach (var e in DependencyEdges)
                    if (e.Provenance == EdgeProvenance.Inferred) return true;
                return false;
            }
        }

        public string PlanPath => Plan.PlanPath;
        public ParallelPlan Plan { get; }

        private PlannedExecution[]? _planned;

        /// <summary>
        /// The EXECUTION_TASKs its SUBPLAN plans in its "Active EXECUTION_TASKs" table, read from the SUBPLAN on first use
        /// (empty when there is no written SUBPLAN or its table lists none, which means a single execution).
        /// </summary>
        public PlannedExecution[] PlannedExecutions => _planned ??= ReadPlanned();

        private PlannedExecution[] ReadPlanned()
        {
            foreach (var info in Plan.Statuses)
                if (ReferenceEquals(info.Achievement, this))
                    return info.SubplanPath != null && !PromptBuilder.IsScaffold(info) ? SubplanReader.Read(info.SubplanPath) : Array.Empty<PlannedExecution>();
            return Array.Empty<PlannedExecution>();
        }

        private SectionContent Content => _parsed ??= _source?.Parse() ?? SectionContent.Empty;

        public override string ToString() => $"{Id} {Title}";
    }

    /// <summary>Structured parts of a definition block, parsed on first use.</summary>
    public sealed class SectionContent
    {
        public static readonly SectionContent Empty = new SectionContent(Array.Empty<string>(), Array.Empty<string>());

        public SectionContent(string[] deliverables, string[] successCriteria)
        {
            Deliverables = deliverables;
            SuccessCriteria = successCriteria;
        }

        public string[] Deliverables { get; }
        public string[] SuccessCriteria { get; }
    }

    /// <summary>A plan: its PLAN file, its optional parallel.json and its achievements in id order.</summary>
    public sealed class ParallelPlan
    {
        internal ParallelPlan(string name, string planPath, string planRoot)
        {
            Name = name;
            PlanPath = planPath;
            PlanRoot = planRoot;
        }

        public string Name { get; }
        public string PlanPath { get; }

        /// <summary>The folder the methodology's files live under (the PLAN's folder, or its parent for <c>planning/</c>).</summary>
        public string PlanRoot { get; }

        public string? RegistryPath { get; internal set; }
        public DependencyAssumption Assumption { get; internal set; }
        public IReadOnlyList<Achievement> Achievements { get; internal set; } = Array.Empty<Achievement>();
        public IReadOnlyList<DependencyEdge> Edges { get; internal set; } = Array.Empty<DependencyEdge>();

        /// <summary>Each cycle as a path of ids, the first id repeated at the end.</summary>
        public IReadOnlyList<AchievementId[]> Cycles { get; internal set; } = Array.Empty<AchievementId[]>();

        public int AssumedEdgeCount { get; internal set; }

        /// <summary>
        /// Under -Assume Independent, the achievements that declare no dependencies and were taken as independent (the first
        /// in the document excepted, which has nothing before it): their independence is assumed, not declared. 0 otherwise.
        /// </summary>
        public int AssumedIndependentCount { get; internal set; }

        public int WaveCount { get; internal set; }
        public IReadOnlyList<PlanDiagnostic> Diagnostics { get; internal set; } = Array.Empty<PlanDiagnostic>();

        /// <summary>Each achievement's status with its evidence, in id order, as derived from the files when the plan was read.</summary>
        public IReadOnlyList<AchievementStatusInfo> Statuses { get; internal set; } = Array.Empty<AchievementStatusInfo>();

        /// <summary>The findings of that derivation (ambiguous or orphan files), so that a later one reports only new ones.</summary>
        internal IReadOnlyList<PlanDiagnostic> StatusDiagnostics { get; set; } = Array.Empty<PlanDiagnostic>();

        private Dictionary<AchievementId, Achievement>? _byId;

        public Achievement? Find(AchievementId id)
        {
            if (_byId == null)
            {
                var map = new Dictionary<AchievementId, Achievement>(Achievements.Count);
                foreach (var a in Achievements) map[a.Id] = a;
                _byId = map;
            }
            return _byId.TryGetValue(id, out var found) ? found : null;
        }

        public override string ToString() => $"{Name} ({Achievements.Count} achievements)";
    }
}
