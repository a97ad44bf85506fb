using System;
using System.Globalization;

namespace ParallelExec;

/// <summary>
/// An achievement id such as <c>1.1</c>, <c>10.2</c> or, in older numbered plans, <c>3</c>.
/// Prints as written, compares equal to its string form and sorts numerically (1.2 &lt; 1.10 &lt; 10.1).
/// </summary>
public readonly struct AchievementId : IEquatable<AchievementId>, IComparable<AchievementId>, IComparable
{
    private readonly int _major;
    private readonly int _minor; // -1: the id has no minor part ("3")

    public AchievementId(int major, int minor)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(major);
        ArgumentOutOfRangeException.ThrowIfLessThan(minor, -1);
        _major = major;
        _minor = minor;
    }

    public AchievementId(int major) : this(major, -1) { }

    /// <summary>Lets PowerShell convert a string such as '1.1' to an id ([ParallelExec.AchievementId]'1.1').</summary>
    public AchievementId(string text) => this = Parse(text);

    public int Major => _major;

    /// <summary>The part after the dot; null for a numbered-list id such as <c>3</c>.</summary>
    public int? Minor => _minor < 0 ? (int?)null : _minor;

    /// <summary>The file-name suffix of the methodology: 1.1 → 11, 10.2 → 102, 3 → 3.</summary>
    public string FileSuffix => _minor < 0
        ? _major.ToString(CultureInfo.InvariantCulture)
        : _major.ToString(CultureInfo.InvariantCulture) + _minor.ToString(CultureInfo.InvariantCulture);

    public static AchievementId Parse(string text)
    {
        if (TryParse(text, out var id)) return id;
        throw new FormatException($"'{text}' is not an achievement id. Use MAJOR.MINOR, for example '1.1' or '10.2'.");
    }

    public static bool TryParse(string? text, out AchievementId id)
    {
        id = default;
        if (text == null) return false;
        var s = text.Trim();
        if (s.Length == 0 || s.Length > 21) return false;
        int dot = s.IndexOf('.');
        if (dot < 0)
        {
            if (!TryParseInt(s, 0, s.Length, out var only)) return false;
            id = new AchievementId(only);
            return true;
        }
        if (!TryParseInt(s, 0, dot, out var major)) return false;
        if (!TryParseInt(s, dot + 1, s.Length - dot - 1, out var minor)) return false;
        id = new AchievementId(major, minor);
        return true;
    }

    private static bool TryParseInt(string s, int start, int length, out int value)
    {
        value = 0;
        if (length <= 0 || length > 9) return false;
        for (int i = start; i < start + length; i++)
        {
            char c = s[i];
            if (c < '0' || c > '9') return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }

    public int CompareTo(AchievementId other)
    {
        int c = _major.CompareTo(other._major);
        return c != 0 ? c : _minor.CompareTo(other._minor);
    }

    public int CompareTo(object? obj)
    {
        switch (obj)
        {
            case null: return 1;
            case AchievementId id: return CompareTo(id);
            case string s when TryParse(s, out var parsed): return CompareTo(parsed);
            default: return string.CompareOrdinal(ToString(), obj.ToString());
        }
    }

    public bool Equals(AchievementId other) => _major == other._major && _minor == other._minor;

    /// <summary>
    /// True only for an equal id: equality and hashing follow one contract, so ids work as keys of any set or dictionary.
    /// PowerShell's <c>-eq</c> still compares an id with '1.1' or 1.1: it converts the right operand to an id first
    /// (through <see cref="AchievementId(string)"/> and the conversions below).
    /// </summary>
    public override bool Equals(object? obj) => obj is AchievementId id && Equals(id);

    public override int GetHashCode() => (_major * 397) ^ _minor;

    /// <summary>1.1 → 1.1, 3 → 3 (a number as PowerShell writes it; 1.10 as a number is 1.1).</summary>
    public static explicit operator AchievementId(double value) => Parse(value.ToString(CultureInfo.InvariantCulture));

    public static explicit operator AchievementId(int value) => new(value);

    public override string ToString() => _minor < 0
        ? _major.ToString(CultureInfo.InvariantCulture)
        : _major.ToString(CultureInfo.InvariantCulture) + "." + _minor.ToString(CultureInfo.InvariantCulture);

    public static bool operator ==(AchievementId a, AchievementId b) => a.Equals(b);
    public static bool operator !=(AchievementId a, AchievementId b) => !a.Equals(b);
    public static bool operator <(AchievementId a, AchievementId b) => a.CompareTo(b) < 0;
    public static bool operator >(AchievementId a, AchievementId b) => a.CompareTo(b) > 0;
    public static bool operator <=(AchievementId a, AchievementId b) => a.CompareTo(b) <= 0;
    public static bool operator >=(AchievementId a, AchievementId b) => a.CompareTo(b) >= 0;
    public static implicit operator string(AchievementId id) => id.ToString();
}
