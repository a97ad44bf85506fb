using System;
using System.Globalization;

namespace ParallelExec;

/// <summary>
/// How a duration is written on an output object: <c>hh:mm:ss.fff</c> (with days first past 24 hours), the text the
/// views show and ConvertTo-Json writes, and which <c>[timespan]</c> reads back. Beside it every duration has a plain
/// number of seconds (<c>DurationSeconds</c>, <c>WorkSeconds</c>, …); a TimeSpan property would be written by
/// ConvertTo-Json as an object of ticks and totals.
/// </summary>
internal static class DurationText
{
    public static string Of(TimeSpan t)
    {
        if (t < TimeSpan.Zero) return "-" + Of(t.Negate());
        t = TimeSpan.FromMilliseconds(Milliseconds(t));
        return t.ToString(t.Days > 0 ? @"d\.hh\:mm\:ss\.fff" : @"hh\:mm\:ss\.fff", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Seconds to the whole millisecond, cut as the text is (the run record's <c>duration_seconds</c> is the same number),
    /// so that <c>[timespan]$r.Duration</c> and <c>$r.DurationSeconds</c> always agree.
    /// </summary>
    public static double Seconds(TimeSpan t) => Milliseconds(t) / 1000.0;

    private static long Milliseconds(TimeSpan t) => t.Ticks / TimeSpan.TicksPerMillisecond;
}
