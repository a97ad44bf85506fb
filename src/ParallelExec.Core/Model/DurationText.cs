using System;
using System.Globalization;

namespace ParallelExec;

/// <summary>
/// How a duration is written on an output object: <c>hh:mm:ss.ff</c> (with days first past 24 hours), the text the
/// views show and ConvertTo-Json writes, and which <c>[timespan]</c> reads back. Beside it every duration has a plain
/// number of seconds (<c>DurationSeconds</c>, <c>WorkSeconds</c>, …); a TimeSpan property would be written by
/// ConvertTo-Json as an object of ticks and totals.
/// </summary>
internal static class DurationText
{
    public static string Of(TimeSpan t)
    {
        if (t < TimeSpan.Zero) return "-" + Of(t.Negate());
        return t.ToString(t.Days > 0 ? @"d\.hh\:mm\:ss\.ff" : @"hh\:mm\:ss\.ff", CultureInfo.InvariantCulture);
    }

    /// <summary>Seconds, rounded to the millisecond (the run record's <c>duration_seconds</c> is the same number).</summary>
    public static double Seconds(TimeSpan t) => Math.Round(t.TotalSeconds, 3);
}
