using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;

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
        if (paths.Count < ParallelFrom || Environment.ProcessorCount < 2 || options.StatusCache != null)
        {
            for (int i = 0; i < paths.Count; i++) loads[i] = LoadOne(paths[i], options);
            return loads;
        }
        try
        {
            Parallel.For(0, paths.Count, i => loads[i] = LoadOne(paths[i], options));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // A fault (not a bad input, which each load reports as its error) surfaces as reading one by one would.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
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
