using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace ParallelExec.WriteSets;

/// <summary>
/// The rule that tells a path from other backticked text, and the one normal form of a path: forward slashes, relative to
/// the repository root, no <c>./</c>, a folder (<c>docs/</c>) as the glob of what it holds (<c>docs/**</c>).
/// A path has a folder separator between names, or ends with a file extension; it has no spaces, no URL scheme, no
/// shell or code punctuation, and is not a number, an id or a placeholder.
/// </summary>
internal static class PathText
{
    private static readonly Regex Backticked = new Regex(@"(?<!`)`([^`\r\n]+)`(?!`)", RegexOptions.CultureInvariant);

    // A last segment with a file extension: a name (or a glob) before a dot and 1-10 letters or digits, starting with a letter.
    private static readonly Regex Extension = new Regex(@"(?:^|/)[^/]*[A-Za-z0-9_*\]\-]\.[A-Za-z][A-Za-z0-9]{0,9}$", RegexOptions.CultureInvariant);
    private static readonly Regex Segment = new Regex(@"^[A-Za-z0-9_.*?\[\]{}\-+@#~]+$", RegexOptions.CultureInvariant);
    private static readonly Regex Dotted = new Regex(@"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$", RegexOptions.CultureInvariant);

    /// <summary>Extensions that make a dotted word a file even without a folder (<c>setup.py</c>, not <c>os.path</c>).</summary>
    private static readonly HashSet<string> FileExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "md", "txt", "py", "pyi", "cs", "csproj", "props", "targets", "ps1", "psm1", "psd1", "ps1xml", "json", "jsonl", "yaml", "yml",
        "toml", "ini", "cfg", "conf", "env", "js", "mjs", "cjs", "ts", "tsx", "jsx", "vue", "svelte", "css", "scss", "html", "htm",
        "xml", "csv", "tsv", "sql", "sh", "bash", "zsh", "bat", "cmd", "go", "rs", "java", "kt", "rb", "php", "c", "h", "cpp", "hpp",
        "swift", "lock", "ipynb", "mdc", "rst", "adoc", "svg", "png", "log", "db", "sqlite", "dockerfile", "gitignore", "mod", "sum",
        "gradle", "tf", "proto", "graphql", "r", "jl", "lua", "pl", "ex", "exs", "dart", "scala", "sln", "slnx", "config", "template",
    };

    /// <summary>Each backticked span of a line with its text.</summary>
    public static IEnumerable<string> Spans(string line)
    {
        if (line.IndexOf('`') < 0) yield break;
        foreach (Match m in Backticked.Matches(line)) yield return m.Groups[1].Value;
    }

    public static bool IsGlob(string path) => path.IndexOfAny(GlobChars) >= 0;

    private static readonly char[] GlobChars = { '*', '?', '[', '{' };

    /// <summary>
    /// The normal form of a backticked text when it is a path, else null. Relative paths are taken from the repository root;
    /// those starting <c>./</c> or <c>../</c> from the declaring file's folder.
    /// </summary>
    public static string? Normalize(string text, string repoRoot, string declaringFolder, bool registry = false)
    {
        var t = registry ? text.Trim() : text.Trim().TrimEnd(':', ',', ';', '.', ')').Trim();
        if (t.Length == 0 || !registry && !LooksLikePath(t)) return null;
        t = t.Replace('\\', '/');
        bool folder = t.EndsWith('/');
        string full;
        if (t.StartsWith("~/", StringComparison.Ordinal)) return null; // a home folder, not the repository
        if (registry && t.StartsWith("./", StringComparison.Ordinal)) t = t[2..]; // the registry's paths are the repository's
        if (Path.IsPathRooted(t)) full = Path.GetFullPath(t);
        else if (t.StartsWith("./", StringComparison.Ordinal) || t.StartsWith("../", StringComparison.Ordinal)) full = Path.GetFullPath(Path.Combine(declaringFolder, t));
        else full = Path.GetFullPath(Path.Combine(repoRoot, t));
        var rel = Path.GetRelativePath(repoRoot, full).Replace('\\', '/');
        if (rel == "." || rel.Length == 0) return null;
        if (folder) rel = rel.TrimEnd('/') + "/**";
        return rel;
    }

    /// <summary>True when the text is a path by the rule above (before normalising).</summary>
    public static bool LooksLikePath(string t)
    {
        if (t.Length < 3 || t.Length > 260) return false;
        if (t.Contains("://", StringComparison.Ordinal) || t.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) return false;
        foreach (var c in t)
            if (char.IsWhiteSpace(c) || c == '(' || c == ')' || c == '=' || c == '"' || c == '\'' || c == '|' || c == ';' || c == ',' ||
                c == '<' || c == '>' || c == '$' || c == '%' || c == '&' || c == '!' || c == '^' || c == ':' && !IsDriveColon(t, c)) return false;
        if (t[0] == '-' || t[0] == '@' || t[0] == '#') return false;
        var p = t.Replace('\\', '/');
        var body = p.TrimEnd('/');
        if (body.Length == 0) return false;
        var segments = body.Split('/');
        int named = 0;
        foreach (var s in segments)
        {
            if (s.Length == 0) { if (named > 0) return false; continue; } // "/abs" leading slash only
            if (s != "." && s != ".." && !Segment.IsMatch(s)) return false;
            if (HasLetter(s)) named++;
        }
        if (named == 0) return false;
        bool slash = segments.Length > 1;
        if (slash) return true;
        if (p.EndsWith('/')) return true; // "docs/": a folder
        if (Dotted.IsMatch(body)) return FileExtensions.Contains(body[(body.LastIndexOf('.') + 1)..]);
        return Extension.IsMatch(body) && FileExtensions.Contains(body[(body.LastIndexOf('.') + 1)..]);
    }

    private static bool IsDriveColon(string t, char c) => t.Length > 2 && t[1] == ':' && char.IsLetter(t[0]) && t.IndexOf(':', 2) < 0;

    private static bool HasLetter(string s)
    {
        foreach (var c in s) if (char.IsLetter(c)) return true;
        return false;
    }
}
