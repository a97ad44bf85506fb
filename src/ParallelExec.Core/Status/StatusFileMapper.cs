using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using ParallelExec.Graph;
using ParallelExec.Plans;

namespace ParallelExec.Status;

/// <summary>
/// Maps the files of a plan root to the plan's achievements, warning about the files it cannot map: a file's
/// <c>**Achievement**:</c> header first; without one, the SUBPLAN of the same number (for executions and feedback);
/// else the &lt;NN&gt; suffix when exactly one achievement has it. Every step is a dictionary look-up, so the cost grows
/// with the number of files, not files × achievements. One mapper per derivation.
/// </summary>
internal sealed class StatusFileMapper
{
    private readonly ParallelPlan _plan;
    private readonly PlanGraph _graph;
    private readonly StatusFileIndex _index;
    private readonly List<PlanDiagnostic> _diagnostics;
    private readonly AchievementFiles?[] _buckets;
    private Dictionary<string, List<int>>? _bySuffixMap;

    /// <summary>The achievements of each file suffix, made when the first file is mapped (a plan without files makes none).</summary>
    private Dictionary<string, List<int>> BySuffix => _bySuffixMap ??= SuffixMap(_plan.Achievements);

    /// <summary>What each SUBPLAN number stands for, from SUBPLAN headers (null: SUBPLANs of that number disagree).</summary>
    private readonly Dictionary<string, int[]?> _byNumber = new Dictionary<string, int[]?>(StringComparer.Ordinal);

    private readonly List<int> _mapped = new List<int>(2);

    /// <summary>Files named for a plan that has no PLAN file in this root: not counted, named in one warning.</summary>
    private List<StatusFile>? _foreign;

    /// <summary>Several PLANs share the root: a file that does not carry this plan's name may be another's.</summary>
    private readonly bool _sharedRoot;

    /// <summary>The plan's name comes from its PLAN_&lt;NAME&gt;.md file name, so files named for other plans are not its own.</summary>
    private readonly bool _namedPlan;

    private StatusFileMapper(ParallelPlan plan, StatusFileIndex index, List<PlanDiagnostic> diagnostics)
    {
        _plan = plan;
        _graph = plan.Graph;
        _index = index;
        _diagnostics = diagnostics;
        _buckets = new AchievementFiles?[plan.Achievements.Count];
        _sharedRoot = index.PlanNames.Count > 1;
        _namedPlan = PlanConventions.IsPlanFileName(System.IO.Path.GetFileName(plan.PlanPath));
    }

    /// <summary>The files of each achievement (by the plan's achievement index; null where none maps), warnings added to <paramref name="diagnostics"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static AchievementFiles?[] Map(ParallelPlan plan, StatusFileIndex index, List<PlanDiagnostic> diagnostics)
    {
        var mapper = new StatusFileMapper(plan, index, diagnostics);
        foreach (var f in index.Subplans) mapper.MapSubplan(f);
        foreach (var f in index.Executions) mapper.MapExecution(f);
        foreach (var f in index.Feedback) mapper.MapFeedback(f);
        if (mapper._foreign != null) diagnostics.Add(StatusWarnings.ForeignFiles(plan, mapper._foreign));
        return mapper._buckets;
    }

