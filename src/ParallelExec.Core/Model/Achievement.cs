using System;
using System.Collections.Generic;
using ParallelExec.Plans;

namespace ParallelExec;

/// <summary>One achievement of a plan, as read from its PLAN (and its parallel.json when there is one).</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1036", Justification = "IComparable gives Sort-Object a natural order (plan, then id numerically); equality stays by reference.")]
public sealed class Achievement : IComparable<Achievement>, IComparable
{
    private readonly SectionSource? _source;
    private SectionContent? _parsed;
    private string? _section;

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
    public string Id => _id ??= Key.ToString();

    /// <summary>The file-name suffix of the methodology's files for this achievement: 1.1 → 11 (APPROVED_11.md).</summary>
    public string FileSuffix => Key.FileSuffix;
    private string? _id;

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
    public string[] Dependencies => _dependencies ??= IdText.Of(DependencyKeys);
    private string[]? _dependencies;
    /// <summary>Made from the plan's graph when first asked (the graph holds them once, as node indices).</summary>
    internal AchievementId[] DependencyKeys => _dependencyKeys ??= Plan.Graph.IdsOf(Plan.Graph.Dependencies[Index]);
    private AchievementId[]? _dependencyKeys;

    /// <summary>What this achievement's own Blocks line (or registry entry) says it blocks.</summary>
    public string[] Blocks => _blocks ??= IdText.Of(BlockKeys);
    private string[]? _blocks;
    internal AchievementId[] BlockKeys { get => _blockKeys; set { _blockKeys = value; _blocks = null; } }
    private AchievementId[] _blockKeys = Array.Empty<AchievementId>();

    /// <summary>The achievements that depend on this one.</summary>
    public string[] Dependents => _dependents ??= IdText.Of(DependentKeys);
    private string[]? _dependents;
    internal AchievementId[] DependentKeys => _dependentKeys ??= Plan.Graph.IdsOf(Plan.Graph.Dependents[Index]);
    private AchievementId[]? _dependentKeys;

    /// <summary>The incoming edges (this achievement depends on …) with their provenance.</summary>
    /// <remarks>Made when first asked from the plan's graph and edge provenances: a plan read and never asked holds no edge objects.</remarks>
    public DependencyEdge[] DependencyEdges => _edges ??= Plan.EdgesOf(Index);
    private DependencyEdge[]? _edges;

    /// <summary>The status derived from the plan's SUBPLAN, EXECUTION_TASK and feedback files when the plan was read (see Get-AchievementStatus).</summary>
    public string Status => StatusValue.Value;

    internal AchievementStatus StatusValue { get; set; } = AchievementStatus.NotStarted;

    /// <summary>The completion mark on the PLAN's definition line (<c>✅ COMPLETE</c>), or null. Never believed: compared with the files.</summary>
    public string? PlanMarker { get; internal set; }

    /// <summary>The status parallel.json stores for this achievement, as written, or null. Never believed: compared with the files.</summary>
    public string? RegistryStatus { get; internal set; }

    /// <summary>Every place outside its own files that marks it complete (its PLAN, the plan's summaries); null when none does.</summary>
    internal Status.PlanMark[]? PlanMarks { get; set; }

    /// <summary>The markdown of the definition block this achievement was read from.</summary>
    public string Section => _section ??= _source?.Primary() ?? "";

    /// <summary>The PLAN line <see cref="Section"/> starts at (its primary definition; not always <see cref="Line"/>).</summary>
    internal int SectionLine => _source?.PrimaryLine ?? Line;

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
            return Plan.HasInferredEdge(Index);
        }
    }

    public string PlanPath => Plan.PlanPath;
    public ParallelPlan Plan { get; }

    /// <summary>
    /// The EXECUTION_TASKs its SUBPLAN plans in its "Active EXECUTION_TASKs" table; empty when there is no written SUBPLAN
    /// or its table lists none (a single execution). Data only: filled from the SUBPLAN by
    /// <c>Prompts/PlannedExecutionReader</c>, which Get-ParallelPlan and the batch prompts call; empty until then.
    /// </summary>
    public PlannedExecution[] PlannedExecutions { get; internal set; } = Array.Empty<PlannedExecution>();

    /// <summary>The <c>files</c> of its parallel.json entry (its declared write-set), or null when the entry has none.</summary>
    internal WriteSets.RegistryFile[]? RegistryFiles { get; set; }

    private SectionContent Content => _parsed ??= _source?.Parse() ?? SectionContent.Empty;

    public override string ToString() => $"{Key} {Title}";

    public int CompareTo(Achievement? other) => other == null ? 1 : IdText.Compare(PlanPath, Key, other.PlanPath, other.Key);

    public int CompareTo(object? obj) => obj is Achievement a ? CompareTo(a) : 1;
}
