using System;
using System.IO;
using System.Management.Automation;
using ParallelExec;
using ParallelExec.Plans;

namespace ParallelExec.Input;

/// <summary>
/// Lets an <c>-InputObject</c> of type <see cref="Achievement"/> take every object of the module that names one,
/// bound by property name: an object with an <c>Achievement</c> property (a status info, a skipped achievement) gives
/// it; an object with a plan path (<c>PlanPath</c>, else <c>Path</c>) and an id (<c>Id</c>, else <c>AchievementId</c>)
/// — a run result, a validation record, a [pscustomobject] — has its plan read and the achievement found there.
/// Anything else is handed on unchanged, so PowerShell's own binding (and its error) applies.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
internal sealed class AchievementInputAttribute : ArgumentTransformationAttribute
{
    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
    {
        if (inputData == null) return null;
        var wrapped = inputData as PSObject ?? PSObject.AsPSObject(inputData);
        var baseObject = wrapped.BaseObject;
        if (baseObject is Achievement) return baseObject;
        if (Value(wrapped, "Achievement") is Achievement held) return held;
        var planPath = Text(wrapped, "PlanPath") ?? Text(wrapped, "Path");
        var idText = Text(wrapped, "Id") ?? Text(wrapped, "AchievementId");
        if (planPath == null || idText == null || !AchievementId.TryParse(idText, out var id)) return inputData;
        return Find(engineIntrinsics.SessionState.Path.GetUnresolvedProviderPathFromPSPath(planPath), id);
    }

    /// <summary>The achievement <paramref name="id"/> of the plan at <paramref name="planPath"/>, read afresh.</summary>
    private static Achievement Find(string planPath, AchievementId id)
    {
        PlanLoadResult result;
        try
        {
            result = PlanLoader.Load(planPath, new PlanLoadOptions());
        }
        catch (ParallelExecException e)
        {
            throw new ArgumentTransformationMetadataException($"The plan '{planPath}' named by the input cannot be read: {e.Message}", e);
        }
        Achievement? found = null;
        foreach (var plan in result.Plans)
        {
            var a = plan.Find(id);
            if (a == null) continue;
            if (string.Equals(plan.PlanPath, planPath, StringComparison.Ordinal)) return a;
            found ??= a;
        }
        return found ?? throw new ArgumentTransformationMetadataException(
            $"The plan '{planPath}' named by the input has no achievement {id}; Get-ParallelPlan lists its ids.");
    }

    private static object? Value(PSObject o, string name)
    {
        var value = o.Properties[name]?.Value;
        return value is PSObject p ? p.BaseObject : value;
    }

    private static string? Text(PSObject o, string name)
    {
        var value = Value(o, name);
        var text = value switch
        {
            null => null,
            string s => s,
            FileSystemInfo f => f.FullName,
            _ => value.ToString(),
        };
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }
}
