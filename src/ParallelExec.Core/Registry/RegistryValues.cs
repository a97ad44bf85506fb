using System.Globalization;

namespace ParallelExec.Registry;

/// <summary>
/// What the values a registry gives the module may be, beyond their JSON type: numbers in the range the module holds
/// (<c>NumberOutOfRange</c> otherwise) and a plan name that can be part of a file name (<c>InvalidPlanName</c>).
/// Both readers and the rules ask here.
/// </summary>
internal static class RegistryValues
{
    /// <summary>The highest level number: a level is held as an int.</summary>
    public const long MaxLevel = int.MaxValue;

    /// <summary>The highest estimate or actual time, in hours (over eleven years of work): past it a number is a typo or an attack.</summary>
    public const double MaxHours = 100_000;

    /// <summary>A level number the module can hold: a whole number from 1 to <see cref="MaxLevel"/> (below 1 the schema reports).</summary>
    public static bool LevelInRange(double value) => value <= MaxLevel;

    /// <summary>A number of hours the module uses: finite and at most <see cref="MaxHours"/> (below 0 the schema reports).</summary>
    public static bool HoursInRange(double value) => double.IsFinite(value) && value <= MaxHours;

    /// <summary>The range of a field, as the finding says it.</summary>
    public static string RangeOf(string field) => field == "level"
        ? string.Create(CultureInfo.InvariantCulture, $"a whole number from 1 to {MaxLevel}")
        : string.Create(CultureInfo.InvariantCulture, $"a number of hours from 0 to {MaxHours:0}");

    /// <summary>
    /// The plan name can be the &lt;NAME&gt; of PLAN_&lt;NAME&gt;.md and of every SUBPLAN and EXECUTION_TASK: not empty,
    /// no control character (NUL included), no path separator, not "." or "..".
    /// </summary>
    public static bool IsUsablePlanName(string name)
    {
        if (name.Length == 0 || name == "." || name == "..") return false;
        foreach (var c in name)
            if (char.IsControl(c) || c == '/' || c == '\\') return false;
        return true;
    }
}
