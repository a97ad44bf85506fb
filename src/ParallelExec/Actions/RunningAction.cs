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
