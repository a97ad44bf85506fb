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

namespace ParallelExec
{
    /// <summary>One attempt of one achievement's action, started on the cmdlet thread and polled from it.</summary>
    internal abstract class RunningAction : IDisposable
    {
        protected RunningAction(Achievement achievement, int attempt, string logPath, string workingDirectory)
        {
            Achievement = achievement;
            Attempt = attempt;
            LogPath = logPath;
            WorkingDirectory = workingDirectory;
            StartedAt = DateTime.UtcNow;
        }

        public Achievement Achievement { get; }
        public int Attempt { get; }
        public string LogPath { get; }
        public string WorkingDirectory { get; }
        public DateTime StartedAt { get; }

        /// <summary>Signalled when the action has ended.</summary>
        public abstract WaitHandle Handle { get; }

        /// <summary>Collects the outcome of an ended action (writing what remains to the log): null on success, else the error.</summary>
        public abstract string? Finish();

        /// <summary>Stops a running action and waits for it to end.</summary>
        public abstract void Cancel();

        public abstract void Dispose();

        protected static void AppendLog(string path, string text)
        {
            using var w = new StreamWriter(path, append: true, new UTF8Encoding(false));
            w.Write(text);
        }
    }

    /// <summary>A script block run in a runspace pool: <c>$_</c> and the first argument are the achievement, the second its prompt.</summary>
    internal sealed class ScriptBlockAction : RunningAction
    {
        // $_ is set in the wrapper's scope; the user's block, invoked with &, sees it (and the $using: copies) through scope lookup.
        internal const string Wrapper =
            "param($__peAchievement, $__pePrompt, $__peText, $__peUsing, $__peLocation)\n" +
            "if ($__peLocation) { Set-Location -LiteralPath $__peLocation }\n" +
            "foreach ($__peKey in $__peUsing.Keys) { Set-Variable -Name $__peKey -Value $__peUsing[$__peKey] }\n" +
            "$_ = $__peAchievement\n" +
            "& ([scriptblock]::Create($__peText)) $__peAchievement $__pePrompt\n";

        private readonly PowerShell _ps;
        private readonly IAsyncResult _async;
        private readonly PSDataCollection<PSObject> _output = new PSDataCollection<PSObject>();

        public ScriptBlockAction(RunspacePool pool, ScriptBlockSource source, Achievement achievement, string? prompt, int attempt, string logPath,
            string workingDirectory) : base(achievement, attempt, logPath, workingDirectory)
        {
            _ps = PowerShell.Create();
            _ps.RunspacePool = pool;
            _ps.AddScript(Wrapper).AddArgument(achievement).AddArgument(prompt).AddArgument(source.Text).AddArgument(source.Using).AddArgument(workingDirectory);
            _async = _ps.BeginInvoke<PSObject, PSObject>(null, _output);
        }

        public override WaitHandle Handle => _async.AsyncWaitHandle;

        public override string? Finish()
        {
            string? error = null;
            try
            {
                _ps.EndInvoke(_async);
            }
            catch (RuntimeException e)
            {
                error = e.ErrorRecord?.ToString() ?? e.Message;
            }
            catch (Exception e) when (!(e is OutOfMemoryException))
            {
                error = e.Message;
            }
            var log = new StringBuilder();
            foreach (var o in _output) log.Append(o?.ToString()).Append('\n');
            foreach (var e in _ps.Streams.Error)
            {
                log.Append("ERROR: ").Append(e.ToString()).Append('\n');
                error ??= e.ToString();
            }
            if (error != null && log.Length == 0) log.Append("ERROR: ").Append(error).Append('\n');
            AppendLog(LogPath, log.ToString());
            return error;
        }

        public override void Cancel()
        {
            try { _ps.Stop(); } catch (Exception e) when (!(e is OutOfMemoryException)) { }
        }

        public override void Dispose() => _ps.Dispose();
    }

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

    /// <summary>An external program run as a process, its standard output and error appended to the log file.</summary>
    internal sealed class ProcessAction : RunningAction
    {
        private readonly Process _process;
        private readonly ManualResetEvent _exited = new ManualResetEvent(false);
        private readonly StreamWriter _log;
        private readonly object _gate = new object();

        public ProcessAction(string program, string arguments, Achievement achievement, int attempt, string logPath, string workingDirectory)
            : base(achievement, attempt, logPath, workingDirectory)
        {
            _log = new StreamWriter(logPath, append: true, new UTF8Encoding(false));
            _log.Write($"> {program} {arguments}\n");
            _process = new Process
            {
                StartInfo = new ProcessStartInfo(program, arguments)
                {
                    WorkingDirectory = workingDirectory,
                    UseShellExecute = false,
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    RedirectStandardInput = true,
                    CreateNoWindow = true,
                },
                EnableRaisingEvents = true,
            };
            _process.OutputDataReceived += (_, e) => Write(e.Data, false);
            _process.ErrorDataReceived += (_, e) => Write(e.Data, true);
            _process.Exited += (_, __) => _exited.Set();
            try
            {
                _process.Start();
            }
            catch
            {
                _log.Dispose();
                _process.Dispose();
                throw;
            }
            _process.StandardInput.Close();
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
        }

        private void Write(string? line, bool error)
        {
            if (line == null) return;
            lock (_gate) _log.Write((error ? "stderr: " : "") + line + "\n");
        }

        public override WaitHandle Handle => _exited;

        public override string? Finish()
        {
            _process.WaitForExit(); // flushes the asynchronous readers
            int code = _process.ExitCode;
            lock (_gate)
            {
                _log.Write($"exit code {code}\n");
                _log.Flush();
            }
            return code == 0 ? null : $"exit code {code}";
        }

        public override void Cancel()
        {
            try
            {
                if (!_process.HasExited) KillTree(_process);
                _process.WaitForExit(5000);
            }
            catch (Exception e) when (e is InvalidOperationException || e is System.ComponentModel.Win32Exception) { }
        }

        private static void KillTree(Process p)
        {
            // netstandard2.0 has no Kill(entireProcessTree); pwsh's runtime does.
            var withTree = typeof(Process).GetMethod("Kill", new[] { typeof(bool) });
            if (withTree != null) withTree.Invoke(p, new object[] { true });
            else p.Kill();
        }

        public override void Dispose()
        {
            lock (_gate) _log.Dispose();
            _process.Dispose();
            _exited.Dispose();
        }
    }
}
