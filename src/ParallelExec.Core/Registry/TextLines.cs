using System;
using System.Collections.Generic;

namespace ParallelExec.Registry;

/// <summary>
/// The lines of a registry's text as Newtonsoft counts them (a line ends at \n, \r\n or a lone \r; a column counts
/// UTF-16 characters), so that positions from the tree and from the fast pass agree.
/// </summary>
internal sealed class TextLines
{
    private readonly int[] _starts;

    public TextLines(string text)
    {
        var starts = new List<int>(text.Length / 32 + 1) { 0 };
        var rest = text.AsSpan();
        int at = 0;
        while (true)
        {
            int k = rest.Slice(at).IndexOfAny('\r', '\n');
            if (k < 0) break;
            int i = at + k;
            if (text[i] == '\n' || i + 1 == text.Length || text[i + 1] != '\n') starts.Add(i + 1);
            at = i + 1;
        }
        _starts = starts.ToArray();
    }

    // The line of the last index asked for: readers ask in reading order, so the next answer is on that line or a
    // little after it.
    private int _line;

    /// <summary>The 1-based line and column of the character at <paramref name="index"/>.</summary>
    public JsonPosition At(int index)
    {
        int line = _line;
        if (index < _starts[line])
        {
            line = Array.BinarySearch(_starts, index);
            if (line < 0) line = ~line - 1;
        }
        while (line + 1 < _starts.Length && _starts[line + 1] <= index) line++;
        _line = line;
        return new JsonPosition(line + 1, index - _starts[line] + 1);
    }

    /// <summary>The index of the character at a 1-based line and column.</summary>
    public int IndexOf(JsonPosition position) => _starts[position.Line - 1] + position.Column - 1;
}
