using System;
using System.Globalization;

namespace ParallelExec;

/// <summary>An effort estimate in hours, as a range (a single figure has Min == Max).</summary>
public sealed class EstimateRange : IEquatable<EstimateRange>
{
    public EstimateRange(double min, double max)
    {
        if (double.IsNaN(min) || double.IsNaN(max) || min < 0 || max < min)
            throw new ArgumentOutOfRangeException(nameof(min), "An estimate needs 0 <= Min <= Max.");
        Min = min;
        Max = max;
    }

    /// <summary>Whole hours up to this many share one instance each (a plan of 100,000 "2-3h" estimates holds one).</summary>
    private const int SharedUpTo = 48;
    private static readonly EstimateRange?[] Shared = new EstimateRange?[(SharedUpTo + 1) * (SharedUpTo + 1)];

    /// <summary>The range, shared with every other of the same whole-hour bounds (it is immutable).</summary>
    internal static EstimateRange Of(double min, double max)
    {
        if (min >= 0 && max <= SharedUpTo && min == Math.Floor(min) && max == Math.Floor(max))
        {
            int k = (int)min * (SharedUpTo + 1) + (int)max;
            return Shared[k] ??= new EstimateRange(min, max);
        }
        return new EstimateRange(min, max);
    }

    public double Min { get; }
    public double Max { get; }

    public static EstimateRange operator +(EstimateRange a, EstimateRange b) => new EstimateRange(a.Min + b.Min, a.Max + b.Max);

    public bool Equals(EstimateRange? other) => other != null && Min.Equals(other.Min) && Max.Equals(other.Max);
    public override bool Equals(object? obj) => Equals(obj as EstimateRange);
    public override int GetHashCode() => Min.GetHashCode() * 31 + Max.GetHashCode();

    public override string ToString()
    {
        string f(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
        return Min.Equals(Max) ? f(Min) + "h" : f(Min) + "-" + f(Max) + "h";
    }
}
