using System.Buffers;
using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace ParallelExec.Run;

/// <summary>Command lines for processes started without a shell.</summary>
internal static class CommandLine
{
    /// <summary>Quotes one argument for a command line as the C runtime (and .NET on Unix) parses it back.</summary>
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(" \t\n\v\"");

    public static string Quote(string arg)
    {
        if (arg.Length > 0 && arg.AsSpan().IndexOfAny(NeedsQuotes) < 0) return arg;
        var sb = new StringBuilder("\"");
        int backslashes = 0;
        foreach (char c in arg)
        {
            if (c == '\\') { backslashes++; continue; }
            if (c == '"') sb.Append('\\', backslashes * 2 + 1);
            else sb.Append('\\', backslashes);
            backslashes = 0;
            sb.Append(c);
        }
        sb.Append('\\', backslashes * 2).Append('"');
        return sb.ToString();
    }
}
