using System;
using System.Globalization;

namespace ParallelExec.Graph;

/// <summary>Reads a time a record stores (a run record's or parallel.json's started_at and completed_at), UTC when unmarked.</summary>
internal static class RecordedTime
{
    public static bool TryParse(string? text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text ?? "", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value) && text != null;
}
