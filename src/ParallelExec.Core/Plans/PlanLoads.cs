using System;
using System.Collections.Generic;

namespace ParallelExec.Plans;

/// <summary>
/// Several paths read at once (<c>Get-ParallelPlan -LiteralPath $files</c>): each path is read on its own, on every
/// core, and the results come back in the order of the paths, so that what is reported is what reading them one
/// after another would report. Paths given together must not share a status cache (each is read without one).
/// </summary>
internal static class PlanLoads
{
    /// <summary>Below this many paths, they are read one after another.</summary>
    public const int ParallelFrom = 4;

    public static PlanLoad[] LoadAll(IReadOnlyList<string> paths, PlanLoadOptions options)
    {
        var loads = new PlanLoad[paths.Count];
        if (!AllCores.Worth(paths.Count, ParallelFrom) || options.StatusCache != null)
        {
            for (int i = 0; i < paths.Count; i++) loads[i] = LoadOne(paths[i], options);
            return loads;
        }
        // A bad input is each load's own error (LoadOne); only a fault leaves AllCores.For.
        AllCores.For(paths.Count, i => loads[i] = LoadOne(paths[i], options));
        return loads;
    }

    private static PlanLoad LoadOne(string path, PlanLoadOptions options)
    {
        try
        {
            return new PlanLoad(PlanLoader.Load(path, options), null);
        }
        catch (ParallelExecException e)
        {
            return new PlanLoad(null, e);
        }
    }
}
