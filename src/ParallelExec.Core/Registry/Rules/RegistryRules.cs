using System.Collections.Generic;

namespace ParallelExec.Registry.Rules;

/// <summary>
/// Every rule, in the order Test-ParallelJson runs them: the document's own checks, then the graph's, the levels', the
/// paths' and the comparison with the PLAN. The records are sorted by position afterwards; at one position they keep
/// this order.
/// </summary>
internal static class RegistryRules
{
    public static IReadOnlyList<RegistryRule> InOrder { get; } = new RegistryRule[]
    {
        new DuplicateKeyRule(),
        new LegacyFormatRule(),
        new SchemaViolationRule(),
        new NumberOutOfRangeRule(),
        new InvalidPlanNameRule(),
        new DuplicateIdRule(),
        new MissingDependenciesRule(),
        new SelfDependencyRule(),
        new UnknownDependencyRule(),
        new UnknownBlockRule(),
        new BlocksMismatchRule(),
        new CircularDependencyRule(),
        new LevelOrderRule(),
        new LevelContainsDependencyRule(),
        new PathOutsidePlanRule(),
        new MissingFileRule(),
        new PlanUnreadableRule(),
        new PlanDriftRule(),
        new StatusDriftRule(),
        new WriteSetConflictRule(),
    };
}
