namespace ParallelExec.WriteSets;

/// <summary>One path (or glob) an achievement declares it writes, relative to the repository root, with where it was declared.</summary>
internal sealed class DeclaredPath
{
    public DeclaredPath(string path, string file, int line)
    {
        Path = path;
        File = file;
        Line = line;
        IsGlob = PathText.IsGlob(path);
    }

    /// <summary>Forward slashes, relative to the repository root; a folder is its glob (<c>docs/**</c>).</summary>
    public string Path { get; }

    /// <summary>The declaring file, relative to the repository root (or absolute when outside it).</summary>
    public string File { get; }

    /// <summary>1-based line in <see cref="File"/>.</summary>
    public int Line { get; }

    public bool IsGlob { get; }

    public string Where => $"{File}:{Line}";

    public override string ToString() => $"{Path} ({Where})";
}
