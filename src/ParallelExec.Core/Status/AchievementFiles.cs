using System.Collections.Generic;

namespace ParallelExec.Status;

/// <summary>The files that map to one achievement, by kind (each file once).</summary>
internal sealed class AchievementFiles
{
    public readonly List<StatusFile> Subplans = new List<StatusFile>(1);
    public readonly List<StatusFile> Executions = new List<StatusFile>(1);
    public readonly List<StatusFile> Approved = new List<StatusFile>(0);
    public readonly List<StatusFile> Fixes = new List<StatusFile>(0);
    public readonly List<StatusFile> Resolutions = new List<StatusFile>(0);
    public readonly List<StatusFile> Skipped = new List<StatusFile>(0);

    public void Add(StatusFile f)
    {
        var list = f.Kind switch
        {
            StatusFileKind.Subplan => Subplans,
            StatusFileKind.Execution => Executions,
            StatusFileKind.Approved => Approved,
            StatusFileKind.Fix => Fixes,
            StatusFileKind.FixResolution => Resolutions,
            _ => Skipped,
        };
        if (!list.Contains(f)) list.Add(f);
    }
}
