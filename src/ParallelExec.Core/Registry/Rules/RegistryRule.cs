using ParallelExec.Diagnostics;

namespace ParallelExec.Registry.Rules;

/// <summary>
/// One check of Test-ParallelJson: it reports one code of the catalog, and has its section in
/// docs/reference/validation-codes.md and its test class in tests/ParallelExec.Core.Tests/Rules/. To add one: declare
/// the code in <see cref="ErrorCodes"/>, write the rule here, place it in <see cref="RegistryRules.InOrder"/>, and give it
/// its section and its tests (RuleCatalogTests checks that each rule has both).
/// </summary>
internal abstract class RegistryRule
{
    /// <summary>The code of every record the rule writes.</summary>
    public abstract ErrorCode Code { get; }

    /// <summary>Adds the rule's findings about the document of <paramref name="context"/> to <paramref name="records"/>.</summary>
    public abstract void Check(RegistryRuleContext context, RuleRecords records);

    protected ValidationRecord Record(RegistryRuleContext context, DiagnosticSeverity severity, string message, JsonPosition at,
        string? achievementId, string suggestion, string? jsonPath) =>
        Record(context, severity, message, at.Line, at.Column, achievementId, suggestion, jsonPath);

    protected ValidationRecord Record(RegistryRuleContext context, DiagnosticSeverity severity, string message, int? line, int? column,
        string? achievementId, string? suggestion, string? jsonPath = null) =>
        new ValidationRecord(severity, Code, message, context.Path, line, column, achievementId, suggestion, jsonPath);
}
