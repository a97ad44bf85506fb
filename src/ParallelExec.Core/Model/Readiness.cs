using System;
using System.Collections.Generic;
using System.Globalization;

namespace ParallelExec;

/// <summary>Whether an achievement can be worked on, judged from its dependencies' statuses.</summary>
public enum Readiness
{
    /// <summary>Complete or skipped: nothing left to do.</summary>
    Done,
    /// <summary>Every dependency is complete or skipped.</summary>
    Ready,
    /// <summary>Some dependency is not complete (or skipped) yet, and none failed.</summary>
    Waiting,
    /// <summary>A dependency failed.</summary>
    Blocked,
}
