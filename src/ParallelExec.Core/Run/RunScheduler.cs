using System;
using System.Collections.Generic;
using System.Linq;
using ParallelExec.Graph;

namespace ParallelExec.Run;

/// <summary>
/// Dependency-driven list scheduling: a node becomes ready when each dependency succeeded (or was complete already); at
/// most <see cref="ThrottleLimit"/> run at once, the ready node with the longest remaining path first (ties: lower id).
/// Two nodes of the <see cref="ExclusionSet"/> never run at once: a ready node waits while one it excludes runs.
/// A failed node is retried up to <see cref="MaxAttempts"/> times, then its dependents are blocked. Not thread-safe:
/// one thread drives it (the cmdlet's), asking <see cref="Next"/> and reporting <see cref="Complete"/>.
/// </summary>
internal sealed class RunScheduler
{
    private readonly RunNode[] _nodes;
    private readonly PlanGraph _graph;

    /// <summary>The node at each index of the graph (the graph orders them by id).</summary>
    private readonly RunNode[] _at;
    private readonly int[] _waiting;
    private readonly RunState[] _state;
    private readonly int[] _attempts;
    private readonly string?[] _reason;
    private readonly double[] _priority;
    private readonly List<int> _ready = new List<int>();
    private int _running;
    private bool _stopped;
    private readonly ExclusionSet _exclusions;
    private readonly HashSet<AchievementId> _runningIds = new HashSet<AchievementId>();

