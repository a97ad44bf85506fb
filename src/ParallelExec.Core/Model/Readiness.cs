using System;
using System.Collections.Generic;
using System.Globalization;

namespace ParallelExec;

/// <summary>Whether an achievement can be worked on, judged from its own status and its dependencies' statuses.</summary>
public enum Readiness
{
    /// <summary>Complete or skipped: nothing left to do.</summary>
    Done,
    /// <summary>Work has begun: in progress, or an EXECUTION_TASK written.</summary>
    Running,
    /// <summary>Not started (or only a SUBPLAN), and every dependency is complete or skipped.</summary>
    Ready,
    /// <summary>Some dependency is not complete (or skipped) yet, and none failed.</summary>
    Waiting,
    /// <summary>It failed, or a dependency failed, directly or through others (BlockedBy names the root failures).</summary>
    Blocked,
}
