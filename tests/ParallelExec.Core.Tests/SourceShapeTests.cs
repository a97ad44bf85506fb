using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace ParallelExec.Tests
{
    /// <summary>
    /// The guardrails of docs/ARCHITECTURE.md, checked on every source file of src/ with the C# parser: a folder per
    /// concern whose namespace is the folder's, one type per file, files and methods short enough to read.
    /// </summary>
    public class SourceShapeTests
    {
        private const int MaxFileLines = 350;
        private const int MaxMethodLines = 60;

        private static string SrcRoot
        {
            get
            {
                var dir = new DirectoryInfo(AppContext.BaseDirectory);
                while (dir != null && !Directory.Exists(Path.Combine(dir.FullName, "src", "ParallelExec.Core"))) dir = dir.Parent;
                return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("The repository root was not found."), "src");
            }
        }

        private static IEnumerable<(string Project, string Relative, CompilationUnitSyntax Unit, string Text)> Sources()
        {
            foreach (var project in new[] { "ParallelExec.Core", "ParallelExec" })
            {
                var root = Path.Combine(SrcRoot, project);
                foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
                {
                    var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                    if (relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal)) continue;
                    var text = File.ReadAllText(file);
                    yield return (project, relative, CSharpSyntaxTree.ParseText(text).GetCompilationUnitRoot(), text);
                }
            }
        }

        /// <summary>The namespace a file's folder stands for: Model/ is the public vocabulary under ParallelExec itself.</summary>
        private static string ExpectedNamespace(string project, string relative)
        {
            var folder = Path.GetDirectoryName(relative)!.Replace('\\', '/');
            if (project == "ParallelExec.Core" && (folder == "Model" || folder.StartsWith("Model/", StringComparison.Ordinal))) return "ParallelExec";
            return "ParallelExec." + folder.Replace('/', '.');
        }

        [Fact]
        public void SourcesAreFound()
        {
            var all = Sources().ToList();
            Assert.True(all.Count > 100, $"only {all.Count} source files found under {SrcRoot}");
        }

        [Fact]
        public void NoSourceFileSitsAtAProjectRoot()
        {
            var atRoot = Sources().Where(s => !s.Relative.Contains('/')).Select(s => s.Project + "/" + s.Relative).ToList();
            Assert.True(atRoot.Count == 0, "files at a project root: " + string.Join(", ", atRoot));
        }

        [Fact]
        public void CoreHasAtLeastSixConcernFolders()
        {
            var folders = Sources().Where(s => s.Project == "ParallelExec.Core").Select(s => s.Relative.Split('/')[0]).Distinct().ToList();
            Assert.True(folders.Count >= 6, "Core folders: " + string.Join(", ", folders));
        }

        [Fact]
        public void EachFileHasOneFileScopedNamespaceMatchingItsFolder()
        {
            var wrong = new List<string>();
            foreach (var (project, relative, unit, _) in Sources())
            {
                var namespaces = unit.Members.OfType<BaseNamespaceDeclarationSyntax>().ToList();
                var expected = ExpectedNamespace(project, relative);
                if (namespaces.Count != 1 || namespaces[0] is not FileScopedNamespaceDeclarationSyntax ns)
                    wrong.Add($"{project}/{relative}: needs one file-scoped namespace");
                else if (ns.Name.ToString() != expected)
                    wrong.Add($"{project}/{relative}: namespace {ns.Name}, expected {expected}");
            }
            Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        }

        [Fact]
        public void EachFileHoldsOneTypeNamedAfterIt()
        {
            var wrong = new List<string>();
            foreach (var (project, relative, unit, _) in Sources())
            {
                var types = unit.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>()
                    .SelectMany(n => n.Members).OfType<BaseTypeDeclarationSyntax>().ToList();
                var delegates = unit.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().SelectMany(n => n.Members).OfType<DelegateDeclarationSyntax>().Count();
                var name = Path.GetFileNameWithoutExtension(relative).Split('.')[0]; // RegistryValidator.FastScan.cs: a part of RegistryValidator
                if (types.Count + delegates != 1) wrong.Add($"{project}/{relative}: {types.Count + delegates} types");
                else if (types.Count == 1 && types[0].Identifier.Text != name) wrong.Add($"{project}/{relative}: holds {types[0].Identifier.Text}");
            }
            Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        }

        [Fact]
        public void NoFileIsLongerThanTheLimit()
        {
            var longFiles = Sources().Select(s => (Name: s.Project + "/" + s.Relative, Lines: s.Text.Split('\n').Length))
                .Where(f => f.Lines > MaxFileLines).Select(f => $"{f.Name}: {f.Lines} lines").ToList();
            Assert.True(longFiles.Count == 0, $"files over {MaxFileLines} lines:\n" + string.Join("\n", longFiles));
        }

        [Fact]
        public void NoMethodIsLongerThanTheLimit()
        {
            var longMethods = new List<string>();
            foreach (var (project, relative, unit, _) in Sources())
            {
                foreach (var node in unit.DescendantNodes())
                {
                    string? name = node switch
                    {
                        MethodDeclarationSyntax m => m.Identifier.Text,
                        ConstructorDeclarationSyntax c => c.Identifier.Text + " (constructor)",
                        LocalFunctionStatementSyntax l => l.Identifier.Text + " (local function)",
                        AccessorDeclarationSyntax a when a.Body != null || a.ExpressionBody != null => a.Keyword.Text + " accessor",
                        OperatorDeclarationSyntax o => "operator " + o.OperatorToken.Text,
                        _ => null,
                    };
                    if (name == null) continue;
                    var span = node.GetLocation().GetLineSpan();
                    int lines = span.EndLinePosition.Line - span.StartLinePosition.Line + 1;
                    if (lines > MaxMethodLines) longMethods.Add($"{project}/{relative}:{span.StartLinePosition.Line + 1} {name}: {lines} lines");
                }
            }
            Assert.True(longMethods.Count == 0, $"methods over {MaxMethodLines} lines:\n" + string.Join("\n", longMethods));
        }
    }
}
