using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics;
using System.IO;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Management.Automation.Runspaces;
using System.Text;
using System.Threading;
using ParallelExec;

namespace ParallelExec.Actions;

/// <summary>A script block's text with its <c>$using:</c> references rewritten to variables, and their values from the caller.</summary>
internal sealed class ScriptBlockSource
{
    private ScriptBlockSource(string text, System.Collections.Hashtable @using)
    {
        Text = text;
        Using = @using;
    }

    public string Text { get; }
    public System.Collections.Hashtable Using { get; }

    public static ScriptBlockSource From(ScriptBlock block, SessionState caller)
    {
        var ast = block.Ast;
        string text = ast.Extent.Text;
        int baseOffset = ast.Extent.StartOffset;
        var values = new System.Collections.Hashtable(StringComparer.OrdinalIgnoreCase);
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var edits = new List<(int Start, int Length, string Replacement)>();
        foreach (var found in ast.FindAll(a => a is UsingExpressionAst, searchNestedScriptBlocks: true))
        {
            var u = (UsingExpressionAst)found;
            var variable = UsingExpressionAst.ExtractUsingVariable(u);
            var name = variable.VariablePath.UserPath;
            int colon = name.IndexOf(':');
            if (colon >= 0) name = name.Substring(colon + 1);
            if (!names.TryGetValue(name, out var local))
            {
                local = "__peUsing" + names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                names[name] = local;
                values[local] = caller.PSVariable.GetValue(name);
            }
            edits.Add((variable.Extent.StartOffset - baseOffset, variable.Extent.EndOffset - variable.Extent.StartOffset, "$" + local));
        }
        edits.Sort((a, b) => b.Start.CompareTo(a.Start));
        var sb = new StringBuilder(text);
        foreach (var e in edits) sb.Remove(e.Start, e.Length).Insert(e.Start, e.Replacement);
        text = sb.ToString();
        // A literal { … } carries its braces in the extent: the body is what runs.
        if (ast.Parent is ScriptBlockExpressionAst && text.Length >= 2 && text[0] == '{' && text[text.Length - 1] == '}')
            text = text.Substring(1, text.Length - 2);
        return new ScriptBlockSource(text, values);
    }
}
