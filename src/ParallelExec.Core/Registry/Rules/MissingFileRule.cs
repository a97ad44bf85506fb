using System.Collections.Generic;
using System.IO;
using ParallelExec.Diagnostics;

namespace ParallelExec.Registry.Rules;

/// <summary>MissingFile: a subplan_path or execution_paths entry that names a file which does not exist.</summary>
internal sealed class MissingFileRule : RegistryRule
{
    public override ErrorCode Code => ErrorCodes.MissingFile;

    public override void Check(RegistryRuleContext context, RuleRecords records)
    {
        var paths = context.Paths;
        for (int k = 0; k < paths.Count; k++)
        {
            var (e, p, resolved, _) = paths[k];
            if (resolved == null || File.Exists(resolved)) continue; // PathOutsidePlan, or there
            records.Add(new Discovery(CheckPass.Paths, 0, k), Record(context, DiagnosticSeverity.Warning,
                $"{p.Field} of {e.IdText} names \"{RegistryText.Shorten(p.Value)}\", which does not exist.", p.At, e.IdText,
                p.Field == "subplan_path" ? "Create the SUBPLAN, or set subplan_path to null until it exists." : "Create the file, or remove it from execution_paths.",
                e.JsonPath + "." + p.Field));
        }
    }
}
