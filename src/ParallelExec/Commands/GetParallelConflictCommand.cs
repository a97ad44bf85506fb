using System.Linq;
using System.Management.Automation;
using ParallelExec;
using ParallelExec.Input;
using ParallelExec.WriteSets;

namespace ParallelExec.Commands;

/// <summary>
/// The achievements of each plan that may run at the same time and declare a shared path (Conflict), and those that
/// declare nothing they write while others may run with them (Unknown).
/// </summary>
[Cmdlet(VerbsCommon.Get, "ParallelConflict", DefaultParameterSetName = PathSet)]
[OutputType(typeof(ConflictInfo))]
public sealed class GetParallelConflictCommand : SelectingPlanInputCommand
{
    /// <summary>Leave out the Unknown records (achievements that declare no write-set).</summary>
    [Parameter]
    public SwitchParameter ConflictOnly { get; set; }

    /// <summary>Read every plan under the folders given (a workspace), as Get-ParallelPlan -Recurse does.</summary>
    [Parameter(ParameterSetName = PathSet)]
    [Parameter(ParameterSetName = LiteralSet)]
    public SwitchParameter Recurse { get; set; }

    protected override bool RecursePaths => Recurse.IsPresent;

    protected override void EndProcessing()
    {
        var ids = ParseIds(Id);
        foreach (var plan in Plans)
        {
            var chosen = Select(plan, Level, ids).Select(a => a.Key).ToHashSet();
            foreach (var c in ConflictFinder.Find(plan, unknown: !ConflictOnly))
            {
                if (ConflictOnly && c.KindValue == ConflictKind.Unknown) continue;
                bool mine = chosen.Contains(c.Key);
                bool other = c.OtherKey is { } o && chosen.Contains(o);
                // A record that involves a chosen achievement; with -Level, both of a pair in those levels.
                if (Level != null ? mine && (c.OtherKey == null || other) : mine || other) WriteObject(c);
            }
        }
    }
}
