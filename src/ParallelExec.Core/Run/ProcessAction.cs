using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;

namespace ParallelExec.Run;

/// <summary>An external program run as a process, its standard output and error appended to the log file.</summary>
internal sealed class ProcessAction : IRunAction
{
    private readonly Process _process;
    private readonly ManualResetEvent _exited = new ManualResetEvent(false);
    private readonly StreamWriter _log;
    private readonly object _gate = new object();

    public ProcessAction(string program, string arguments, string logPath, string workingDirectory)
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

    public WaitHandle Handle => _exited;

    public string? Finish()
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

    public void Cancel()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        catch (Exception e) when (e is InvalidOperationException || e is System.ComponentModel.Win32Exception) { }
    }

    public void Dispose()
    {
        lock (_gate) _log.Dispose();
        _process.Dispose();
        _exited.Dispose();
    }
}
