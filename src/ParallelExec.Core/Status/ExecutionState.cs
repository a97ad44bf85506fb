using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;

namespace ParallelExec.Status;

/// <summary>What an EXECUTION_TASK's <c>**Status**:</c> line says.</summary>
internal enum ExecutionState { None, Pending, InProgress, Complete }
