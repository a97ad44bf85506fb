using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.FileSystemGlobbing;

namespace ParallelExec.WriteSets;

/// <summary>
/// Whether two declared paths overlap. Two paths overlap when equal or when one is a folder holding the other; a glob
/// overlaps the paths it matches (Microsoft.Extensions.FileSystemGlobbing, loaded only when a write-set has a glob) and
/// another glob when their literal prefixes (up to the first wildcard) nest — a conservative answer, as two globs
/// that could match one file must not run at once.
/// </summary>
internal static class GlobMatch
{
    private static readonly System.Buffers.SearchValues<char> Wild = System.Buffers.SearchValues.Create("*?[{");

    public static bool Overlap(DeclaredPath a, DeclaredPath b)
    {
        if (!a.IsGlob && !b.IsGlob) return Nested(a.Path, b.Path);
        if (a.IsGlob && b.IsGlob) return Nested(Prefix(a.Path), Prefix(b.Path)) || Prefix(a.Path).Length == 0 || Prefix(b.Path).Length == 0;
        var (glob, path) = a.IsGlob ? (a.Path, b.Path) : (b.Path, a.Path);
        return Globbing.Matches(glob, path) || Prefix(glob).StartsWith(path + "/", StringComparison.Ordinal);
    }

    /// <summary>Equal, or one is a folder of the other.</summary>
    private static bool Nested(string x, string y)
    {
        if (x.Length == 0 || y.Length == 0) return x.Length == y.Length;
        if (string.Equals(x, y, StringComparison.Ordinal)) return true;
        var (shorter, longer) = x.Length < y.Length ? (x, y) : (y, x);
        return longer.StartsWith(shorter, StringComparison.Ordinal) && (shorter.EndsWith('/') || longer[shorter.Length] == '/');
    }

    /// <summary>The folders before the first wildcard: "src/**/a*.cs" → "src".</summary>
    private static string Prefix(string glob)
    {
        int w = glob.AsSpan().IndexOfAny(Wild);
        if (w < 0) return glob;
        int slash = glob.LastIndexOf('/', Math.Max(0, w - 1));
        return slash < 0 ? "" : glob[..slash];
    }

    /// <summary>The package's matcher, in a class of its own so that its assembly loads only when a glob is compared.</summary>
    private static class Globbing
    {
        private static readonly ConditionalWeakTable<string, Matcher> Matchers = new();

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static bool Matches(string glob, string path)
        {
            var m = Matchers.GetValue(glob, g =>
            {
                var matcher = new Matcher(StringComparison.Ordinal);
                matcher.AddInclude(g);
                return matcher;
            });
            lock (m) return m.Match(path).HasMatches;
        }
    }
}
