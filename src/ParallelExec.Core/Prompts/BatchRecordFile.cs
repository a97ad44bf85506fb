namespace ParallelExec.Prompts;

/// <summary>One file a batch created, with the SHA-256 of what was written.</summary>
internal sealed class BatchRecordFile
{
    public BatchRecordFile(string path, string sha256)
    {
        Path = path;
        Sha256 = sha256;
    }

    /// <summary>The path relative to the plan root, with forward slashes.</summary>
    public string Path { get; }
    public string Sha256 { get; }
}
