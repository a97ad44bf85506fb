using System;
using System.IO;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Threading;

namespace ParallelExec.Output;

/// <summary>
/// Show-ParallelMenu's screen: the alternate screen buffer while the menu runs (restored on exit, Ctrl+C included),
/// cleared and drawn again for each state, and a key wait that also notices the plan's files changing (a
/// FileSystemWatcher on the plan root, debounced) so that the screen follows them without a key press.
/// </summary>
internal sealed class MenuTerminal : IDisposable
{
    private const string EnterAlternate = "\u001b[?1049h";
    private const string LeaveAlternate = "\u001b[?1049l";
    private const string ClearHome = "\u001b[H\u001b[2J";
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(300);
    private readonly PSHostUserInterface _ui;
    private readonly bool _vt;
    private readonly FileSystemWatcher? _watcher;
    private long _lastChangeTicks; // 0: no change since the last draw
    private bool _entered;

    public MenuTerminal(PSHostUserInterface ui, string planRoot)
    {
        _ui = ui;
        _vt = ui.SupportsVirtualTerminal && !Console.IsOutputRedirected;
        try
        {
            _watcher = new FileSystemWatcher(planRoot) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite };
            _watcher.Created += Changed;
            _watcher.Deleted += Changed;
            _watcher.Renamed += Changed;
            _watcher.Changed += Changed;
            _watcher.EnableRaisingEvents = true;
        }
        catch (Exception e) when (e is IOException || e is ArgumentException || e is PlatformNotSupportedException || e is UnauthorizedAccessException)
        {
            _watcher = null; // no watching here: Enter refreshes by hand
        }
    }

    /// <summary>True when the screen is redrawn in place (a terminal); false writes the screens one after another.</summary>
    public bool InPlace => _vt;

    public void Enter()
    {
        if (!_vt || _entered) return;
        _ui.Write(EnterAlternate);
        _entered = true;
    }

    /// <summary>Clears the screen for the next state (a terminal), or separates it with a blank line.</summary>
    public void Clear()
    {
        if (_vt) _ui.Write(ClearHome);
        Interlocked.Exchange(ref _lastChangeTicks, 0);
    }

    /// <summary>
    /// The next key; null when the plan's files changed (and then stayed quiet for the debounce time) first, or when the
    /// command is stopping (Ctrl+C).
    /// </summary>
    public ConsoleKeyInfo? ReadKey(Func<bool> stopping)
    {
        while (true)
        {
            if (stopping()) return null;
            if (Console.KeyAvailable) return Console.ReadKey(intercept: true);
            var last = Interlocked.Read(ref _lastChangeTicks);
            if (last != 0 && DateTime.UtcNow.Ticks - last >= Debounce.Ticks) return null;
            Thread.Sleep(40);
        }
    }

    /// <summary>True when the last <see cref="ReadKey"/> ended because files changed.</summary>
    public bool FilesChanged => Interlocked.Read(ref _lastChangeTicks) != 0;

    private void Changed(object sender, FileSystemEventArgs e)
    {
        // The menu's own prompt files (.parallel/) are not news.
        var sep = Path.DirectorySeparatorChar;
        if (e.FullPath.Contains($"{sep}.parallel{sep}", StringComparison.Ordinal) || e.FullPath.EndsWith($"{sep}.parallel", StringComparison.Ordinal)) return;
        Interlocked.Exchange(ref _lastChangeTicks, DateTime.UtcNow.Ticks);
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        if (_entered) _ui.Write(LeaveAlternate);
        _entered = false;
    }
}
