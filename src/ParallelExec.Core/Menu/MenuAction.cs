using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace ParallelExec.Menu;

/// <summary>What a menu option does.</summary>
internal enum MenuAction
{
    CreateSubplans,
    CreateExecutions,
    ReadyExecution,
    ViewGraph,
    Validate,
    DiscoveryPrompt,
    ExportRegistry,
    RetryFailed,
    SkipFailed,
    ContinueWithRest,
    Refresh,
    Help,
    Exit,
}
