using ParallelExec.Diagnostics;

namespace ParallelExec.Registry.Rules;

/// <summary>
/// NumberOutOfRange: a level, an estimate or an actual time past what the module holds (a level past 2,147,483,647, a
/// number of hours past 100,000, a number past the range of a double such as 1e400). The readers leave it out.
/// </summary>
internal sealed class NumberOutOfRangeRule : RegistryRule
{
    public override ErrorCode Code => ErrorCodes.NumberOutOfRange;

    public override void Check(RegistryRuleContext context, RuleRecords records)
    {
        var numbers = context.Document.OutOfRange;
        for (int i = 0; i < numbers.Count; i++)
        {
            var n = numbers[i];
            var range = RegistryValues.RangeOf(n.Field);
            records.Add(new Discovery(CheckPass.Document, 1, i), Record(context, DiagnosticSeverity.Error,
                $"'{n.Field}' is {n.Text}, outside {range}; it is not used.", n.At, n.AchievementId,
                $"Write {range} (or leave '{n.Field}' out).", n.JsonPath));
        }
    }
}
