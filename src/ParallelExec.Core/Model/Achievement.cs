using System;
using System.Collections.Generic;
using ParallelExec.Plans;

namespace ParallelExec;

/// <summary>One achievement of a plan, as read from its PLAN (and its parallel.json when there is one).</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1036", Justification = "IComparable gives Sort-Object a natural order (plan, then id numerically); equality stays by reference.")]
public sealed class Achievement : IComparable<Achievement>, IComparable
{
    private readonly SectionSource? _source;
    private More? _more;

    internal Achievement(ParallelPlan plan, int index, AchievementId id, SectionSource? source)
    {
        Plan = plan;
        Index = index;
        Key = id;
        _source = source;
    }

    public string PlanName => Plan.Name;

    /// <summary>The plan's <see cref="ParallelPlan.Label"/>: its name, with its folder when another plan read with it has the same name.</summary>
    public string PlanLabel => Plan.Label;
    /// <summary>The id as text (made when first asked: 100,000 achievements read and never shown cost no id strings).</summary>
    public string Id => M.Id ??= Key.ToString();

    /// <summary>The file-name suffix of the methodology's files for this achievement: 1.1 → 11 (APPROVED_11.md).</summary>
    public string FileSuffix => Key.FileSuffix;

    internal AchievementId Key { get; }

    /// <summary>Its node in the plan's graph (the plan's achievements are in id order, so also its position there).</summary>
    internal int Index { get; }
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
    public string[] Dependencies => M.Dependencies ??= IdText.Of(DependencyKeys);
    /// <summary>Made from the plan's graph when first asked (the graph holds them once, as node indices).</summary>
    internal AchievementId[] DependencyKeys => M.DependencyKeys ??= Plan.Graph.IdsOf(Plan.Graph.Dependencies[Index]);

    /// <summary>What this achievement's own Blocks line (or registry entry) says it blocks.</summary>
    public string[] Blocks => M.Blocks ??= IdText.Of(BlockKeys);
    internal AchievementId[] BlockKeys
    {
        get => _more?.BlockKeys ?? Array.Empty<AchievementId>();
        set { if (value.Length == 0 && _more?.BlockKeys == null) return; M.BlockKeys = value; M.Blocks = null; }
    }

    /// <summary>The achievements that depend on this one.</summary>
    public string[] Dependents => M.Dependents ??= IdText.Of(DependentKeys);
    internal AchievementId[] DependentKeys => M.DependentKeys ??= Plan.Graph.IdsOf(Plan.Graph.Dependents[Index]);

    /// <summary>The incoming edges (this achievement depends on …) with their provenance.</summary>
    /// <remarks>Made when first asked from the plan's graph and edge provenances: a plan read and never asked holds no edge objects.</remarks>
    public DependencyEdge[] DependencyEdges => M.Edges ??= Plan.EdgesOf(Index);

    /// <summary>The status derived from the plan's SUBPLAN, EXECUTION_TASK and feedback files when the plan was read (see Get-AchievementStatus).</summary>
    public string Status => StatusValue.Value;

    internal AchievementStatus StatusValue { get; set; } = AchievementStatus.NotStarted;

    /// <summary>The completion mark on the PLAN's definition line (<c>✅ COMPLETE</c>), or null. Never believed: compared with the files.</summary>
    public string? PlanMarker { get => _more?.PlanMarker; internal set { if (value != null || _more != null) M.PlanMarker = value; } }

    /// <summary>The status parallel.json stores for this achievement, as written, or null. Never believed: compared with the files.</summary>
    public string? RegistryStatus { get => _more?.RegistryStatus; internal set { if (value != null || _more != null) M.RegistryStatus = value; } }

    /// <summary>Every place outside its own files that marks it complete (its PLAN, the plan's summaries); null when none does.</summary>
    internal Status.PlanMark[]? PlanMarks { get => _more?.PlanMarks; set { if (value != null || _more != null) M.PlanMarks = value; } }

    /// <summary>The markdown of the definition block this achievement was read from.</summary>
    public string Section => M.Section ??= _source?.Primary() ?? "";

    /// <summary>The PLAN line <see cref="Section"/> starts at (its primary definition; not always <see cref="Line"/>).</summary>
    internal int SectionLine => _source?.PrimaryLine ?? Line;

    public string? Goal { get => _more?.Goal; internal set { if (value != null || _more != null) M.Goal = value; } }

    /// <summary>True when the PLAN (or the registry) states this achievement's dependencies, even as "None".</summary>
    internal bool DeclaresDependencies { get; set; }

    /// <summary>The definition line's line number (1-based) in the PLAN.</summary>
    public int Line { get; internal set; }

    /// <summary>The line (1-based) of the PLAN's first Dependencies field for this achievement, or 0 when it has none.</summary>
    internal int DependenciesLine { get; set; }

    public string[] Deliverables => Content.Deliverables;
    public string[] SuccessCriteria => Content.SuccessCriteria;

    /// <summary>True when at least one dependency of this achievement was only assumed.</summary>
    public bool HasAssumedDependencies => Plan.HasInferredEdge(Index);

    public string PlanPath => Plan.PlanPath;
    public ParallelPlan Plan { get; }

    /// <summary>
    /// The EXECUTION_TASKs its SUBPLAN plans in its "Active EXECUTION_TASKs" table; empty when there is no written SUBPLAN
    /// or its table lists none (a single execution). Data only: filled from the SUBPLAN by
    /// <c>Prompts/PlannedExecutionReader</c>, which Get-ParallelPlan and the batch prompts call; empty until then.
    /// </summary>
    public PlannedExecution[] PlannedExecutions
    {
        get => _more?.PlannedExecutions ?? Array.Empty<PlannedExecution>();
        internal set { if (value.Length > 0 || _more?.PlannedExecutions != null) M.PlannedExecutions = value; }
    }

    /// <summary>The <c>files</c> of its parallel.json entry (its declared write-set), or null when the entry has none.</summary>
    internal WriteSets.RegistryFile[]? RegistryFiles { get => _more?.RegistryFiles; set { if (value != null || _more != null) M.RegistryFiles = value; } }

    private SectionContent Content => M.Parsed ??= _source?.Parse() ?? SectionContent.Empty;

    /// <summary>
    /// What most achievements of a big plan never hold or are never asked for: the texts and arrays made on first
    /// access, and the fields only some PLANs and registries fill. Made once, when first needed (CompareExchange: two
    /// threads asking at once share one, so nothing set on it is lost), it keeps an achievement read and never shown
    /// 15 references smaller.
    /// </summary>
    private More M => _more ?? System.Threading.Interlocked.CompareExchange(ref _more, new More(), null) ?? _more;

    private sealed class More
    {
        public SectionContent? Parsed;
        public string? Section, Id, PlanMarker, RegistryStatus, Goal;
        public string[]? Dependencies, Blocks, Dependents;
        public AchievementId[]? DependencyKeys, DependentKeys, BlockKeys;
        public DependencyEdge[]? Edges;
        public Status.PlanMark[]? PlanMarks;
        public WriteSets.RegistryFile[]? RegistryFiles;
        public PlannedExecution[]? PlannedExecutions;
    }

    public override string ToString() => $"{Key} {Title}";

    public int CompareTo(Achievement? other) => other == null ? 1 : IdText.Compare(PlanPath, Key, other.PlanPath, other.Key);

    public int CompareTo(object? obj) => obj is Achievement a ? CompareTo(a) : 1;
}
