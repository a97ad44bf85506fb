using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;

namespace ParallelExec.Plans;

/// <summary>
/// Every naming rule of the methodology (DESIGN §1) in one place: what a PLAN, a registry, a SUBPLAN, an EXECUTION_TASK
/// and a feedback file are called, where they live under a plan root, the module's own <c>.parallel/</c> folders, the
/// folders a workspace scan skips, and the scaffold marker. Readers and writers take the names from here.
/// </summary>
internal static class PlanConventions
{
    /// <summary>The registry's file name, beside the PLAN (or in the plan root).</summary>
    public const string RegistryFileName = "parallel.json";

    /// <summary>A PLAN's file-name prefix: <c>PLAN_&lt;NAME&gt;.md</c>.</summary>
    public const string PlanPrefix = "PLAN_";

    /// <summary>The folder a PLAN may sit in, below its plan root.</summary>
    public const string PlanningFolder = "planning";

    public const string SubplansFolder = "subplans";
    public const string ExecutionFolder = "execution";
    public const string FeedbacksFolder = "feedbacks";

    /// <summary>A plan root's folder of summaries; its <c>*COMPLETE*.md</c> files may mark achievements done, and a PLAN_*.md in it is a companion, not a plan.</summary>
    public const string SummaryFolder = "summary";

    /// <summary>The module's own folder under a plan root (runs, batches, prompts); never read as plan files.</summary>
    public const string ModuleFolder = ".parallel";

    /// <summary>What an unfilled scaffold holds where an LLM has to write.</summary>
    public const string ScaffoldMarker = "[TO BE FILLED]";

    /// <summary>The start of <see cref="ScaffoldMarker"/>, as a SUBPLAN scaffold still holds it.</summary>
    public const string ScaffoldMarkerStart = "[TO BE FILLED";

