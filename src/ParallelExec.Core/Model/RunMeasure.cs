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
    public TimeSpan WorkTime { get; internal set; }
    /// <summary>From the first start to the last completion.</summary>
    public TimeSpan WallTime { get; internal set; }
    /// <summary>Work time minus wall time, never negative.</summary>
    public TimeSpan TimeSaved { get; internal set; }
    /// <summary>The time saved as a share of the work time, in percent (0 when nothing overlapped).</summary>
    public double SavedPercent { get; internal set; }

    public override string ToString()
    {
        var ci = System.Globalization.CultureInfo.InvariantCulture;
        return $"{RunId}: {Ran} ran ({Succeeded} succeeded, {Failed} failed) at -ThrottleLimit {ThrottleLimit}; " +
               $"{Span(WorkTime)} of work in {Span(WallTime)} ({SavedPercent.ToString("0.#", ci)}% saved)";
    }

    private static string Span(TimeSpan t)
    {
        var ci = System.Globalization.CultureInfo.InvariantCulture;
        if (t.TotalHours >= 1) return t.TotalHours.ToString("0.##", ci) + " h";
        if (t.TotalMinutes >= 1) return t.TotalMinutes.ToString("0.#", ci) + " min";
        return t.TotalSeconds.ToString("0.##", ci) + " s";
    }
}
