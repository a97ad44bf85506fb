using System;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;

namespace ParallelExec.Plans;

/// <summary>
/// Reading on every core, as the loaders and the status index do it: only when there is enough to share out, and with
/// a fault surfacing as reading one by one would raise it (its own exception, not an AggregateException).
/// </summary>
internal static class AllCores
{
    /// <summary>True when <paramref name="count"/> items (at least <paramref name="from"/>) are worth sharing out.</summary>
    public static bool Worth(int count, int from) => count >= from && Environment.ProcessorCount > 1;

    /// <summary><paramref name="body"/> for each index below <paramref name="count"/>, on every core.</summary>
    public static void For(int count, Action<int> body)
    {
        try
        {
            Parallel.For(0, count, body);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }
}
