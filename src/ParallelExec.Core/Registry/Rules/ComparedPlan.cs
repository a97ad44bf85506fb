using System.Collections.Generic;
using ParallelExec.Plans;

namespace ParallelExec.Registry.Rules;

/// <summary>The PLAN a registry is compared with (given by -Plan, or the one PLAN beside it), read once for the rules that compare.</summary>
internal sealed class ComparedPlan
{
    private ComparedPlan(ParallelPlan? plan, string? fileName, ParallelExecException? error)
    {
        Plan = plan;
        FileName = fileName ?? "";
        Error = error;
    }

    /// <summary>The PLAN, read on its own (without the registry), when there is one with achievements to compare.</summary>
    public ParallelPlan? Plan { get; }

    /// <summary>The PLAN's file name, as the messages give it.</summary>
    public string FileName { get; }

    /// <summary>Why the PLAN could not be read, when it could not.</summary>
    public ParallelExecException? Error { get; }

    public static ComparedPlan Load(string registryPath, ValidationOptions options)
    {
        string? planPath = options.PlanPath;
        if (planPath == null && options.FindPlan)
        {
            var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(registryPath))!;
            var found = PlanLoader.FindPlanFiles(folder, false, new List<PlanDiagnostic>());
            if (found.Count == 1) planPath = found[0];
        }
        if (planPath == null) return new ComparedPlan(null, null, null);
        ParallelPlan plan;
        try
        {
            plan = PlanLoader.LoadPlan(planPath, null,
                new PlanLoadOptions { IgnoreRegistry = true, Assumption = DependencyAssumption.Independent }, new List<PlanDiagnostic>());
        }
        catch (ParallelExecException e)
        {
            return new ComparedPlan(null, null, e);
        }
        return new ComparedPlan(plan.Achievements.Count == 0 ? null : plan, System.IO.Path.GetFileName(planPath), null);
    }
}