    /// <summary>Folders a workspace scan never enters.</summary>
    public static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase)
        { ".git", ModuleFolder, "node_modules", "bin", "obj", ".venv", "__pycache__" };

    /// <summary>The only folders a shallow status scan enters (the conventional places of the methodology's files).</summary>
    public static readonly HashSet<string> ConventionalFolders = new(StringComparer.OrdinalIgnoreCase)
        { SubplansFolder, ExecutionFolder, FeedbacksFolder };

    private const RegexOptions Opts = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled;

    /// <summary><c>SUBPLAN_&lt;NAME&gt;_&lt;NN&gt;[_suffix].md</c>.</summary>
    public static readonly Regex SubplanName = new(@"^SUBPLAN_(?<name>.+?)_(?<nn>[0-9]{1,9})(?:_[^.]+)?\.md$", Opts);

    /// <summary><c>EXECUTION_TASK_&lt;NAME&gt;_&lt;NN&gt;[_&lt;MM&gt;][_suffix].md</c>.</summary>
    public static readonly Regex ExecutionName = new(@"^EXECUTION_TASK_(?<name>.+?)_(?<nn>[0-9]{1,9})(?:_[0-9]{1,9})?(?:_[^.]+)?\.md$", Opts);

    /// <summary><c>APPROVED_&lt;NN&gt;.md</c>, <c>FIX_&lt;NN&gt;.md</c>, <c>FIX_&lt;NN&gt;_RESOLUTION.md</c>, <c>SKIPPED_&lt;NN&gt;.md</c>.</summary>
    public static readonly Regex FeedbackName = new(@"^(?<kind>APPROVED|FIX|SKIPPED)_(?<nn>[0-9]{1,9})(?<resolution>_RESOLUTION)?\.md$", Opts);

    public static bool IsPlanFileName(string name) =>
        name.StartsWith(PlanPrefix, StringComparison.OrdinalIgnoreCase) && name.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    public static bool IsRegistryFileName(string name) => string.Equals(name, RegistryFileName, StringComparison.OrdinalIgnoreCase);

    public static bool IsPlanningFolder(string folder) =>
        string.Equals(Path.GetFileName(folder), PlanningFolder, StringComparison.OrdinalIgnoreCase);

    /// <summary>A FIX file that is not a resolution: <c>FIX_NN.md</c>, not <c>FIX_NN_RESOLUTION.md</c>.</summary>
    public static bool IsUnresolvedFixName(string name) =>
        name.StartsWith("FIX_", StringComparison.OrdinalIgnoreCase) && !name.EndsWith("_RESOLUTION.md", StringComparison.OrdinalIgnoreCase);

    /// <summary>The file name of an achievement's SUBPLAN.</summary>
    public static string SubplanFileName(Achievement a) => SubplanStem(a.PlanName, a.Key.FileSuffix) + ".md";

    /// <summary>The file name of an achievement's execution number <paramref name="number"/>.</summary>
    public static string ExecutionFileName(Achievement a, int number) =>
        ExecutionFileName(a.PlanName, a.Key.FileSuffix, number.ToString("00", CultureInfo.InvariantCulture));

    /// <summary><c>SUBPLAN_&lt;NAME&gt;_&lt;NN&gt;</c> (no extension), as a SUBPLAN's name or an EXECUTION_TASK's header gives it; <paramref name="nn"/> may be a placeholder.</summary>
    public static string SubplanStem(string planName, string nn) => $"SUBPLAN_{planName}_{nn}";

    /// <summary><c>EXECUTION_TASK_&lt;NAME&gt;_&lt;NN&gt;_&lt;MM&gt;.md</c>; <paramref name="nn"/> and <paramref name="mm"/> may be placeholders.</summary>
    public static string ExecutionFileName(string planName, string nn, string mm) => $"EXECUTION_TASK_{planName}_{nn}_{mm}.md";

    /// <summary>&lt;plan root&gt;/subplans/SUBPLAN_….md.</summary>
    public static string SubplanPath(Achievement a) => Path.Combine(a.Plan.PlanRoot, SubplansFolder, SubplanFileName(a));

    /// <summary>&lt;plan root&gt;/execution/EXECUTION_TASK_….md.</summary>
    public static string ExecutionPath(Achievement a, int number) =>
        Path.Combine(a.Plan.PlanRoot, ExecutionFolder, ExecutionFileName(a, number));

    /// <summary>&lt;plan root&gt;/execution/feedbacks/SKIPPED_&lt;NN&gt;.md.</summary>
    public static string SkippedPath(Achievement a) =>
        Path.Combine(a.Plan.PlanRoot, ExecutionFolder, FeedbacksFolder, "SKIPPED_" + a.Key.FileSuffix + ".md");

    /// <summary>&lt;plan root&gt;/execution/feedbacks/FIX_&lt;NN&gt;_RESOLUTION.md: what the status rules read as "the fix was resolved".</summary>
    public static string ResolutionPath(Achievement a) =>
        Path.Combine(a.Plan.PlanRoot, ExecutionFolder, FeedbacksFolder, "FIX_" + a.Key.FileSuffix + "_RESOLUTION.md");

    /// <summary>&lt;plan root&gt;/.parallel/&lt;what&gt; (runs, batches, prompts).</summary>
    public static string ModulePath(string planRoot, string what) => Path.Combine(planRoot, ModuleFolder, what);

    /// <summary>The folder of a plan's run records: &lt;plan root&gt;/.parallel/runs.</summary>
    public static string RunsFolder(string planRoot) => ModulePath(planRoot, "runs");

    /// <summary>The folder of a plan's scaffolded batches: &lt;plan root&gt;/.parallel/batches.</summary>
    public static string BatchesFolder(string planRoot) => ModulePath(planRoot, "batches");

    /// <summary>Where the menu saves a prompt it cannot put on the clipboard: &lt;plan root&gt;/.parallel/prompts.</summary>
    public static string PromptsFolder(string planRoot) => ModulePath(planRoot, "prompts");

    /// <summary>The folder holding PLAN_&lt;NAME&gt;.md, or its parent when that folder is <c>planning/</c>.</summary>
    public static string PlanRootOf(string planPath)
    {
        var folder = Path.GetDirectoryName(planPath) ?? planPath;
        return IsPlanningFolder(folder) ? Path.GetDirectoryName(folder) ?? folder : folder;
    }
}
