using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Text;
using ParallelExec;

namespace ParallelExec.Output;

/// <summary>
/// Under GitHub Actions ($env:GITHUB_ACTIONS is 'true'), Test-ParallelJson's errors and warnings also as workflow
/// commands (<c>::error file=…,line=…,col=…,title=&lt;Code&gt;::&lt;message&gt;</c>), so that they land on the pull
/// request's lines. Escaped as GitHub's workflow-command rules say: % CR LF in the message; also : and , in properties.
/// </summary>
internal static class GitHubAnnotations
{
    public static bool Enabled => string.Equals(Environment.GetEnvironmentVariable("GITHUB_ACTIONS"), "true", StringComparison.Ordinal);

    /// <summary>Writes the annotations of <paramref name="records"/> when running under GitHub Actions; nothing otherwise.</summary>
    public static void WriteIfEnabled(Cmdlet cmdlet, IEnumerable<ValidationRecord> records)
    {
        if (!Enabled) return;
        var workspace = Environment.GetEnvironmentVariable("GITHUB_WORKSPACE");
        foreach (var r in records)
        {
            var line = Format(r, workspace);
            if (line != null) CiStepSummary.HostLine(cmdlet, line);
        }
    }

    /// <summary>The workflow command of one record (its file relative to the workspace); null for information.</summary>
    public static string? Format(ValidationRecord r, string? workspace)
    {
        string command = r.SeverityValue switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "",
        };
        if (command.Length == 0) return null;
        var sb = new StringBuilder("::").Append(command).Append(" file=").Append(Property(FileOf(r.Path, workspace)));
        if (r.Line is int line) sb.Append(",line=").Append(line);
        if (r.Column is int col) sb.Append(",col=").Append(col);
        sb.Append(",title=").Append(Property(r.Code)).Append("::").Append(Data(r.Suggestion == null ? r.Message : r.Message + " " + r.Suggestion));
        return sb.ToString();
    }

    private static string FileOf(string path, string? workspace)
    {
        if (!string.IsNullOrEmpty(workspace) && Plans.PlanPaths.IsInside(workspace, path))
            path = System.IO.Path.GetRelativePath(workspace, path);
        return path.Replace('\\', '/');
    }

    public static string Data(string text) => text.Replace("%", "%25", StringComparison.Ordinal)
        .Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    public static string Property(string text) => Data(text)
        .Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
