using ParallelExec.Diagnostics;

namespace ParallelExec.Registry.Rules;

/// <summary>
/// MissingDependencies: an entry of the older flat form without a <c>dependencies</c> list. The flat form has no levels,
/// so nothing else says what the entry waits for: it is read as independent, and may run first beside anything. (In the
/// schema's form the level says where an entry runs, and the list is optional.)
/// </summary>
internal sealed class MissingDependenciesRule : RegistryRule
{
    public override ErrorCode Code => ErrorCodes.MissingDependencies;

    public override void Check(RegistryRuleContext context, RuleRecords records)
    {
        if (!context.IsLegacy) return;
        var entries = context.Entries;
        for (int i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            if (!e.HasId || e.HasDependencies) continue; // an entry without an id: the schema check names it
            records.Add(new Discovery(CheckPass.Ids, i), Record(context, DiagnosticSeverity.Warning,
                $"{e.Id} has no 'dependencies' list, so it is read as depending on nothing (it may run first, beside anything).", e.At, e.IdText,
                $"Add \"dependencies\": [] to {e.Id} when it depends on nothing, or list the ids it waits for.", e.JsonPath));
        }
    }
}
