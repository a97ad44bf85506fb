using System;

namespace ParallelExec;

/// <summary>The measured outcome of one recorded run: work time against wall-clock time.</summary>
public sealed class RunMeasure
{
    public string RunId { get; internal set; } = "";
    public string RecordPath { get; internal set; } = "";
    public int ThrottleLimit { get; internal set; }
    /// <summary>Achievements that ran (started and finished), whatever their result.</summary>
    public int Ran { get; internal set; }
    public int Succeeded { get; internal set; }
    public int Failed { get; internal set; }
    /// <summary>The durations of the achievements that ran, added up: the time one executor would have needed.</summary>
    internal TimeSpan WorkSpan { get; set; }
    /// <summary>The durations of the achievements that ran, added up: the time one executor would have needed, as <c>hh:mm:ss.fff</c> (<c>[timespan]</c> reads it back).</summary>
    public string WorkTime => DurationText.Of(WorkSpan);
    /// <summary>The same in seconds, to the millisecond.</summary>
    public double WorkSeconds => DurationText.Seconds(WorkSpan);
    /// <summary>From the first start to the last completion.</summary>
    internal TimeSpan WallSpan { get; set; }
    /// <summary>From the first start to the last completion, as <c>hh:mm:ss.fff</c> (<c>[timespan]</c> reads it back).</summary>
    public string WallTime => DurationText.Of(WallSpan);
    /// <summary>The same in seconds, to the millisecond.</summary>
    public double WallSeconds => DurationText.Seconds(WallSpan);
    /// <summary>Work time minus wall time, never negative.</summary>
    internal TimeSpan SavedSpan { get; set; }
    /// <summary>Work time minus wall time, never negative, as <c>hh:mm:ss.fff</c> (<c>[timespan]</c> reads it back).</summary>
    public string TimeSaved => DurationText.Of(SavedSpan);
    /// <summary>The same in seconds, to the millisecond.</summary>
    public double SavedSeconds => DurationText.Seconds(SavedSpan);
    /// <summary>The time saved as a share of the work time, in percent (0 when nothing overlapped).</summary>
    public double SavedPercent { get; internal set; }

    public override string ToString()
    {
        var ci = System.Globalization.CultureInfo.InvariantCulture;
        return $"{RunId}: {Ran} ran ({Succeeded} succeeded, {Failed} failed) at -ThrottleLimit {ThrottleLimit}; " +
               $"{Span(WorkSpan)} of work in {Span(WallSpan)} ({SavedPercent.ToString("0.#", ci)}% saved)";
    }

    private static string Span(TimeSpan t)
    {
        var ci = System.Globalization.CultureInfo.InvariantCulture;
        if (t.TotalHours >= 1) return t.TotalHours.ToString("0.##", ci) + " h";
        if (t.TotalMinutes >= 1) return t.TotalMinutes.ToString("0.#", ci) + " min";
        return t.TotalSeconds.ToString("0.##", ci) + " s";
    }
}
