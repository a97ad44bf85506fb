using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using ParallelExec.Prompts;

namespace ParallelExec.Run;

/// <summary>
/// One attempt of an achievement with two or more planned executions (its SUBPLAN's Active EXECUTION_TASKs table, a
/// flat registry's sub_executions, parallel.json's executions): each execution is started as an action of its own
/// (<see cref="RunAttempt.Execution"/> set: <c>{ExecutionId}</c>, <c>{ExecutionFile}</c>, its own prompt and log), as
/// soon as the executions it depends on succeeded; the achievement's attempt ends when all have (success) or when one
/// failed and the running ones ended (failure: no new execution starts after a failure). The executions of one
/// achievement share its executor: -ThrottleLimit counts achievements. A thread of its own watches them.
/// </summary>
internal sealed class ExecutionsAction : IRunAction
{
    private readonly IRunActionFactory _factory;
    private readonly RunAttempt _attempt;
    private readonly PlannedExecution[] _planned;
    private readonly ManualResetEvent _done = new ManualResetEvent(false);
    private readonly object _gate = new object();
    private readonly Dictionary<int, IRunAction> _running = new Dictionary<int, IRunAction>();
    private readonly Dictionary<int, string?> _ended = new Dictionary<int, string?>(); // number -> error (null: succeeded)
    private readonly List<string> _lines = new List<string>();
    private volatile bool _cancelled;
    private readonly AutoResetEvent _wake = new AutoResetEvent(false);

    private ExecutionsAction(IRunActionFactory factory, RunAttempt attempt, PlannedExecution[] planned)
    {
        _factory = factory;
        _attempt = attempt;
        _planned = planned;
    }

    /// <summary>The attempt's action: per execution when the achievement plans two or more, else the factory's own.</summary>
    public static IRunAction Start(IRunActionFactory factory, RunAttempt attempt)
    {
        var planned = PlannedExecutionReader.For(attempt.Achievement);
        if (planned.Length < 2) return StartOne(factory, attempt);
        var action = new ExecutionsAction(factory, attempt, planned);
        action.StartReady(); // the first ones start on the engine's thread: an error starting them fails the attempt as usual
        new Thread(action.Watch) { IsBackground = true, Name = "ParallelExec executions of " + attempt.Achievement.Id }.Start();
        return action;
    }

    public WaitHandle Handle => _done;

    /// <summary>Every start of a run goes through here: the watch threads and the engine's never call a factory at once.</summary>
    private static readonly object FactoryGate = new object();

    private static IRunAction StartOne(IRunActionFactory factory, RunAttempt attempt)
    {
        lock (FactoryGate) return factory.Start(attempt);
    }

    /// <summary>The attempt for one execution: its own log and prompt beside the achievement's.</summary>
    internal static RunAttempt For(RunAttempt attempt, PlannedExecution e)
    {
        var folder = Path.GetDirectoryName(attempt.LogPath)!;
        var log = Path.Combine(folder, attempt.Achievement.Id + "_" + e.Label + ".log");
        var header = string.Create(CultureInfo.InvariantCulture,
            $"# Execution {e.Label} of achievement {attempt.Achievement.Id} ({attempt.Achievement.Title})\n\nCarry out only EXECUTION_TASK {e.Label}{(e.File != null ? " (" + e.File + ")" : "")}{(e.Title != null ? ": " + e.Title : "")}. The achievement's other executions run beside or after it.\n");
        var prompt = attempt.Prompt == null ? header : header + "\n" + attempt.Prompt;
        return attempt with { LogPath = log, Prompt = prompt, Execution = e };
    }

    private void StartReady()
    {
        lock (_gate)
        {
            if (_cancelled || _ended.Values.Any(v => v != null)) return;
            foreach (var e in _planned)
            {
                if (_running.ContainsKey(e.Number) || _ended.ContainsKey(e.Number)) continue;
                if (!e.DependsOn.All(d => _ended.TryGetValue(d, out var error) ? error == null : !_planned.Any(p => p.Number == d))) continue;
                _running[e.Number] = StartOne(_factory, For(_attempt, e));
            }
        }
    }

    private void Watch()
    {
        try
        {
            while (true)
            {
                WaitHandle[] handles;
                lock (_gate)
                {
                    if (_running.Count == 0) break;
                    handles = _running.Values.Select(a => a.Handle).Append(_wake).ToArray();
                }
                WaitHandle.WaitAny(handles, 250);
                lock (_gate)
                {
                    foreach (var (number, action) in _running.Where(x => x.Value.Handle.WaitOne(0)).ToList())
                    {
                        string? error;
                        try { error = action.Finish(); }
                        catch (Exception ex) when (ex is IOException || ex is InvalidOperationException) { error = ex.Message; }
                        action.Dispose();
                        _running.Remove(number);
                        _ended[number] = error;
                        var label = _planned.First(p => p.Number == number).Label;
                        _lines.Add(error == null ? $"execution {label}: succeeded" : $"execution {label}: failed: {error}");
                    }
                }
                try { StartReady(); }
                catch (Exception ex) when (ex is ParallelExecException || ex is IOException || ex is UnauthorizedAccessException || ex is InvalidOperationException || ex is System.ComponentModel.Win32Exception)
                {
                    lock (_gate) _ended[-1] = ex.Message; // an execution that could not start fails the attempt
                }
            }
        }
        catch (ObjectDisposedException)
        {
            // Cancel gave up waiting and the engine disposed this action: nothing is left to watch.
        }
        finally
        {
            try { _done.Set(); }
            catch (ObjectDisposedException) { }
        }
    }

    public string? Finish()
    {
        lock (_gate)
        {
            try { File.AppendAllLines(_attempt.LogPath, _lines); }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException) { }
            var failed = _ended.Where(x => x.Value != null).OrderBy(x => x.Key).ToList();
            if (failed.Count > 0)
            {
                var (number, error) = failed[0];
                var label = number < 0 ? "?" : _planned.First(p => p.Number == number).Label;
                return $"execution {label} failed: {error}";
            }
            var never = _planned.Where(p => !_ended.ContainsKey(p.Number)).Select(p => p.Label).ToArray();
            return never.Length == 0 ? null : $"executions {string.Join(", ", never)} never became ready (their dependencies name each other)";
        }
    }

    public void Cancel()
    {
        _cancelled = true;
        IRunAction[] running;
        lock (_gate) running = _running.Values.ToArray();
        foreach (var a in running) a.Cancel();
        try
        {
            _wake.Set();
            _done.WaitOne(5000);
        }
        catch (ObjectDisposedException) { }
    }

    public void Dispose()
    {
        _done.Dispose();
        _wake.Dispose();
    }
}
