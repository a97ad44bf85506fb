using System.Collections.Generic;
using ParallelExec.Registry;

namespace ParallelExec.WriteSets;

/// <summary>One string of an achievement's <c>files</c> in parallel.json, as written, and its line there.</summary>
internal readonly record struct RegistryFile(string Path, int Line)
{
    public static RegistryFile[] Of(List<PathReference> files)
    {
        var list = new RegistryFile[files.Count];
        for (int i = 0; i < list.Length; i++) list[i] = new RegistryFile(files[i].Value, files[i].At.Line);
        return list;
    }
}