    private static Dictionary<string, List<int>> SuffixMap(IReadOnlyList<Achievement> achievements)
    {
        int n = achievements.Count;
        var bySuffix = new Dictionary<string, List<int>>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            var suffix = achievements[i].Key.FileSuffix;
            if (!bySuffix.TryGetValue(suffix, out var list)) bySuffix[suffix] = list = new List<int>(1);
            list.Add(i);
        }
        return bySuffix;
    }

    private void MapSubplan(StatusFile f)
    {
        if (!Mine(f)) return;
        CheckReadable(f);
        _mapped.Clear();
        if (!MapByHeader(f))
        {
            MapByNumber(f, viaSubplans: false, quiet: Quiet(f));
            return;
        }
        if (_mapped.Count == 0) return;
        var ids = _mapped.ToArray();
        Array.Sort(ids);
        if (!_byNumber.TryGetValue(f.Number, out var existing)) _byNumber[f.Number] = ids;
        else if (existing != null && !existing.AsSpan().SequenceEqual(ids)) _byNumber[f.Number] = null; // SUBPLANs of one number disagree
    }

    /// <summary>
    /// A feedback file by its number (the SUBPLAN of that number, else the achievement of that suffix); only when the
    /// number names none does its header decide. Reviewers copy a review to start the next, so the header of a feedback
    /// file is often stale, unlike its name. It names no plan: in a shared root, it may be another's.
    /// </summary>
    private void MapFeedback(StatusFile f)
    {
        if (TryMapByNumber(f)) return;
        _mapped.Clear();
        if (!MapByHeader(f)) MapByNumber(f, viaSubplans: true, quiet: Quiet(f));
    }

    /// <summary>Maps to the one achievement whose &lt;NN&gt; suffix is the file's number; false when none or several have it.</summary>
    private bool TryMapBySuffix(StatusFile f)
    {
        if (!BySuffix.TryGetValue(f.Number, out var candidates) || candidates.Count != 1) return false;
        Attach(f, candidates[0]);
        return true;
    }

    /// <summary>Maps by the SUBPLAN of the same number or the one achievement of that suffix; false when neither names one.</summary>
    private bool TryMapByNumber(StatusFile f)
    {
        if (_byNumber.TryGetValue(f.Number, out var ids) && ids != null)
        {
            foreach (var i in ids) Attach(f, i);
            return true;
        }
        return TryMapBySuffix(f);
    }

    private void MapExecution(StatusFile f)
    {
        if (!Mine(f)) return;
        CheckReadable(f);
        _mapped.Clear();
        if (!MapByHeader(f)) MapByNumber(f, viaSubplans: true, quiet: Quiet(f));
    }

    /// <summary>
    /// A file of this plan: it names no plan or names this one. A SUBPLAN or EXECUTION_TASK named for another plan is
    /// that plan's, never evidence here; when that plan has no PLAN file in the root, it is listed in one warning. A
    /// plan whose name is only a guess (its file is not PLAN_&lt;NAME&gt;.md) claims every file no PLAN of the root names.
    /// </summary>
    private bool Mine(StatusFile f)
    {
        if (f.PlanName == null || string.Equals(f.PlanName, _plan.Name, StringComparison.OrdinalIgnoreCase)) return true;
        if (_index.PlanNames.Contains(f.PlanName)) return false;
        if (!_namedPlan) return true;
        (_foreign ??= new List<StatusFile>()).Add(f);
        return false;
    }

    /// <summary>With several PLANs in one root, a file that does not carry this plan's name may be another's: no warning here.</summary>
    private bool Quiet(StatusFile f) => _sharedRoot && !string.Equals(f.PlanName, _plan.Name, StringComparison.OrdinalIgnoreCase);

    private void Attach(StatusFile f, int i) => (_buckets[i] ??= new AchievementFiles()).Add(f);

    private void CheckReadable(StatusFile f)
    {
        if (f.ReadError == null || f.Reported) return;
        f.Reported = true;
        _diagnostics.Add(StatusWarnings.FileUnreadable(f));
    }

    /// <summary>Maps by the file's header into <see cref="_mapped"/>; false when the file has no header.</summary>
    private bool MapByHeader(StatusFile f)
    {
        var header = f.HeaderIds;
        if (header == null) return false;
        foreach (var id in header)
            if (_graph.TryIndex(id, out var i) && !_mapped.Contains(i)) _mapped.Add(i);
        if (_mapped.Count == 0 && !Quiet(f))
        {
            _diagnostics.Add(StatusWarnings.OrphanHeader(f, header, _plan));
            return true;
        }
        foreach (var i in _mapped) Attach(f, i);
        return true;
    }

    /// <summary>Without a header: the SUBPLAN of the same number (for executions and feedback), else the suffix when unambiguous.</summary>
    private void MapByNumber(StatusFile f, bool viaSubplans, bool quiet)
    {
        if (viaSubplans ? TryMapByNumber(f) : TryMapBySuffix(f)) return;
        if (quiet) return;
        BySuffix.TryGetValue(f.Number, out var candidates);
        _diagnostics.Add(candidates != null ? StatusWarnings.AmbiguousNumber(f, _plan, candidates) : StatusWarnings.OrphanNumber(f, _plan));
    }
}
