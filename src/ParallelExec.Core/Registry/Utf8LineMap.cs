using System.Collections.Generic;
using System.Text;

namespace ParallelExec.Registry;

/// <summary>
/// The line and column of byte offsets in UTF-8 text, counted as Newtonsoft counts them (a line ends at \n, \r\n or a
/// lone \r; a column counts UTF-16 characters), so that the fast pass and the tree give the same positions.
/// </summary>
internal sealed class Utf8LineMap
{
    private readonly List<int> _starts = new List<int> { 0 };
    private readonly byte[] _bytes;

    // Offsets are asked for in reading order, so the position advances like a cursor: counting the characters from the
    // line start for every token was quadratic on a minified registry (one line of 12 MB).
    private int _line;
    private long _pos;
    private int _col;

    public Utf8LineMap(byte[] bytes)
    {
        _bytes = bytes;
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n' || (bytes[i] == (byte)'\r' && (i + 1 == bytes.Length || bytes[i + 1] != (byte)'\n')))
                _starts.Add(i + 1);
        }
    }

    /// <summary>1-based line and column of the character at a byte offset.</summary>
    public JsonPosition At(long offset)
    {
        if (offset < _pos) { _line = 0; _pos = 0; _col = 0; }
        while (_line + 1 < _starts.Count && _starts[_line + 1] <= offset)
        {
            _line++;
            _pos = _starts[_line];
            _col = 0;
        }
        _col += Encoding.UTF8.GetCharCount(_bytes, (int)_pos, (int)(offset - _pos));
        _pos = offset;
        return new JsonPosition(_line + 1, _col + 1);
    }
}