    public RunScheduler(IReadOnlyList<RunNode> nodes, int throttleLimit, int maxAttempts = 1, ExclusionSet? exclusions = null)
    {
        _exclusions = exclusions ?? ExclusionSet.Empty;
        ArgumentOutOfRangeException.ThrowIfLessThan(throttleLimit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        ThrottleLimit = throttleLimit;
        MaxAttempts = maxAttempts;
        _nodes = nodes.ToArray();
        var byId = new Dictionary<AchievementId, RunNode>(_nodes.Length);
        foreach (var node in _nodes)
            if (!byId.TryAdd(node.Id, node)) throw new ArgumentException($"Achievement {node.Id} is given twice.", nameof(nodes));
        _graph = PlanGraph.Build(Array.ConvertAll(_nodes, x => x.Id), id => byId[id].Dependencies);
        int n = _nodes.Length;
        _at = new RunNode[n];
        _waiting = new int[n];
        _state = new RunState[n];
        _attempts = new int[n];
        _reason = new string?[n];
        _priority = new double[n];
        for (int i = 0; i < n; i++)
        {
            _at[i] = byId[_graph.Ids[i]];
            _state[i] = _at[i].Initial;
            _reason[i] = _at[i].BlockReason;
            _waiting[i] = _graph.Dependencies[i].Length;
        }
        ComputePriorities();
        // Settle the start, in the order the nodes were given: complete and skipped nodes release their dependents (a
        // skip counts as done for scheduling, as everywhere else), blocked ones block theirs.
        foreach (var node in _nodes)
        {
            int i = _graph.IndexOf(node.Id);
            if (_state[i] == RunState.AlreadyComplete || _state[i] == RunState.Skipped) Release(i);
            else if (_state[i] == RunState.Blocked) BlockDependents(i, $"dependency {node.Id} is blocked");
        }
        for (int i = 0; i < n; i++)
            if (_state[i] == RunState.Pending && _waiting[i] == 0) MakeReady(i);
    }

    public int ThrottleLimit { get; }
    public int MaxAttempts { get; }
    public int Running => _running;
    public IReadOnlyList<RunNode> Nodes => _nodes;

    /// <summary>True when nothing runs and nothing more can start.</summary>
    public bool IsFinished => _running == 0 && (_ready.Count == 0 || _stopped);

    public RunState StateOf(AchievementId id) => _state[_graph.IndexOf(id)];
    public int AttemptsOf(AchievementId id) => _attempts[_graph.IndexOf(id)];

    /// <summary>Why a node is blocked, failed or cancelled; null otherwise.</summary>
    public string? ReasonOf(AchievementId id) => _reason[_graph.IndexOf(id)];

    /// <summary>The remaining path (own estimate plus the longest chain of dependents) that orders the ready nodes.</summary>
    public double PriorityOf(AchievementId id) => _priority[_graph.IndexOf(id)];

    /// <summary>The nodes to start now, best first, as many as free executors allow; each is marked Running and its attempt counted.</summary>
    public IReadOnlyList<AchievementId> Next()
    {
        var started = new List<AchievementId>();
        if (_stopped) return started;
        while (_running < ThrottleLimit && _ready.Count > 0)
        {
            int best = -1;
            for (int k = 0; k < _ready.Count; k++)
                if (!Excluded(_ready[k]) && (best < 0 || Better(_ready[k], _ready[best]))) best = k;
            if (best < 0) break; // every ready node waits for one it may not overlap
            int i = _ready[best];
            _runningIds.Add(_at[i].Id);
            _ready.RemoveAt(best);
            _state[i] = RunState.Running;
            _attempts[i]++;
            _running++;
            started.Add(_at[i].Id);
        }
        return started;
    }

    /// <summary>Reports the end of a running node's attempt. A failure is retried (it becomes Ready again) until MaxAttempts.</summary>
    /// <returns>The node's state afterwards.</returns>
    public RunState Complete(AchievementId id, bool succeeded, string? error = null, bool final = false)
    {
        int i = _graph.IndexOf(id);
        if (_state[i] != RunState.Running) throw new InvalidOperationException($"Achievement {id} is not running.");
        _running--;
        _runningIds.Remove(id);
        if (succeeded)
        {
            _state[i] = RunState.Succeeded;
            _reason[i] = null;
            Release(i);
            return _state[i];
        }
        _reason[i] = error;
        if (_attempts[i] < MaxAttempts && !_stopped && !final)
        {
            MakeReady(i);
            return _state[i];
        }
        _state[i] = RunState.Failed;
        BlockDependents(i, $"dependency {id} failed");
        return _state[i];
    }

    /// <summary>Stops scheduling: nothing more starts; what waits is marked Cancelled. Running nodes still report Complete.</summary>
    public void Stop()
    {
        _stopped = true;
        _ready.Clear();
        for (int i = 0; i < _state.Length; i++)
            if (_state[i] == RunState.Pending || _state[i] == RunState.Ready)
            {
                _state[i] = RunState.Cancelled;
                _reason[i] ??= "the run was stopped before it started";
            }
    }

    /// <summary>Marks a running node Cancelled (its action was stopped); it is not retried and its dependents are blocked.</summary>
    public void Cancel(AchievementId id)
    {
        int i = _graph.IndexOf(id);
        if (_state[i] != RunState.Running) throw new InvalidOperationException($"Achievement {id} is not running.");
        _running--;
        _runningIds.Remove(id);
        _state[i] = RunState.Cancelled;
        _reason[i] = "the run was stopped while it ran";
        Stop();
    }

    /// <summary>True when a node that node <paramref name="i"/> may not overlap is running.</summary>
    private bool Excluded(int i)
    {
        if (_exclusions.IsEmpty) return false;
        foreach (var other in _runningIds)
            if (_exclusions.Excludes(_at[i].Id, other)) return true;
        return false;
    }

    private bool Better(int a, int b)
    {
        int c = _priority[a].CompareTo(_priority[b]);
        if (c != 0) return c > 0;
        return a < b; // the graph orders its nodes by id
    }

    private void MakeReady(int i)
    {
        _state[i] = RunState.Ready;
        _ready.Add(i);
    }

    private void Release(int i)
    {
        foreach (var k in _graph.Dependents[i])
            if (--_waiting[k] == 0 && _state[k] == RunState.Pending) MakeReady(k);
    }

    private void BlockDependents(int root, string reason)
    {
        var stack = new Stack<int>(_graph.Dependents[root]);
        while (stack.Count > 0)
        {
            int k = stack.Pop();
            if (_state[k] != RunState.Pending && _state[k] != RunState.Ready) continue;
            if (_state[k] == RunState.Ready) _ready.Remove(k);
            _state[k] = RunState.Blocked;
            _reason[k] = reason;
            foreach (var m in _graph.Dependents[k]) stack.Push(m);
        }
    }

    // Longest remaining path, iteratively: reverse topological order (Kahn on dependents). Nodes in a cycle never become
    // ready; they are blocked with a reason.
    private void ComputePriorities()
    {
        int n = _at.Length;
        var outstanding = new int[n];
        for (int i = 0; i < n; i++) outstanding[i] = _graph.Dependents[i].Length;
        var queue = new Queue<int>();
        for (int i = 0; i < n; i++) if (outstanding[i] == 0) queue.Enqueue(i);
        var done = new bool[n];
        while (queue.Count > 0)
        {
            int i = queue.Dequeue();
            done[i] = true;
            double best = 0;
            foreach (var k in _graph.Dependents[i]) best = Math.Max(best, _priority[k]);
            _priority[i] = _at[i].Hours + best;
            foreach (var j in _graph.Dependencies[i])
                if (--outstanding[j] == 0) queue.Enqueue(j);
        }
        for (int i = 0; i < n; i++)
            if (!done[i] && _state[i] == RunState.Pending)
            {
                _state[i] = RunState.Blocked;
                _reason[i] = "it sits in (or behind) a dependency cycle";
            }
    }
}
